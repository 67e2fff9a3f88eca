import { type Dataset, type DatasetSummary, toQuantityJson } from "@lmb/schemas";
import { fromSI } from "@lmb/units";
import { countHalfCycles } from "./countHalfCycles.js";

// The unit a researcher reads each SI column in.
const CUSTOMARY: Readonly<Record<string, string>> = {
  A: "mA",
  C: "mAh",
  J: "mWh",
  W: "mW",
  K: "°C",
  "A m⁻²": "mA cm⁻²",
  "S m⁻¹": "mS cm⁻¹",
};

function range(values: Float64Array): { min: number | null; max: number | null; missing: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) {
      missing++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return missing === values.length ? { min: null, max: null, missing } : { min, max, missing };
}

function distinctCount(values: Float64Array): number {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) seen.add(v);
  }
  return seen.size;
}

/**
 * Summarises a dataset the way `lmb read` prints it: format and instrument, number of points,
 * duration, each column's source name, unit and range (in customary units: mA, mAh, °C…),
 * area and mass, cycle and half-cycle counts, and reader warnings.
 *
 * @example
 * const s = summarizeDataset(await readFile("cell.mpr"));
 * s.points; s.duration?.value; s.columns.map((c) => c.key);
 */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const { metadata } = dataset;
  const columns = dataset.columns as Record<string, Float64Array | undefined>;
  const points = Object.values(columns).find((c) => c !== undefined)?.length ?? 0;
  const summaryColumns: DatasetSummary["columns"] = [];
  for (const [key, values] of Object.entries(columns)) {
    if (values === undefined) continue;
    const source = metadata.columns.find((c) => c.key === key);
    const siUnit = source?.unit ?? "1";
    const unit = CUSTOMARY[siUnit] ?? siUnit;
    const { min, max, missing } = range(values);
    const convert = (v: number | null) => (v === null ? null : fromSI(v, unit).value);
    summaryColumns.push({
      key,
      sourceName: source?.sourceName ?? key,
      sourceUnit: source?.sourceUnit ?? "",
      unit,
      min: convert(min),
      max: convert(max),
      missing,
    });
  }
  const time = columns.time;
  let duration: DatasetSummary["duration"];
  if (time !== undefined && time.length > 0) {
    const span = (time[time.length - 1] as number) - (time[0] as number);
    if (Number.isFinite(span)) duration = toQuantityJson(fromSI(span, span >= 7200 ? "h" : "s"));
  }
  const current = columns.current;
  return {
    kind: dataset.kind,
    format: metadata.format,
    ...(metadata.formatVersion === undefined ? {} : { formatVersion: metadata.formatVersion }),
    ...(metadata.instrument === undefined ? {} : { instrument: metadata.instrument }),
    ...(metadata.sourceFile === undefined ? {} : { sourceFile: metadata.sourceFile }),
    ...(metadata.startTime === undefined ? {} : { startTime: metadata.startTime }),
    ...(metadata.technique === undefined ? {} : { technique: metadata.technique }),
    points,
    ...(duration === undefined ? {} : { duration }),
    ...(metadata.area === undefined ? {} : { area: toQuantityJson(fromSI(metadata.area, "cm2")) }),
    ...(metadata.activeMass === undefined
      ? {}
      : { activeMass: toQuantityJson(fromSI(metadata.activeMass, "mg")) }),
    ...(columns.cycle === undefined ? {} : { cycles: distinctCount(columns.cycle) }),
    ...(dataset.kind === "cycling" && current !== undefined
      ? { halfCycles: countHalfCycles(current) }
      : {}),
    columns: summaryColumns,
    warnings: metadata.warnings,
  };
}
