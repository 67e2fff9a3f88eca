import { LmbError } from "@lmb/errors";
import {
  type Dimension,
  dimensionName,
  formatUnit,
  type Quantity,
  siUnitSymbol,
  toSI,
} from "@lmb/units";
import type { QuantityJson } from "./quantitySchema.js";

const BASE_SYMBOLS = ["L", "M", "T", "I", "Θ", "N", "J"] as const;
const SUPERSCRIPTS: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

function superscript(exponent: number): string {
  if (exponent === 1) return "";
  // Fractional exponents (a Warburg coefficient's s^-1/2) have no superscript form.
  if (!Number.isInteger(exponent)) return `^${Number(exponent.toPrecision(6))}`;
  return [...String(exponent)].map((c) => SUPERSCRIPTS[c] ?? c).join("");
}

/**
 * The formula of a dimension over the SI base dimensions, e.g. `"L⁻² I"` for current density,
 * `"1"` for a pure number. Used when the dimension has no name.
 *
 * @example
 * dimensionFormula([-2, 0, 0, 1, 0, 0, 0]); // "L⁻² I"
 */
export function dimensionFormula(dimension: Dimension): string {
  const factors: string[] = [];
  dimension.forEach((exponent, i) => {
    if (exponent !== 0) factors.push(`${BASE_SYMBOLS[i]}${superscript(exponent)}`);
  });
  return factors.length > 0 ? factors.join(" ") : "1";
}

/**
 * Turns a `@lmb/units` quantity into lmb's JSON shape ({@link QuantitySchema}): the value in
 * its own unit, the SI value and unit, and the dimension's name (or formula).
 *
 * @param quantity - A quantity from `@lmb/units` (`parseQuantity`, `convertQuantity`, `fromSI`).
 * @returns The quantity as it appears in every `--json` result.
 * @throws LmbError `E_NOT_FINITE` when the value or its SI value is not finite.
 *
 * @example
 * toQuantityJson(parseQuantity("5 mA cm-2"));
 * // { value: 5, unit: "mA cm⁻²", si: 50, siUnit: "A m⁻²", dimension: "current density" }
 */
export function toQuantityJson(quantity: Quantity): QuantityJson {
  const { dimension } = quantity.unit;
  const si = toSI(quantity);
  if (!Number.isFinite(quantity.value) || !Number.isFinite(si)) {
    throw new LmbError(
      "E_NOT_FINITE",
      `the quantity ${quantity.value} ${quantity.unit.symbol} is not finite`,
      {
        fix: "check the inputs for a zero divisor or an overflow",
      },
    );
  }
  return {
    value: quantity.value,
    unit: formatUnit(quantity.unit),
    si,
    siUnit: siUnitSymbol(dimension),
    dimension: dimensionName(dimension) ?? dimensionFormula(dimension),
  };
}
