// Exact powers of ten a double holds (10^0 … 10^22): Clinger's fast path multiplies or divides
// an exact integer mantissa by one of them, which IEEE 754 rounds correctly.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Parses the decimal number in `text[start, end)` without allocating a substring: optional
 * sign, digits, one decimal separator (`.` or, with `decimalComma`, `,`), optional exponent.
 * Surrounding spaces are ignored. Uses Clinger's exact fast path (≤ 15 significant digits,
 * |exponent| ≤ 22) and falls back to `Number()` otherwise, so the result is always the
 * correctly rounded double. Returns NaN when the text is not a number (and for an empty field).
 *
 * @example
 * parseNumberAt("t;3,25e-3;x", 2, 9, true); // 0.00325
 */
export function parseNumberAt(
  text: string,
  start: number,
  end: number,
  decimalComma = false,
): number {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 13)) end--;
  if (start === end) return Number.NaN;
  const separator = decimalComma ? 44 : 46;
  let i = start;
  let negative = false;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let sawDigit = false;
  let sawSeparator = false;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      sawDigit = true;
      if (digits === 0 && c === 48) {
        if (sawSeparator) scale--;
        continue;
      }
      if (digits >= 15) return slowParse(text, start, end, decimalComma);
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (sawSeparator) scale--;
    } else if (c === separator && !sawSeparator) {
      sawSeparator = true;
    } else break;
  }
  if (!sawDigit) return slowParse(text, start, end, decimalComma);
  if (i < end) {
    if (c !== 101 && c !== 69) return slowParse(text, start, end, decimalComma);
    i++;
    let expNegative = false;
    c = text.charCodeAt(i);
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      i++;
    }
    let exponent = 0;
    let expDigits = 0;
    for (; i < end; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return Number.NaN;
      exponent = exponent * 10 + (c - 48);
      if (++expDigits > 4) return slowParse(text, start, end, decimalComma);
    }
    if (expDigits === 0) return Number.NaN;
    scale += expNegative ? -exponent : exponent;
  }
  let value: number;
  if (scale === 0) value = mantissa;
  else if (scale > 0 && scale <= 22) value = mantissa * (POW10[scale] as number);
  else if (scale < 0 && scale >= -22) value = mantissa / (POW10[-scale] as number);
  else return slowParse(text, start, end, decimalComma);
  return negative ? -value : value;
}

function slowParse(text: string, start: number, end: number, decimalComma: boolean): number {
  let s = text.slice(start, end).trim();
  if (decimalComma) s = s.replace(",", ".");
  if (s === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    const lower = s.toLowerCase();
    if (lower === "nan") return Number.NaN;
    if (lower === "inf" || lower === "+inf" || lower === "infinity")
      return Number.POSITIVE_INFINITY;
    if (lower === "-inf" || lower === "-infinity") return Number.NEGATIVE_INFINITY;
    return Number.NaN;
  }
  return Number(s);
}

/**
 * Parses a whole string as a number (see {@link parseNumberAt}).
 *
 * @example
 * parseNumber("1,5", true); // 1.5
 */
export function parseNumber(text: string, decimalComma = false): number {
  return parseNumberAt(text, 0, text.length, decimalComma);
}
