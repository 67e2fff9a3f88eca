import { LmbError } from "@lmb/errors";
import { parseNumberAt, scanNumberInto } from "./parseNumber.js";
import { splitFields } from "./sniffDelimiter.js";

/** The data rows of a delimited table, column by column (see {@link parseDelimitedRows}). */
export interface DelimitedRows {
  /** Number of data rows (non-blank lines). */
  rowCount: number;
  /** Each column as numbers; NaN where a cell was empty or not a number. */
  numbers: Float64Array[];
  /** Each column's raw text, kept only for columns that held any non-numeric text. */
  texts: (string[] | undefined)[];
}

/** Where and how to parse the rows (see {@link parseDelimitedRows}). */
export interface DelimitedRowsOptions {
  /** Offset of the first data line. */
  from: number;
  /** 0-based index of the line starting at `from`, for error locations. */
  fromLine: number;
  /** Number of columns (rows with fewer cells get NaN; wider rows are an error). */
  width: number;
  delimiter: string;
  decimalComma: boolean;
  /** File name for error locations. */
  source?: string;
}

/** True when `text[start, end)` is empty or only whitespace (what `trim()` removes). */
function isBlank(text: string, start: number, end: number): boolean {
  if (start === end) return true;
  const c = text.charCodeAt(start);
  // the common case: a line starting with a digit, sign or letter
  if (c > 32 && c !== 160 && c < 0x1680) return false;
  return text.slice(start, end).trim() === "";
}

/**
 * Rows to allocate: the number of lines from `from` (an upper bound on the rows, exact unless
 * there are blank lines), so the columns never grow — unless the table is so wide for its text
 * (mostly blank lines, or rows far shorter than the header) that width × lines cells would be
 * out of proportion to the text; then a small start and geometric growth.
 */
function initialCapacity(text: string, from: number, end: number, width: number): number {
  let lines = 1;
  for (let nl = text.indexOf("\n", from); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1))
    lines++;
  return lines * width <= 2 * (end - from) + 1024 ? lines : Math.min(lines, 1024);
}

/**
 * Parses the data rows of a delimited table in one pass over the text by index: no per-line
 * strings; each cell's digits are read once, while looking for the delimiter
 * (`scanNumberInto`, exact; anything unusual goes to `parseNumberAt`), and written straight into
 * `Float64Array` columns sized by counting the lines first. Blank lines are skipped; lines
 * holding a double quote go through `splitFields` (quoted delimiters); a column that holds any
 * text that is not a number (or empty, or `NaN`) also keeps every cell's trimmed text.
 *
 * @throws LmbError `E_FORMAT` with the line when a row has more (non-empty) fields than `width`.
 * @example
 * parseDelimitedRows("1,2\n3,4\n", { from: 0, fromLine: 0, width: 2, delimiter: ",", decimalComma: false }).numbers[1];
 * // Float64Array [2, 4]
 */
