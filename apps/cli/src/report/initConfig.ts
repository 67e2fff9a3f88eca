import { access, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { guessCellType } from "@lmb/cells";
import { LmbError } from "@lmb/errors";
import { enableNodeReaders } from "@lmb/io/node";
import { type ReportConfig, ReportConfigSchema, type ReportFileOverride } from "@lmb/schemas";
import type { CliIo } from "../CliIo.js";
import { discoverFiles } from "./discoverFiles.js";
import { temperatureFromName, timeFromName } from "./nameHints.js";
import { readAndClassify, reasonOf } from "./processFile.js";

/** Where the JSON Schema of the config is published, for editors (`$schema`). */
export const REPORT_CONFIG_SCHEMA_URL =
  "https://unpkg.com/@lmb/schemas/json-schema/ReportConfig.json";

function fixed(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/**
 * Builds a starting config from what is in a folder: one override per file with what the data
 * say — the cell type guessed for cycling records, the area in the file's metadata, the
 * temperature or time written in an impedance spectrum's name, a voltammogram's scan rate — and
 * `"skip": true` for files lmb cannot read (so the user sees them and decides). Editing this file
 * and passing it back makes the report reproducible.
 *
 * @param dir - the folder of instrument files
 * @returns the config (valid against `ReportConfigSchema`) and one note per file
 * @example
 * const { config } = await initialConfig("data/");
 */
export async function initialConfig(
  dir: string,
): Promise<{ config: ReportConfig; notes: string[] }> {
  enableNodeReaders();
  const files = await discoverFiles([dir]);
  if (files.length === 0) {
    throw new LmbError("E_NO_INPUT_FILES", `no files found in ${dir}`, {
      location: { source: dir },
      fix: "give a folder that holds instrument files",
    });
  }
  const overrides: ReportFileOverride[] = [];
  const notes: string[] = [];
  for (const f of files) {
    const name = f.relative.split("/").at(-1) ?? f.relative;
    try {
      const { dataset, format, cls } = await readAndClassify(f.absolute, { text: {}, sources: {} });
      const o: ReportFileOverride = { match: f.relative };
      if (dataset.metadata.area !== undefined) o.area = `${fixed(dataset.metadata.area * 1e4)} cm2`;
      if (cls.kind === "cycling") {
        const guess = guessCellType(cls.data);
        if (guess.cellType !== "unknown") o.cellType = guess.cellType;
        notes.push(`${f.relative}: ${format}, cycling (${guess.cellType})`);
      } else if (cls.kind === "impedance") {
        const t = temperatureFromName(name);
        const time = timeFromName(name);
        if (t !== undefined) o.temperature = `${fixed(t - 273.15)} degC`;
        if (time !== undefined) o.time = `${fixed(time / 3600)} h`;
        notes.push(`${f.relative}: ${format}, impedance spectrum`);
      } else if (cls.kind === "voltammogram") {
        if (cls.data.scanRate !== undefined) o.scanRate = `${fixed(cls.data.scanRate * 1e3)} mV/s`;
        notes.push(`${f.relative}: ${format}, voltammogram`);
      } else {
        o.kind = cls.kind === "nucleation" ? "nucleation" : "conductivity-temperature";
        notes.push(`${f.relative}: ${format}, ${o.kind}`);
      }
      overrides.push(o);
    } catch (error) {
      overrides.push({ match: f.relative, skip: true });
      notes.push(`${f.relative}: not read (${reasonOf(error)}); "skip": true`);
    }
  }
  const config = ReportConfigSchema.parse({
    $schema: REPORT_CONFIG_SCHEMA_URL,
    analysis: { overpotentialCycles: [1, 10, 100] },
    files: overrides,
  });
  return { config, notes };
}

/**
 * `lmb report --init DIR`: writes `DIR/lmb.json` from {@link initialConfig}; refuses to replace
 * an existing one unless `force`.
 *
 * @returns the path written
 * @throws LmbError `E_CONFIG_EXISTS` when DIR/lmb.json exists and `force` is not set
 * @example
 * await writeInitialConfig("data/", io, false); // "data/lmb.json"
 */
export async function writeInitialConfig(dir: string, io: CliIo, force: boolean): Promise<string> {
  const path = join(dir, "lmb.json");
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    throw new LmbError("E_CONFIG_EXISTS", `${path} exists`, {
      location: { source: path },
      fix: "edit it, delete it, or pass --force to replace it",
    });
  }
  const { config, notes } = await initialConfig(dir);
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`);
  for (const note of notes) io.stderr.write(`lmb report --init: ${note}\n`);
  io.stdout.write(`wrote ${path} (${notes.length} files); edit it, then run: lmb report ${dir}\n`);
  return path;
}
