import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { type BtsdaField, btsdaField, parseBtsdaDate, parseDuration } from "./btsdaHeaders.js";
import { countChanges, totalTimeFromSteps } from "./newareRecords.js";
import { stepTypeCode } from "./stepTypes.js";

/** A cell of a BTSDA export: CSV text, or an XLSX value. */
export type BtsdaCell = string | number | null;

/** Where the rows came from, for metadata and error locations. */
export interface BtsdaSource {
  format: string;
  formatVersion?: string;
  /** 1-based line (CSV) or row (XLSX) number of `rows[0]`. */
  firstLine: number;
  options: ReadOptions;
}

const blank = (cell: BtsdaCell | undefined) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
const text = (cell: BtsdaCell | undefined) =>
  cell === null || cell === undefined ? "" : String(cell).trim();

function leadingBlanks(row: readonly BtsdaCell[]): number {
  let n = 0;
  while (n < row.length && blank(row[n])) n++;
  return n;
}

function numberOf(cell: BtsdaCell | undefined, kind: BtsdaField["kind"]): number {
  if (typeof cell === "number") return cell;
  if (cell === null || cell === undefined) return Number.NaN;
  if (kind === "duration") return parseDuration(cell);
  const trimmed = cell.trim();
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

/** Direction of a step from its BTSDA type name: +1 charge, −1 discharge, 0 unknown/rest. */
function direction(stepType: string): number {
  const t = stepType.toLowerCase();
  if (t.includes("dchg")) return -1;
  if (t.includes("chg")) return 1;
  return 0;
}

class Columns {
  readonly values = new Map<BtsdaField["key"], number[]>();
  readonly units = new Map<BtsdaField["key"], { unit: string; sourceName: string }>();
  readonly stepTypes: string[] = [];
  startTime: string | undefined;
  push(key: BtsdaField["key"], value: number): void {
    let list = this.values.get(key);
    if (list === undefined) {
      list = [];
      this.values.set(key, list);
    }
    list.push(value);
  }
}

/**
 * Reads the rows of a Neware BTSDA export — CSV lines split into fields, or XLSX sheet rows —
 * into a cycling dataset. Two layouts: **flat** (one header row with `DataPoint`, `Cycle Index`,
 * `Step Index`, `Step Type`, `Time`, `Total Time`/`Cumulative Time`, `Current(A)`, …) and
 * **layered** (3 header rows: cycle, step with 1 leading empty field, record with 2; data rows
 * interleaved the same way; BTSDA sometimes writes a cycle row and its first step row on one
 * line). Units come from the headers (µA/mA/A, mV/V, mAs/mAh/Ah, mWs/Wh…). Capacity/energy:
 * `Chg.`/`DChg.` columns when present, else BTSDA's unsigned per-step `Capacity` split by step
 * type (Chg/DChg) or current sign; `capacity` is charge − discharge.
 *
 * @throws LmbError `E_FORMAT` with the line when no header is found or a required cell is not a
 * number; `E_DATASET` via validation.
 * @example
 * readBtsdaRows(lines.map((l) => l.split(",")), { format: "neware-btsda-csv", firstLine: 1, options: {} });
 */
export function readBtsdaRows(
  rows: readonly (readonly BtsdaCell[])[],
  source: BtsdaSource,
): CyclingData {
  const fileName = source.options.fileName;
  const fail = (problem: string, line: number): never => {
    throw new LmbError("E_FORMAT", problem, {
      location: { ...(fileName === undefined ? {} : { source: fileName }), line },
      fix: "export the records from BTSDA with the default (flat or layered) CSV layout",
    });
  };
  const layered =
    text(rows[0]?.[0]).toLowerCase() === "cycle index" &&
    leadingBlanks(rows[1] ?? []) === 1 &&
    leadingBlanks(rows[2] ?? []) === 2;
  let headerRow = -1;
  if (layered) headerRow = 2;
  else {
    for (let r = 0; r < Math.min(rows.length, 20); r++) {
      const cells = (rows[r] ?? []).map((c) => text(c).toLowerCase());
      if (cells.includes("datapoint") || cells.some((c) => /^voltage\s*\(/.test(c))) {
        headerRow = r;
        break;
      }
    }
  }
  if (headerRow < 0)
    fail("no BTSDA record header (DataPoint, Voltage(…)) in the first 20 lines", source.firstLine);
  const headers = (rows[headerRow] ?? []).map(text);
  const fields = headers.map((h) => (h === "" ? undefined : btsdaField(h)));
  const column = (key: BtsdaField["key"]) => fields.findIndex((f) => f?.key === key);
  const stepHeaders = layered ? (rows[1] ?? []).map((c) => text(c).toLowerCase()) : [];
  const cycleWidth = layered ? (rows[0] ?? []).length : 0;
  const stepIndexAt = stepHeaders.indexOf("step index");
  const stepNumberAt = stepHeaders.indexOf("step number");
  const stepTypeAt = stepHeaders.indexOf("step type");

  const out = new Columns();
  fields.forEach((f, i) => {
    if (f && f.kind !== "text" && f.kind !== "date" && !out.units.has(f.key)) {
      out.units.set(f.key, { unit: f.unit, sourceName: headers[i] as string });
    }
  });
  const voltageAt = column("voltage");
  const currentAt = column("current");
  if (voltageAt < 0 || currentAt < 0)
    fail("the BTSDA header has no Voltage(…) or Current(…) column", source.firstLine + headerRow);
  const stepTypeColumn = column("stepType");
  const dateAt = column("date");
  let cycle = Number.NaN;
  let step = Number.NaN;
  let stepNumber = Number.NaN;
  let stepType = "";
  const readStep = (cells: readonly BtsdaCell[]) => {
    if (stepIndexAt >= 0) step = numberOf(cells[stepIndexAt], "number");
    if (stepNumberAt >= 0) stepNumber = numberOf(cells[stepNumberAt], "number");
    if (stepTypeAt >= 0) stepType = text(cells[stepTypeAt]);
  };
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] as readonly BtsdaCell[];
    const lead = leadingBlanks(row);
    if (lead === row.length) continue;
    const line = source.firstLine + r;
    if (layered && lead === 0) {
      cycle = numberOf(row[0], "number");
      if (row.length > cycleWidth) readStep(["", ...row.slice(cycleWidth)]);
      continue;
    }
    if (layered && lead === 1) {
      readStep(row);
      continue;
    }
    const voltage = numberOf(row[voltageAt], "number");
    const current = numberOf(row[currentAt], "number");
    if (Number.isNaN(voltage) || Number.isNaN(current)) {
      fail(`line ${line}: voltage or current is not a number`, line);
    }
    fields.forEach((f, i) => {
      if (f === undefined || f.kind === "text" || f.kind === "date") return;
      if (out.units.get(f.key)?.sourceName !== headers[i]) return;
      out.push(f.key, numberOf(row[i], f.kind));
    });
    if (layered) {
      if (column("cycle") < 0) out.push("cycle", cycle);
      if (column("step") < 0) out.push("step", step);
      if (column("stepCount") < 0) out.push("stepCount", stepNumber);
    }
    out.stepTypes.push(stepTypeColumn >= 0 ? text(row[stepTypeColumn]) : stepType);
    if (out.startTime === undefined && dateAt >= 0)
      out.startTime = parseBtsdaDate(row[dateAt] ?? null);
  }
  if (layered) {
    out.units.set("cycle", { unit: "1", sourceName: "Cycle Index" });
    out.units.set("step", { unit: "1", sourceName: "Step Index" });
    out.units.set("stepCount", { unit: "1", sourceName: "Step Number" });
  }
  return buildDataset(out, source);
}

