import { LmbError } from "@lmb/errors";
import { renderExponent } from "./composeUnit.js";

/**
 * Writes a number with `significantDigits` significant figures and no trailing zeros:
 * plain decimals from 0.001 to below 10⁶, otherwise scientific notation ("1.5 × 10⁻⁵" or,
 * in ASCII, "1.5e-5"). Both forms parse back with parseQuantity.
 */
export function formatNumber(value: number, significantDigits: number, ascii: boolean): string {
  if (!Number.isFinite(value)) {
    throw new LmbError("E_NOT_FINITE", `value ${value} is not a finite number`, {
      fix: "check the input that produced it",
    });
  }
  if (!Number.isInteger(significantDigits) || significantDigits < 1 || significantDigits > 17) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `significantDigits must be an integer from 1 to 17, got ${significantDigits}`,
      {
        fix: "use e.g. 4",
      },
    );
  }
  if (value === 0) return "0";
  const [mantissa, exponentText] = value.toExponential(significantDigits - 1).split("e") as [
    string,
    string,
  ];
  const exponent = Number(exponentText);
  if (exponent >= -3 && exponent < 6) return String(Number(value.toPrecision(significantDigits)));
  // Strip zeros as text: Number(mantissa) would re-round a 17-digit mantissa.
  const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return ascii ? `${m}e${exponent}` : `${m} × 10${renderExponent(exponent, false) || "¹"}`;
}
