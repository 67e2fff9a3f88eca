import { LmbError } from "@lmb/errors";
import { convertValue } from "./convertQuantity.js";
import { customaryUnit } from "./customaryUnit.js";
import { type Dimension, dimensionsEqual } from "./Dimension.js";
import { describeDimension } from "./dimensionName.js";
import { formatUnit } from "./formatUnit.js";
import { formatNumber } from "./internal/formatNumber.js";
import { resolveUnit } from "./internal/resolveUnit.js";
import { parseQuantity } from "./parseQuantity.js";
import type { Quantity } from "./Quantity.js";
import type { Unit } from "./Unit.js";

/** Options of {@link formatQuantity} and {@link formatSI}. */
export interface FormatQuantityOptions {
  /** Significant figures (1–17); trailing zeros are dropped. @default 5 */
  significantDigits?: number;
  /** ASCII that the parser reads back (`"5 mA cm-2"`, `"1.5e-5 S cm-1"`). @default false */
  ascii?: boolean;
  /**
   * Show the value in this unit instead of the quantity's own (same dimension; absolute
   * temperatures keep their offset), or `"customary"` for the unit researchers use for
   * the dimension (mA cm⁻², mAh cm⁻², mS cm⁻¹, kJ mol⁻¹, µm, °C …).
   */
  unit?: Unit | string | "customary";
}

/**
 * Writes a quantity for people: `"5 mA cm⁻²"`, `"0.20622 mAh cm⁻²"`, `"1.5 × 10⁻⁵ S cm⁻¹"`.
 * Plain decimals from 0.001 to below 10⁶, scientific notation outside; the result parses
 * back with {@link parseQuantity} (to the significant figures shown).
 *
 * @param q - a quantity, or text such as `"50 A m-2"`
 * @param options - {@link FormatQuantityOptions}
 * @throws LmbError `E_NOT_FINITE`; `E_UNIT_MISMATCH` when `options.unit` has another dimension
 * @example
 * formatQuantity(parseQuantity("5 mA/cm2")); // "5 mA cm⁻²"
 * formatQuantity(parseQuantity("50 A m-2"), { unit: "customary" }); // "5 mA cm⁻²"
 * formatQuantity(parseQuantity("5 mA/cm2"), { ascii: true }); // "5 mA cm-2"
 */
export function formatQuantity(q: Quantity | string, options: FormatQuantityOptions = {}): string {
  const source = typeof q === "string" ? parseQuantity(q) : q;
  let unit = source.unit;
  let value = source.value;
  if (options.unit !== undefined) {
    unit =
      options.unit === "customary"
        ? customaryUnit(source.unit.dimension)
        : resolveUnit(options.unit);
    value = convertValue(source.value, source.unit, unit);
  }
  return render(value, unit, options);
}

function render(value: number, unit: Unit, options: FormatQuantityOptions): string {
  const ascii = options.ascii ?? false;
  const number = formatNumber(value, options.significantDigits ?? 5, ascii);
  const symbol = formatUnit(unit, { ascii });
  return symbol === "" ? number : `${number} ${symbol}`;
}

/**
 * Writes an SI number of dimension `d` for people, in the customary unit of `d` (or
 * `options.unit`): the edge where branded SI values leave lmb.
 *
 * @param siValue - the number in coherent SI units
 * @param d - its dimension
 * @param options - {@link FormatQuantityOptions}
 * @throws LmbError `E_NOT_FINITE`; `E_UNIT_MISMATCH` when `options.unit` is not of dimension `d`
 * @example
 * formatSI(50, [-2, 0, 0, 1, 0, 0, 0]); // "5 mA cm⁻²"
 * formatSI(298.15, [0, 0, 0, 0, 1, 0, 0]); // "25 °C"
 */
export function formatSI(
  siValue: number,
  d: Dimension,
  options: FormatQuantityOptions = {},
): string {
  const unit =
    options.unit === undefined || options.unit === "customary"
      ? customaryUnit(d)
      : resolveUnit(options.unit);
  if (!dimensionsEqual(unit.dimension, d)) {
    throw new LmbError(
      "E_UNIT_MISMATCH",
      `cannot show ${describeDimension(d)} in ${unit.symbol} (${describeDimension(unit.dimension)})`,
      {
        fix: "choose a unit of the same quantity",
      },
    );
  }
  if (!Number.isFinite(siValue)) {
    throw new LmbError("E_NOT_FINITE", `value ${siValue} is not a finite number`, {
      fix: "check the input that produced it",
    });
  }
  return render((siValue - unit.offset) / unit.factor, unit, options);
}