function buildDataset(out: Columns, source: BtsdaSource): CyclingData {
  const { options } = source;
  const b = new DatasetBuilder("cycling", {
    format: source.format,
    ...(source.formatVersion === undefined ? {} : { formatVersion: source.formatVersion }),
    instrument: "Neware BTSDA export",
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
    ...(out.startTime === undefined ? {} : { startTime: out.startTime }),
    ...(options.area === undefined ? {} : { area: options.area }),
    ...(options.activeMass === undefined ? {} : { activeMass: options.activeMass }),
    currentSign: "positive-oxidation",
    notes: { capacityReset: "per step (Neware); capacity = charge − discharge" },
  });
  const get = (key: BtsdaField["key"]) => {
    const values = out.values.get(key);
    return values === undefined ? undefined : Float64Array.from(values);
  };
  const add = (key: BtsdaField["key"], values: Float64Array) => {
    const u = out.units.get(key);
    if (u !== undefined) b.add(key, values, u.unit, { sourceName: u.sourceName });
  };
  const n = out.stepTypes.length;
  const stepTime = get("stepTime");
  let stepCount: Float64Array | undefined = get("stepCount");
  const step = get("step");
  if (stepCount === undefined && step !== undefined) {
    stepCount = countChanges(step);
    out.units.set("stepCount", { unit: "1", sourceName: "Step Index (changes)" });
  }
  let time: Float64Array | undefined = get("time");
  if (time === undefined && stepTime !== undefined) {
    time = totalTimeFromSteps(stepTime, stepCount ?? new Float64Array(n));
    out.units.set("time", { unit: "s", sourceName: "Time (summed steps)" });
  }
  if (time === undefined) {
    throw new LmbError("E_FORMAT", "the BTSDA export has no Time or Total Time column", {
      ...(options.fileName === undefined ? {} : { location: { source: options.fileName } }),
      fix: "include the time columns in the BTSDA export",
    });
  }
  add("time", time);
  for (const key of [
    "voltage",
    "current",
    "stepTime",
    "power",
    "temperature",
    "cycle",
    "step",
  ] as const) {
    const values = get(key);
    if (values !== undefined) add(key, values);
  }
  if (stepCount !== undefined) add("stepCount", stepCount);
  const current = b.columns.current as Float64Array;
  splitByDirection(b, out, get, add, current, ["capacity", "chargeCapacity", "dischargeCapacity"]);
  splitByDirection(b, out, get, add, current, ["energy", "chargeEnergy", "dischargeEnergy"]);
  const types = new Set(out.stepTypes.filter((t) => t !== ""));
  if (types.size > 0) {
    b.metadata.notes = {
      ...b.metadata.notes,
      stepTypes: [...types]
        .map((t) => `${t}${Number.isNaN(stepTypeCode(t)) ? "" : ` (${stepTypeCode(t)})`}`)
        .join(", "),
    };
  }
  return b.build();
}

