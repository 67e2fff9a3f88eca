const SUPERSCRIPT: Readonly<Record<string, string>> = {
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

/**
 * A number as the report shows it: at most `significantDigits` significant digits (default 4),
 * trailing zeros dropped, and scientific notation `1.25 × 10⁻⁶` outside 10⁻³ ≤ |x| < 10⁶.
 * Integers below 10⁶ are written in full (cycle counts). The page and its browser test use this
 * one function, so what the page shows can be compared with `results.json`.
 *
 * @param x - a finite number
 * @param significantDigits - digits kept. @default 4
 * @example
 * formatReportNumber(110.5623); // "110.6"
 * formatReportNumber(9.999e-7); // "9.999 × 10⁻⁷"
 * formatReportNumber(61); // "61"
 */
export function formatReportNumber(x: number, significantDigits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  const m = Math.abs(x);
  if (Number.isInteger(x) && m < 1e6) return String(x);
  if (m !== 0 && (m < 1e-3 || m >= 1e6)) {
    const [mantissa, exponent] = x.toExponential(significantDigits - 1).split("e") as [
      string,
      string,
    ];
    const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    const power = exponent.replace("+", "").replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] as string);
    return `${trimmed} × 10${power}`;
  }
  return String(Number(x.toPrecision(significantDigits)));
}
