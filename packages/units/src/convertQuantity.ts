import { LmbError } from "@lmb/errors";
import { mapDimension } from "./internal/mapDimension.js";
import { resolveUnit } from "./internal/resolveUnit.js";
import { parseQuantity } from "./parseQuantity.js";
import type { Quantity } from "./Quantity.js";
import type { Unit } from "./Unit.js";

/** Options of {@link convertQuantity} and {@link convertValue}. */
export interface ConvertOptions {
  /**
   * Also convert through the facts of dense lithium metal ({@link LITHIUM}): thickness ↔
   * areal mass ↔ areal capacity, volume ↔ mass ↔ charge ↔ amount, and the same per time
   * or per area (any two dimensions that differ by one ratio of Li amount, mass, volume,
   * charge).
   */
  material?: "Li";
  /**
   * Treat the value as a difference: temperature offsets are ignored, so 1 °C → 1 K.
   * @default false
   */
  difference?: boolean;
}

/**
 * Converts a number from one unit to another. Absolute temperatures use the offset
 * (25 °C → 298.15 K); with `difference: true` they do not (a 1 °C step is 1 K). Molar
 * energy ↔ energy per particle (kJ mol⁻¹ ↔ eV) is always allowed, through N_A.
 *
 * @param value - the number, in `from`
 * @param from - its unit
 * @param to - the unit wanted
 * @param options - {@link ConvertOptions}
 * @returns the number in `to`
 * @throws LmbError `E_UNIT_MISMATCH` naming both dimensions; `E_UNIT_PARSE`; `E_NOT_FINITE`
 * @example
 * convertValue(5, "mA cm-2", "A m-2"); // 50
 * convertValue(100, "um", "mAh cm-2", { material: "Li" }); // ≈ 20.62
 */
export function convertValue(
  value: number,
  from: Unit | string,
  to: Unit | string,
  options: ConvertOptions = {},
): number {
  if (!Number.isFinite(value)) {
    throw new LmbError("E_NOT_FINITE", `value ${value} is not a finite number`, {
      fix: "check the input that produced it",
    });
  }
  const f = resolveUnit(from);
  const t = resolveUnit(to);
  const difference = options.difference ?? false;
  const si = difference ? value * f.factor : value * f.factor + f.offset;
  const mapped = mapDimension(si, f.dimension, t.dimension, options);
  return difference ? mapped / t.factor : (mapped - t.offset) / t.factor;
}

/**
 * Converts a difference (an interval, a step, an uncertainty) between units: offsets are
 * ignored, so a change of 1 °C is a change of 1 K. Same as
 * `convertValue(value, from, to, { difference: true })`.
 *
 * @param value - the difference, in `from`
 * @param from - its unit
 * @param to - the unit wanted
 * @throws LmbError `E_UNIT_MISMATCH`; `E_UNIT_PARSE`
 * @example
 * convertDifference(10, "°C", "K"); // 10
 * convertValue(10, "°C", "K"); // 283.15
 */
export function convertDifference(value: number, from: Unit | string, to: Unit | string): number {
  return convertValue(value, from, to, { difference: true });
}

/**
 * Converts a quantity to another unit; see {@link convertValue} for the rules.
 *
 * @param q - a quantity, or text such as `"5 mA cm-2"`
 * @param to - the unit wanted
 * @param options - {@link ConvertOptions}
 * @returns a new quantity in `to` (the unit in canonical form)
 * @throws LmbError `E_UNIT_MISMATCH` (e.g. "cannot convert current density (A m⁻²) to areal
 *   capacity (C m⁻²)"); `E_QUANTITY_PARSE`; `E_UNIT_PARSE`
 * @example
 * convertQuantity("5 mA cm⁻²", "A m-2"); // { value: 50, unit: { symbol: "A m⁻²", … } }
 * convertQuantity("1 eV", "kJ/mol").value; // ≈ 96.485
 */
export function convertQuantity(
  q: Quantity | string,
  to: Unit | string,
  options: ConvertOptions = {},
): Quantity {
  const source = typeof q === "string" ? parseQuantity(q) : q;
  const unit = resolveUnit(to);
  return Object.freeze({ value: convertValue(source.value, source.unit, unit, options), unit });
}