type Triple =
  | readonly ["capacity", "chargeCapacity", "dischargeCapacity"]
  | readonly ["energy", "chargeEnergy", "dischargeEnergy"];

function splitByDirection(
  b: DatasetBuilder<"cycling">,
  out: Columns,
  get: (key: BtsdaField["key"]) => Float64Array | undefined,
  add: (key: BtsdaField["key"], values: Float64Array) => void,
  current: Float64Array,
  [total, charge, discharge]: Triple,
): void {
  const chg = get(charge);
  const dchg = get(discharge);
  if (chg !== undefined && dchg !== undefined) {
    add(charge, chg);
    add(discharge, dchg);
  } else {
    const all = get(total);
    if (all === undefined) return;
    const c = new Float64Array(all.length);
    const d = new Float64Array(all.length);
    for (let i = 0; i < all.length; i++) {
      const dir = direction(out.stepTypes[i] ?? "") || Math.sign(current[i] as number);
      const v = Math.abs(all[i] as number);
      c[i] = dir > 0 ? v : 0;
      d[i] = dir < 0 ? v : 0;
    }
    const unit = out.units.get(total) as { unit: string; sourceName: string };
    b.add(charge, c, unit.unit, { sourceName: `${unit.sourceName} (charge steps)` });
    b.add(discharge, d, unit.unit, { sourceName: `${unit.sourceName} (discharge steps)` });
  }
  const cs = b.columns[charge] as Float64Array;
  const ds = b.columns[discharge] as Float64Array;
  const signed = new Float64Array(cs.length);
  for (let i = 0; i < cs.length; i++) signed[i] = (cs[i] as number) - (ds[i] as number);
  b.add(total, signed, total === "capacity" ? "A s" : "J", {
    sourceName: `${charge} − ${discharge}`,
  });
}