export function parseDelimitedRows(text: string, options: DelimitedRowsOptions): DelimitedRows {
  const { width, delimiter, decimalComma } = options;
  const end =
    text.length > 0 && text.charCodeAt(text.length - 1) === 10 ? text.length - 1 : text.length;
  let capacity = options.from <= end ? initialCapacity(text, options.from, end, width) : 0;
  let numbers = Array.from({ length: width }, () => new Float64Array(capacity));
  const texts: (string[] | undefined)[] = new Array(width).fill(undefined);
  const delimiterCode = delimiter.charCodeAt(0);
  const separator = decimalComma ? 44 : 46;
  // the one-pass scan reads digits, exponents and trailing spaces before it looks for the
  // delimiter, so such a delimiter goes through the find-the-field-then-parse path
  const scan = !/^[\d eE\r+-]/.test(delimiter);
  let trailing: RegExp | undefined;
  let nextQuote = text.indexOf('"', options.from);
  if (nextQuote < 0) nextQuote = Number.POSITIVE_INFINITY;
  let row = 0;
  let lineIndex = options.fromLine;
  for (let at = options.from; at <= end && text.length > 0; lineIndex++) {
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const lineStart = at;
    at = lineEnd + 1;
    if (isBlank(text, lineStart, lineEnd)) continue;
    if (row === capacity) {
      capacity = Math.max(16, capacity + (capacity >> 1));
      numbers = numbers.map((column) => {
        const grown = new Float64Array(capacity);
        grown.set(column);
        return grown;
      });
    }
    if (nextQuote < lineEnd) {
      nextQuote = text.indexOf('"', lineEnd);
      if (nextQuote < 0) nextQuote = Number.POSITIVE_INFINITY;
      const fields = splitFields(text.slice(lineStart, lineEnd), delimiter);
      if (fields.length > width) throw tooWide(lineIndex + 1, fields.length, width, options);
      for (let c = 0; c < width; c++) {
        const field = fields[c] ?? "";
        storeCell(field, 0, field.length, c, row, numbers, texts, decimalComma);
      }
      row++;
      continue;
    }
    let start = lineStart;
    let c = 0;
    for (;;) {
      if (c >= width) {
        // Trailing empty fields ("1,2,") are common and harmless; real extra data is not.
        let k = start;
        while (k < lineEnd && text.charCodeAt(k) === delimiterCode) k++;
        while (k < lineEnd && text.charCodeAt(k) === 13) k++;
        if (k < lineEnd) {
          trailing ??= new RegExp(`\\${delimiter}`, "g");
          if (text.slice(start, lineEnd).trim().replace(trailing, "") !== "")
            throw tooWide(lineIndex + 1, c + 1, width, options);
        }
        break;
      }
      const column = numbers[c] as Float64Array;
      let stop = scan
        ? scanNumberInto(text, start, lineEnd, delimiterCode, separator, column, row)
        : -1;
      if (stop < 0) {
        stop = start;
        while (stop < lineEnd && text.charCodeAt(stop) !== delimiterCode) stop++;
        column[row] = parseNumberAt(text, start, stop, decimalComma);
      }
      const value = column[row] as number;
      if (Number.isNaN(value) || texts[c] !== undefined)
        storeCell(text, start, stop, c, row, numbers, texts, decimalComma, value);
      c++;
      if (stop >= lineEnd) break;
      start = stop + 1;
    }
    for (; c < width; c++) {
      (numbers[c] as Float64Array)[row] = Number.NaN;
      const t = texts[c];
      if (t) t[row] = "";
    }
    row++;
  }
  return {
    rowCount: row,
    // a view when the columns are (nearly) full, else a copy (blank lines or growth left room)
    numbers: numbers.map((column) =>
      row >= capacity * 0.9 ? column.subarray(0, row) : column.slice(0, row),
    ),
    texts: texts.map((t) => (t === undefined ? undefined : t.slice(0, row))),
  };
}

/**
 * Stores one cell: its number, and its trimmed text when the column holds text (a column
 * starts holding text at its first non-numeric, non-empty, non-`NaN` cell; earlier rows get
 * their numbers' text form).
 */
function storeCell(
  line: string,
  start: number,
  end: number,
  column: number,
  row: number,
  numbers: Float64Array[],
  texts: (string[] | undefined)[],
  decimalComma: boolean,
  parsed?: number,
): void {
  const value = parsed ?? parseNumberAt(line, start, end, decimalComma);
  (numbers[column] as Float64Array)[row] = value;
  let columnTexts = texts[column];
  if (Number.isNaN(value) && columnTexts === undefined) {
    const cell = line.slice(start, end).trim();
    if (cell === "" || /^nan$/i.test(cell)) return;
    columnTexts = new Array<string>(row);
    columnTexts.fill("");
    // Earlier rows of this column were numbers: keep their text form too.
    for (let r = 0; r < row; r++) {
      const v = (numbers[column] as Float64Array)[r] as number;
      columnTexts[r] = Number.isNaN(v) ? "" : String(v);
    }
    texts[column] = columnTexts;
  }
  if (columnTexts !== undefined)
    columnTexts[row] = line.slice(start, end).trim().replace(/^"|"$/g, "");
}

function tooWide(
  line: number,
  fields: number,
  width: number,
  options: DelimitedRowsOptions,
): LmbError {
  return new LmbError("E_FORMAT", `row has ${fields} fields but the header has ${width}`, {
    location: { ...(options.source === undefined ? {} : { source: options.source }), line },
    fix: "check for a delimiter inside an unquoted value, or give the delimiter explicitly",
  });
}
