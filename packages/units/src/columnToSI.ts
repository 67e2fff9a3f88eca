import { LmbError } from "@lmb/errors";
import { resolveUnit } from "./internal/resolveUnit.js";
import type { Unit } from "./Unit.js";

/** Options of {@link columnToSI} and {@link columnFromSI}. */
export interface ColumnOptions {
  /** Values are differences: °C offsets are ignored. @default false */
  difference?: boolean;
}

function checkAll(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new LmbError("E_NOT_FINITE", `${what}[${i}] is ${values[i]}, not a finite number`, {
        fix: "remove or mark missing samples before converting",
        details: { index: i },
      });
    }
  }
}

/**
 * Converts a column of numbers (a cycler's current in mA, a potential in mV) to SI in one
 * pass: `out[i] = values[i] · factor + offset`. One parse per column, no object per sample.
 *
 * @param values - the column, in `unit`
 * @param unit - its unit, e.g. `"mA"` or `"mA cm-2"`
 * @param options - {@link ColumnOptions}
 * @returns a new Float64Array in coherent SI units
 * @throws LmbError `E_UNIT_PARSE`; `E_NOT_FINITE` naming the first bad index
 * @example
 * columnToSI([1, 2.5], "mA"); // Float64Array [0.001, 0.0025]
 */
export function columnToSI(
  values: ArrayLike<number>,
  unit: Unit | string,
  options: ColumnOptions = {},
): Float64Array {
  const u = resolveUnit(unit);
  checkAll(values, "value");
  const offset = options.difference ? 0 : u.offset;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] as number) * u.factor + offset;
  return out;
}

/**
 * Converts a column of SI numbers to `unit` in one pass: `out[i] = (values[i] − offset) / factor`.
 * The dimension cannot be checked from bare numbers; pass the unit of the column's quantity.
 *
 * @param values - the column, in coherent SI units
 * @param unit - the unit wanted, e.g. `"mA cm-2"`
 * @param options - {@link ColumnOptions}
 * @returns a new Float64Array in `unit`
 * @throws LmbError `E_UNIT_PARSE`; `E_NOT_FINITE` naming the first bad index
 * @example
 * columnFromSI(Float64Array.of(50, 100), "mA cm-2"); // Float64Array [5, 10]
 */
export function columnFromSI(
  values: ArrayLike<number>,
  unit: Unit | string,
  options: ColumnOptions = {},
): Float64Array {
  const u = resolveUnit(unit);
  checkAll(values, "value");
  const offset = options.difference ? 0 : u.offset;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = ((values[i] as number) - offset) / u.factor;
  return out;
}
