import { DATASET_COLUMNS, type Dataset } from "@lmb/schemas";
import { CSV_LABELS, CUSTOMARY_UNITS } from "./customaryUnits.js";
import { type OutputColumn, outputUnit, writeColumns } from "./writeColumns.js";

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Unit to write per column key, e.g. `{ current: "A", capacity: "mAh/cm2" }` is not allowed (per area) but `{ current: "µA" }` is. @default {@link CUSTOMARY_UNITS} */
  units?: Readonly<Record<string, string>>;
  /** Field delimiter. @default "," */
  delimiter?: string;
}

/** The comment line that tells lmb's CSV reader which dataset kind a file holds. */
export const KIND_LINE_PREFIX = "# lmb kind:";

/**
 * Writes a dataset as CSV with the unit in each header (`Time (s)`, `Current (mA)`,
 * `Im(Z) (Ω)`), in customary units unless `units` says otherwise. Datasets other than cycling
 * data start with a `# lmb kind: …` line so that `read` returns the same kind. Reading the
 * text back with lmb gives the same columns (to the last digit: numbers are written in
 * shortest round-trip form).
 *
 * @throws LmbError `E_UNIT_MISMATCH` when a requested unit is not of the column's quantity.
 * @example
 * const text = toCsv(data, { units: { current: "A" } });
 * // Time (s),Voltage (V),Current (A)\n0,3.1,0.001\n…
 */
export function toCsv(dataset: Dataset, options: ToCsvOptions = {}): string {
  const table = DATASET_COLUMNS[dataset.kind];
  const columns: OutputColumn[] = [];
  const present = dataset.columns as Readonly<Record<string, Float64Array | undefined>>;
  for (const key of Object.keys(table)) {
    const values = present[key];
    if (values === undefined) continue;
    const unitText = options.units?.[key] ?? CUSTOMARY_UNITS[key] ?? table[key]?.unit ?? "1";
    const unit = outputUnit(dataset.kind, key, unitText);
    const label = CSV_LABELS[key] ?? key;
    columns.push({ header: unit.symbol === "" ? label : `${label} (${unitText})`, values, unit });
  }
  const preamble = dataset.kind === "cycling" ? [] : [`${KIND_LINE_PREFIX} ${dataset.kind}`];
  return writeColumns(columns, options.delimiter ?? ",", preamble);
}
