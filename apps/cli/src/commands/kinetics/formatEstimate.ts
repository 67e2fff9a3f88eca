import type { KineticsEstimate } from "@lmb/schemas";
import { formatCount } from "../../output/formatCount.js";

/** A number to `digits` significant digits, in exponent form when tiny or huge (1.00e-5). */
function formatNumber(x: number, digits: number): string {
  const magnitude = Math.abs(x);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
    return x.toExponential(Math.max(0, digits - 1)).replace("e+", "e");
  }
  return formatCount(x, digits);
}

/**
 * An estimate for a table: "0.98 ± 0.021 mA cm⁻²  [0.95, 1.02]" (value, standard error and
 * interval, each to `digits` significant digits); without an uncertainty just the value. With
 * `showUnit` false the unit is left to a column header.
 *
 * @example
 * formatEstimate({ value: 0.98, unit: "mA cm⁻²", standardError: 0.021, interval: { lower: 0.95, upper: 1.02 }, … });
 */
export function formatEstimate(e: KineticsEstimate, digits = 4, showUnit = true): string {
  const unit = e.unit === "" || !showUnit ? "" : ` ${e.unit}`;
  const value = formatNumber(e.value, digits);
  const se = e.standardError === undefined ? "" : ` ± ${formatNumber(e.standardError, 2)}`;
  const interval =
    e.interval === undefined
      ? ""
      : `  [${formatNumber(e.interval.lower, digits)}, ${formatNumber(e.interval.upper, digits)}]`;
  return `${value}${se}${unit}${interval}`;
}
