import { basename } from "node:path";
import { LmbError } from "@lmb/errors";
import { readBytes } from "@lmb/io";
import { readFile } from "@lmb/io/node";
import type { CyclingData, Dataset, DatasetKind } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { readInputBytes } from "../read/readInputBytes.js";

async function readDataset(
  file: string,
  kind: DatasetKind,
  io: CliIo,
  area: number | undefined,
): Promise<Dataset> {
  const options = { kind, ...(area === undefined ? {} : { area }) };
  if (file !== "-") return readFile(file, options);
  return readBytes(await readInputBytes(file, io), options);
}

function needsArea(file: string): LmbError {
  return new LmbError(
    "E_NEEDS_AREA",
    `${file} gives current, not current density, and no electrode area`,
    {
      location: { source: file },
      fix: 'give the electrode area with --area, e.g. --area "1.13 cm2"',
    },
  );
}

/** A deposition transient as the nucleation analyses take it: time (s) and current density (A m⁻²). */
export interface TransientColumns {
  time: Float64Array;
  currentDensity: Float64Array;
  /** Electrode area used, m² (absent when the file gave current density). */
  area?: number;
}

/**
 * Reads a chronoamperometric transient with `@lmb/io` (a transient dataset, or a cycling
 * dataset's time and current columns) and returns its current density: the file's current
 * density column, or its current divided by `--area` or the file's area.
 *
 * @param file - path, or "-" for standard input
 * @param area - `--area` in m² (overrides the file's)
 * @throws LmbError the reader's errors; `E_NEEDS_AREA` without an area; `E_INVALID_INPUT` for
 *   another dataset kind
 * @example
 * const { time, currentDensity } = await readTransient("ca.csv", io, 1.13e-4);
 */
export async function readTransient(
  file: string,
  io: CliIo,
  area: number | undefined,
): Promise<TransientColumns> {
  const dataset = await readDataset(file, "transient", io, area);
  if (dataset.kind !== "transient" && dataset.kind !== "cycling") {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${file} holds a ${dataset.kind} dataset, not a transient`,
      {
        location: { source: file },
        fix: `give a chronoamperometry (time, current) file (run "lmb read ${file}" to see what it holds)`,
      },
    );
  }
  const density = dataset.kind === "transient" ? dataset.columns.currentDensity : undefined;
  if (density !== undefined) return { time: dataset.columns.time, currentDensity: density };
  const s = area ?? dataset.metadata.area;
  if (s === undefined) throw needsArea(file);
  return {
    time: dataset.columns.time,
    currentDensity: dataset.columns.current.map((i) => i / s),
    area: s,
  };
}

/**
 * Reads a galvanostatic record (time, voltage, current) with `@lmb/io` for the nucleation
 * overpotential of its first plating step.
 *
 * @param file - path, or "-" for standard input
 * @param area - `--area` in m² (overrides the file's)
 * @throws LmbError the reader's errors; `E_INVALID_INPUT` for another dataset kind
 * @example
 * const record = await readPlatingRecord("licu.mpr", io, undefined);
 */
export async function readPlatingRecord(
  file: string,
  io: CliIo,
  area: number | undefined,
): Promise<CyclingData & { label: string }> {
  const dataset = await readDataset(file, "cycling", io, area);
  if (dataset.kind !== "cycling") {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${file} holds a ${dataset.kind} dataset, not a cycling record`,
      {
        location: { source: file },
        fix: `give a galvanostatic record with time, voltage and current (run "lmb read ${file}" to see what it holds)`,
      },
    );
  }
  return { ...dataset, label: file === "-" ? "stdin" : basename(file) };
}

/** The area of a record: `--area`, else the file's; `E_NEEDS_AREA` naming the file when neither. */
export function recordArea(file: string, given: number | undefined, record: CyclingData): number {
  const s = given ?? record.metadata.area;
  if (s === undefined) throw needsArea(file);
  return s;
}
