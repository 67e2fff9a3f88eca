import { LmbError } from "@lmb/errors";
import { DATASET_COLUMNS, type DatasetKind } from "@lmb/schemas";
import { dimensionsEqual, parseUnit, type Unit } from "@lmb/units";
import { instrumentUnit } from "../headers/instrumentUnit.js";

/** One column to write: its header and its SI values with the unit to write them in. */
export interface OutputColumn {
  /** Header text. */
  header: string;
  /** Values in the dataset's SI unit. */
  values: Float64Array;
  /** Unit to write (checked against the key's dimension). */
  unit: Unit;
}

/**
 * The unit a column is written in, checked against the column's SI unit.
 *
 * @throws LmbError `E_UNIT_MISMATCH` when `text` is not a unit of the key's quantity.
 * @example
 * outputUnit("cycling", "current", "mA").factor; // 0.001
 */
export function outputUnit(kind: DatasetKind, key: string, text: string): Unit {
  const si = parseUnit(DATASET_COLUMNS[kind][key]?.unit ?? "1");
  let unit: Unit | undefined;
  try {
    unit = parseUnit(text);
  } catch {
    unit = instrumentUnit(text);
  }
  if (unit === undefined || !dimensionsEqual(unit.dimension, si.dimension)) {
    throw new LmbError("E_UNIT_MISMATCH", `cannot write column "${key}" in "${text}"`, {
      location: { source: `units.${key}` },
      fix: `give a unit of ${si.symbol || "1"} (e.g. ${si.symbol || "1"})`,
    });
  }
  return unit;
}

function quote(text: string, delimiter: string): string {
  return /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes columns as delimited text: one header row, then one row per record; numbers in the
 * shortest form that reads back to the same double (`String(x)`), NaN as an empty cell.
 *
 * @example
 * writeColumns([{ header: "Voltage (V)", values: Float64Array.of(3.1), unit: parseUnit("V") }]); // "Voltage (V)\n3.1\n"
 */
export function writeColumns(
  columns: readonly OutputColumn[],
  delimiter = ",",
  preamble: readonly string[] = [],
): string {
  const n = columns[0]?.values.length ?? 0;
  const converted = columns.map(({ values, unit }) => {
    if (unit.factor === 1 && unit.offset === 0) return values;
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++)
      out[i] = ((values[i] as number) - unit.offset) / unit.factor;
    return out;
  });
  const parts: string[] = [
    ...preamble,
    columns.map((c) => quote(c.header, delimiter)).join(delimiter),
  ];
  const row: string[] = new Array(columns.length);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < converted.length; c++) {
      const v = (converted[c] as Float64Array)[r] as number;
      row[c] = Number.isNaN(v) ? "" : String(v);
    }
    parts.push(row.join(delimiter));
  }
  return `${parts.join("\n")}\n`;
}
