// Exact powers of ten a double holds (10^0 … 10^22): Clinger's fast path multiplies or divides
// an exact integer mantissa by one of them, which IEEE 754 rounds correctly.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** 2^53: integers below it are exact doubles. */
const EXACT = 2 ** 53;

/** Scratch cell for {@link parseNumberAt}, which reuses {@link scanNumberInto}. */
const scratch = new Float64Array(1);

/**
 * Parses the decimal number in `text[start, end)` without allocating a substring: optional
 * sign, digits, one decimal separator (`.` or, with `decimalComma`, `,`), optional exponent.
 * Surrounding spaces are ignored. Uses Clinger's exact fast path (an integer mantissa below
 * 2^53, |scale| ≤ 22; see {@link scanNumberInto}) and falls back to `Number()` otherwise, so the
 * result is always the correctly rounded double. Returns NaN when the text is not a number (and
 * for an empty field).
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
  // -1: no delimiter, the cell is the whole range
  if (scanNumberInto(text, start, end, -1, decimalComma ? 44 : 46, scratch, 0) === end)
    return scratch[0] as number;
  return slowParse(text, start, end, decimalComma);
}

/**
 * Scans one delimited cell starting at `start` (its line ends at `end`) and, when it is empty or
 * a plain decimal number — sign, digits with at most one `separator` (46 `.` or 44 `,`), an
 * optional exponent of up to four digits, then optional spaces or `\r` — writes its value (NaN
 * when empty) to `out[index]` and returns where the cell ends: the offset of the next
 * `delimiter` char code, or `end`. The digits are read once, while looking for the delimiter.
 * The value is exact (Clinger's fast path: an integer mantissa below 2^53 times or divided by an
 * exact power of ten ≤ 10^22, one correctly rounded IEEE operation), so it equals `Number()` of
 * the cell. Anything else — leading spaces, text, a tab, a second separator, 17+ significant
 * digits, a large exponent — returns -1 without writing; the caller then finds the cell's end
 * and calls {@link parseNumberAt}. The delimiter must not be a digit, `e`/`E`, a space or `\r`.
 *
 * @example
 * const out = new Float64Array(1);
 * scanNumberInto("3.25,x", 0, 6, 44, 46, out, 0); // 4, out[0] === 3.25
 */
export function scanNumberInto(
  text: string,
  start: number,
  end: number,
  delimiter: number,
  separator: number,
  out: Float64Array,
  index: number,
): number {
  let i = start;
  let c = i < end ? text.charCodeAt(i) : delimiter;
  if (c === delimiter) {
    out[index] = Number.NaN;
    return i;
  }
  const negative = c === 45;
  if (negative || c === 43) i++;
  const digitsStart = i;
  let point = -1;
  let mantissa = 0;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) mantissa = mantissa * 10 + d;
    else if (c === separator && point < 0 && c !== delimiter) point = i;
    else break;
  }
  // no digit at all ("", "-", ".") or a mantissa that may have been rounded
  if (i - digitsStart - (point < 0 ? 0 : 1) <= 0 || !(mantissa < EXACT)) return -1;
  const scale = point < 0 ? 0 : point + 1 - i;
  if (i < end && c !== delimiter) {
    if (c === 101 || c === 69)
      return scanExponent(text, i + 1, end, delimiter, mantissa, scale, negative, out, index);
    while (c === 32 || c === 13) {
      if (++i === end) break;
      c = text.charCodeAt(i);
    }
    if (i < end && c !== delimiter) return -1;
  }
  if (scale < -22) return -1;
  const value = scale === 0 ? mantissa : mantissa / (POW10[-scale] as number);
  out[index] = negative ? -value : value;
  return i;
}

/** The exponent part of {@link scanNumberInto}, from just after the `e`. */
function scanExponent(
  text: string,
  start: number,
  end: number,
  delimiter: number,
  mantissa: number,
  scale: number,
  negative: boolean,
  out: Float64Array,
  index: number,
): number {
  let i = start;
  let c = i < end ? text.charCodeAt(i) : 0;
  const expNegative = c === 45;
  if (expNegative || c === 43) i++;
  const digitsStart = i;
  let exponent = 0;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    const d = c - 48;
    if (d < 0 || d > 9) break;
    exponent = exponent * 10 + d;
  }
  const digits = i - digitsStart;
  if (digits === 0 || digits > 4) return -1;
  while (i < end && c !== delimiter) {
    if (c !== 32 && c !== 13) return -1;
    if (++i < end) c = text.charCodeAt(i);
  }
  const total = scale + (expNegative ? -exponent : exponent);
  let value: number;
  if (total === 0) value = mantissa;
  else if (total > 0 && total <= 22) value = mantissa * (POW10[total] as number);
  else if (total < 0 && total >= -22) value = mantissa / (POW10[-total] as number);
  else return -1;
  out[index] = negative ? -value : value;
  return i;
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
