/**
 * Formats a plain number (a count, a ratio, a C-rate) with at most `significantDigits`
 * (default 5, as `formatQuantity` of `@lmb/units`) significant digits and no exponent for everyday magnitudes: 750 → "750",
 * 812.4999 → "812.5", 0.10000000000000002 → "0.1".
 *
 * @example
 * formatCount(2 / 3); // "0.66667"
 */
export function formatCount(x: number, significantDigits = 5): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  return String(Number(x.toPrecision(significantDigits)));
}
