import { LmbError } from "@lmb/errors";
import { resolveUnit } from "./internal/resolveUnit.js";
import type { Quantity } from "./Quantity.js";
import type { Unit } from "./Unit.js";

/**
 * The value of a quantity in coherent SI units: `value · factor + offset`.
 *
 * @param q - the quantity
 * @returns the SI number (A m⁻² for a current density, K for a temperature, …)
 * @example
 * toSI(parseQuantity("5 mA cm-2")); // 50
 * toSI(parseQuantity("25 °C")); // 298.15
 */
export function toSI(q: Quantity): number {
  return q.value * q.unit.factor + q.unit.offset;
}

/**
 * A quantity in `to` from an SI number of the same dimension (the inverse of {@link toSI}).
 * The dimension cannot be checked from a bare number; the branded kinds
 * (`currentDensity.inUnit`) check it.
 *
 * @param siValue - the number in coherent SI units
 * @param to - the unit wanted
 * @throws LmbError `E_UNIT_PARSE`; `E_NOT_FINITE` for NaN or ±Infinity
 * @example
 * fromSI(50, "mA cm-2"); // { value: 5, unit: { symbol: "mA cm⁻²", … } }
 */
export function fromSI(siValue: number, to: Unit | string): Quantity {
  const unit = resolveUnit(to);
  return Object.freeze({ value: inUnit(siValue, unit), unit });
}

/**
 * An SI number expressed in `unit`: `(siValue − offset) / factor`. Use it at the edge, to
 * show a branded SI value (`inUnit(j, "mA cm-2")`); the kind constructors' own `inUnit`
 * also checks the dimension.
 *
 * @param siValue - the number in coherent SI units
 * @param unit - the unit wanted
 * @throws LmbError `E_UNIT_PARSE`; `E_NOT_FINITE` for NaN or ±Infinity
 * @example
 * inUnit(currentDensity(5, "mA cm-2"), "mA cm-2"); // 5
 * inUnit(298.15, "°C"); // 25
 */
export function inUnit(siValue: number, unit: Unit | string): number {
  if (!Number.isFinite(siValue)) {
    throw new LmbError("E_NOT_FINITE", `value ${siValue} is not a finite number`, {
      fix: "check the input that produced it",
    });
  }
  const u = resolveUnit(unit);
  return (siValue - u.offset) / u.factor;
}
