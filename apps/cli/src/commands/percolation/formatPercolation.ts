import type { PercolationValue, PercolationWarning } from "@lmb/schemas";
import { formatCount } from "../../output/formatCount.js";

/** A value for a table: "0.5909 ± 0.0022  [0.5866, 0.5952]", or the value alone. */
export function v(value: PercolationValue, digits = 4): string {
  const se = value.standardError === undefined ? "" : ` ± ${formatCount(value.standardError, 2)}`;
  const interval =
    value.interval === undefined
      ? ""
      : `  [${formatCount(value.interval.lower, digits)}, ${formatCount(value.interval.upper, digits)}]`;
  return `${formatCount(value.value, digits)}${se}${interval}`;
}

/** Warnings as "warning W_CODE: message" lines, or "". */
export function warningLines(warnings: readonly PercolationWarning[]): string {
  return warnings.map((w) => `warning ${w.code}: ${w.message}\n`).join("");
}

/** Indices of about `rows` evenly spaced entries of a list of `length`, the last included. */
export function thinIndices(length: number, rows = 11): number[] {
  const step = Math.max(1, Math.floor(length / rows));
  return Array.from({ length }, (_, i) => i).filter((i) => i % step === 0 || i === length - 1);
}

/** A value ± SE for a table, e.g. "0.48 ± 0.03". */
export function withError(value: number, standardError?: number): string {
  return `${formatCount(value, 3)}${standardError === undefined ? "" : ` ± ${formatCount(standardError, 1)}`}`;
}

/** A curve as a compact two-column table body, thinned to about `rows` rows. */
export function curveRows(
  points: readonly { p: number; value: number; standardError?: number }[],
  rows = 11,
): string[][] {
  return thinIndices(points.length, rows)
    .map((i) => points[i] as { p: number; value: number; standardError?: number })
    .map((q) => [formatCount(q.p, 4), withError(q.value, q.standardError)]);
}
