import { LmbError } from "@lmb/errors";
import { resolveUnit } from "./internal/resolveUnit.js";
import type { Unit } from "./Unit.js";

/**
 * A number with its unit, as it enters or leaves lmb (a CLI flag, a file header, a
 * calculator field). Inside, lmb works on SI numbers ({@link toSI}).
 *
 * @example
 * const j: Quantity = parseQuantity("5 mA cm⁻²"); // { value: 5, unit: { symbol: "mA cm⁻²", factor: 10, … } }
 */
export interface Quantity {
  /** The value, expressed in `unit`. */
  readonly value: number;
  readonly unit: Unit;
}

/**
 * Builds a {@link Quantity} from a number and a unit.
 *
 * @param value - the number, in `unit`
 * @param unit - a unit, or a unit expression such as `"mA cm-2"`
 * @throws LmbError `E_NOT_FINITE` for NaN or ±Infinity; `E_UNIT_PARSE`
 * @example
 * quantity(5, "mA/cm2"); // { value: 5, unit: { symbol: "mA cm⁻²", factor: 10, … } }
 */
export function quantity(value: number, unit: Unit | string): Quantity {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new LmbError("E_NOT_FINITE", `value ${String(value)} is not a finite number`, {
      fix: "check the input that produced it",
    });
  }
  return Object.freeze({ value, unit: resolveUnit(unit) });
}
