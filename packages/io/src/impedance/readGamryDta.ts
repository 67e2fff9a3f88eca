import { LmbError } from "@lmb/errors";
import type { Dataset, DatasetKind } from "@lmb/schemas";
import { type BuilderMetadata, DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { instrumentUnit } from "../headers/instrumentUnit.js";
import { decodeText } from "../text/decodeText.js";
import { type GamryFile, type GamryTable, parseGamryDta } from "./gamryDta.js";

/** Unit of a Gamry column: the first word of its units cell (`V vs. Ref.` → V), else `fallback`. */
function unitOf(table: GamryTable, column: number, fallback: string): string {
  const word = (table.units[column] ?? "").split(/\s+/)[0] ?? "";
  return word !== "" && instrumentUnit(word) !== undefined ? word : fallback;
}

function locate(options: ReadOptions, line?: number) {
  return {
    location: {
      ...(options.fileName === undefined ? {} : { source: options.fileName }),
      ...(line === undefined ? {} : { line }),
    },
  };
}

/** Which kind a DTA holds: `options.kind`, else ZCURVE → impedance, CHRONO* → transient, else voltammogram. */
function kindOf(file: GamryFile, options: ReadOptions): DatasetKind {
  if (options.kind !== undefined) return options.kind;
  if (file.tables.some((t) => t.name === "ZCURVE")) return "impedance";
  return /CHRONO|^CA$|^CP$/i.test(file.tag) ? "transient" : "voltammogram";
}

function metadataOf(file: GamryFile, options: ReadOptions, kind: DatasetKind): BuilderMetadata {
  const e = file.entries;
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(e.DATE?.value ?? "");
  const time = /^(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?$/.exec(e.TIME?.value ?? "");
  const pad = (s: string | undefined) => (s ?? "").padStart(2, "0");
  const start =
    date && time
      ? `${date[3]}-${pad(date[1])}-${pad(date[2])}T${pad(time[1])}:${time[2]}:${time[3]}${time[4] ?? ""}`
      : undefined;
  const notes: Record<string, string | number> = {};
  for (const key of [
    "PSTAT",
    "VDC",
    "IDC",
    "VAC",
    "IACREQ",
    "FREQINIT",
    "FREQFINAL",
    "AREA",
    "SCANRATE",
  ]) {
    const entry = e[key];
    if (entry === undefined) continue;
    const value = Number(entry.value);
    notes[entry.label.replace(/&/g, "") || key] = Number.isFinite(value) ? value : entry.value;
  }
  return {
    format: "gamry-dta",
    instrument: `Gamry${e.PSTAT ? ` ${e.PSTAT.value}` : ""}`,
    technique: e.TITLE?.value || file.tag,
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
    ...(start === undefined ? {} : { startTime: start }),
    ...(kind === "impedance" ? {} : { currentSign: "positive-oxidation" as const }),
    ...(Object.keys(notes).length === 0 ? {} : { notes }),
  };
}

/** Column index by Gamry name, or -1. */
const col = (table: GamryTable, name: string) => table.headers.indexOf(name);

/** Rows where every listed column is a number. */
function finiteRows(table: GamryTable, columns: readonly number[]): number[] {
  const n = table.columns[0]?.length ?? 0;
  const rows: number[] = [];
  for (let r = 0; r < n; r++) {
    if (columns.every((c) => !Number.isNaN(table.columns[c]?.[r] as number))) rows.push(r);
  }
  return rows;
}

const take = (table: GamryTable, c: number, rows: readonly number[]) =>
  Float64Array.from(rows, (r) => table.columns[c]?.[r] as number);

function impedance(file: GamryFile, options: ReadOptions, meta: BuilderMetadata): Dataset {
  const table = file.tables.find((t) => t.name === "ZCURVE") as GamryTable;
  const [f, re, im] = [col(table, "Freq"), col(table, "Zreal"), col(table, "Zimag")];
  if (f < 0 || re < 0 || im < 0) {
    throw new LmbError("E_FORMAT", "the ZCURVE table has no Freq, Zreal and Zimag columns", {
      ...locate(options, table.line),
      fix: "export the EIS data from Gamry Framework unchanged",
    });
  }
  const rows = finiteRows(table, [f, re, im]);
  const b = new DatasetBuilder("impedance", meta);
  b.add("frequency", take(table, f, rows), unitOf(table, f, "Hz"), { sourceName: "Freq" });
  b.add("zReal", take(table, re, rows), unitOf(table, re, "ohm"), { sourceName: "Zreal" });
  b.add("zImag", take(table, im, rows), unitOf(table, im, "ohm"), { sourceName: "Zimag" });
  const optional: [string, string, string][] = [
    ["Time", "time", "s"],
    ["Vdc", "bias", "V"],
    ["Idc", "dcCurrent", "A"],
  ];
  for (const [name, key, unit] of optional) {
    const c = col(table, name);
    if (c >= 0) b.add(key, take(table, c, rows), unitOf(table, c, unit), { sourceName: name });
  }
  return b.build();
}

function curves(file: GamryFile, options: ReadOptions): GamryTable[] {
  const found = file.tables.filter(
    (t) => /^CURVE\d*$/.test(t.name) && col(t, "Im") >= 0 && col(t, "T") >= 0,
  );
  if (found.length === 0) {
    throw new LmbError("E_FORMAT", "no CURVE table with T and Im columns (and no ZCURVE) found", {
      ...locate(options),
      fix: "export a CV, chronoamperometry or EIS experiment from Gamry Framework",
    });
  }
  return found;
}

function sweep(
  file: GamryFile,
  options: ReadOptions,
  meta: BuilderMetadata,
  kind: "voltammogram" | "transient",
): Dataset {
  const time: number[] = [];
  const potential: number[] = [];
  const current: number[] = [];
  const cycle: number[] = [];
  let offset = 0;
  let last = Number.NEGATIVE_INFINITY;
  const tables = curves(file, options);
  tables.forEach((table, k) => {
    const [t, v, i] = [col(table, "T"), col(table, "Vf"), col(table, "Im")];
    const rows = finiteRows(table, v >= 0 ? [t, v, i] : [t, i]);
    const first = table.columns[t]?.[rows[0] as number] as number;
    if (first + offset < last) offset = last - first;
    for (const r of rows) {
      last = (table.columns[t]?.[r] as number) + offset;
      time.push(last);
      potential.push(v >= 0 ? (table.columns[v]?.[r] as number) : Number.NaN);
      current.push(table.columns[i]?.[r] as number);
      cycle.push(Number(/\d+$/.exec(table.name)?.[0] ?? k + 1));
    }
  });
  const first = tables[0] as GamryTable;
  const b = new DatasetBuilder(kind, meta);
  const tUnit = unitOf(first, col(first, "T"), "s");
  const vUnit = col(first, "Vf") >= 0 ? unitOf(first, col(first, "Vf"), "V") : "V";
  b.add("time", time, tUnit, { sourceName: "T" });
  b.add("current", current, unitOf(first, col(first, "Im"), "A"), { sourceName: "Im" });
  if (kind === "voltammogram") {
    if (col(first, "Vf") < 0) {
      throw new LmbError("E_FORMAT", "the CURVE table has no Vf (potential) column", {
        ...locate(options, first.line),
        fix: "read it as a current transient (kind: transient)",
      });
    }
    b.add("potential", potential, vUnit, { sourceName: "Vf" });
    b.add("cycle", cycle, "1", { sourceName: "CURVE table" });
    const rate = Number(file.entries.SCANRATE?.value);
    if (rate > 0)
      b.set("scanRate", rate * (/mV/i.test(file.entries.SCANRATE?.label ?? "mV") ? 1e-3 : 1));
  } else if (col(first, "Vf") >= 0) {
    b.add("potential", potential, vUnit, { sourceName: "Vf" });
  }
  return b.build();
}

/**
 * Reads a Gamry Framework `.DTA` file: an EIS experiment (`ZCURVE` table: Freq, Zreal, Zimag —
 * Gamry stores the signed Im(Z) — plus Time, Vdc, Idc) as an impedance spectrum; CV (`CURVE1…n`
 * tables: T, Vf, Im; one cycle per table, scan rate from `SCANRATE` in mV/s) as a
 * voltammogram; chronoamperometry (`CURVE`) as a current transient. `options.kind` overrides
 * the choice. Current is read as positive = anodic.
 *
 * @throws LmbError `E_FORMAT` when the file is not a `.DTA` or has no usable table.
 * @example
 * readGamryDta(bytes, { fileName: "exampleDataGamry.DTA" }).kind; // "impedance"
 */
export function readGamryDta(bytes: Uint8Array, options: ReadOptions = {}): Dataset {
  const { text } = decodeText(bytes);
  if (!/^EXPLAIN\s*(\n|$)/.test(text.slice(0, 16).replace(/\r/g, ""))) {
    throw new LmbError("E_FORMAT", "not a Gamry .DTA file (first line is not EXPLAIN)", {
      ...locate(options, 1),
      fix: "pass a file exported by Gamry Framework",
    });
  }
  const file = parseGamryDta(text);
  const kind = kindOf(file, options);
  const meta = metadataOf(file, options, kind);
  if (kind === "impedance") {
    if (!file.tables.some((t) => t.name === "ZCURVE")) {
      throw new LmbError("E_FORMAT", "no ZCURVE (impedance) table in this .DTA file", {
        ...locate(options),
        fix: "read it without kind: impedance",
      });
    }
    return impedance(file, options, meta);
  }
  if (kind === "voltammogram" || kind === "transient") return sweep(file, options, meta, kind);
  throw new LmbError("E_FORMAT", `a Gamry .DTA file cannot be read as ${kind} data`, {
    ...locate(options),
    fix: "use kind impedance, voltammogram or transient",
  });
}
