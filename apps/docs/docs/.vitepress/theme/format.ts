import { isLmbError } from "@lmb/errors";

/** An LmbError split for display: code, problem and the fix. */
export interface ShownError {
  ok: false;
  code: string;
  problem: string;
  fix: string;
}

/** Any thrown value as a {@link ShownError} (an LmbError keeps its code and fix). */
export function shownError(error: unknown): ShownError {
  if (isLmbError(error)) {
    return { ok: false, code: error.code, problem: error.problem, fix: error.fix ?? "" };
  }
  return { ok: false, code: "", problem: String(error), fix: "" };
}

/** Six significant digits without trailing zeros: plain text a test can `parseFloat`. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * A value rounded to the precision its standard error supports: two significant digits of the
 * error (at least four of the value when the error is unknown or zero), as text.
 *
 * @example formatMeasured(49.97312, 0.0841); // "49.973"
 */
export function formatMeasured(value: number, standardError?: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (standardError === undefined || !(standardError > 0) || !Number.isFinite(standardError)) {
    return formatSignificant(value, 4);
  }
  const decimals = 1 - Math.floor(Math.log10(standardError));
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
    // Scientific notation: keep the digits down to the error's second digit.
    const exponent = Math.floor(Math.log10(magnitude));
    const digits = Math.min(12, Math.max(1, exponent + decimals + 1));
    return value.toExponential(digits - 1);
  }
  return value.toFixed(Math.min(12, Math.max(0, decimals)));
}

/**
 * Two significant digits of an error (or `digits` of a value), keeping trailing zeros, in plain or
 * scientific notation.
 *
 * @example formatSignificant(0.10075); // "0.10"
 */
export function formatSignificant(value: number, digits = 2): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(digits - 1);
  const decimals = digits - 1 - Math.floor(Math.log10(magnitude));
  return decimals >= 0 ? value.toFixed(decimals) : String(Number(value.toPrecision(digits)));
}
