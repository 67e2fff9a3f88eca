import { LmbError } from "@lmb/errors";
import { parseNumberAt, scanNumberInto } from "./parseNumber.js";
import { splitFields } from "./sniffDelimiter.js";
import { detached } from "./textLines.js";
import { cellsFitText, type TextSource, textSource } from "./textSource.js";

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
  /** Offset of the first data line (in the source's units: bytes of a byte source). */
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
export function isBlank(text: string, start: number, end: number): boolean {
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
function initialCapacity(source: TextSource, from: number, end: number, width: number): number {
  const lines = 1 + source.countNewlines(from, end);
  return cellsFitText(source, from, end, lines * width) ? lines : Math.min(lines, 1024);
}

/** What {@link parseDelimitedRows} carries from one piece of the text to the next. */
interface RowsState {
  readonly options: DelimitedRowsOptions;
  numbers: Float64Array[];
  readonly texts: (string[] | undefined)[];
  capacity: number;
  /** Rows stored so far. */
  row: number;
  /** 0-based line index of the next line. */
  line: number;
  trailing: RegExp | undefined;
}

/**
 * Parses the data rows of a delimited table in one pass over the text by index: no per-line
 * strings; each cell's digits are read once, while looking for the delimiter
 * (`scanNumberInto`, exact; anything unusual goes to `parseNumberAt`), and written straight into
 * `Float64Array` columns sized by counting the lines first. Blank lines are skipped; lines
 * holding a double quote go through `splitFields` (quoted delimiters); a column that holds any
 * text that is not a number (or empty, or `NaN`) also keeps every cell's trimmed text.
 *
 * The text is a string or a {@link TextSource} (a file's bytes, decoded a piece of whole lines
 * at a time, so only one piece's string is alive): lines are counted on the bytes, then each
 * piece is parsed into the columns and dropped. `from`, the line numbers in errors and the
 * result do not depend on where the pieces are cut.
 *
 * @throws LmbError `E_FORMAT` with the line when a row has more (non-empty) fields than `width`.
 * @example
 * parseDelimitedRows("1,2\n3,4\n", { from: 0, fromLine: 0, width: 2, delimiter: ",", decimalComma: false }).numbers[1];
 * // Float64Array [2, 4]
 */
export function parseDelimitedRows(
  text: string | TextSource,
  options: DelimitedRowsOptions,
): DelimitedRows {
  const source = typeof text === "string" ? textSource(text) : text;
  const end = source.textEnd;
  const capacity =
    options.from <= end && source.length > 0
      ? initialCapacity(source, options.from, end, options.width)
      : 0;
  const state: RowsState = {
    options,
    numbers: Array.from({ length: options.width }, () => new Float64Array(capacity)),
    texts: new Array(options.width).fill(undefined),
    capacity,
    row: 0,
    line: options.fromLine,
    trailing: undefined,
  };
  for (const chunk of source.chunks(options.from, source.length))
    parseChunk(state, chunk.text, chunk.start, chunk.end);
  const { row, numbers, texts } = state;
  return {
    rowCount: row,
    // a view when the columns are (nearly) full, else a copy (blank lines or growth left room)
    numbers: numbers.map((column) =>
      row >= state.capacity * 0.9 ? column.subarray(0, row) : column.slice(0, row),
    ),
    texts: texts.map((t) => (t === undefined ? undefined : t.slice(0, row))),
  };
}

/** Parses the whole lines of `text[from, to)` into the state's columns. */
function parseChunk(state: RowsState, text: string, from: number, to: number): void {
  const { options, texts } = state;
  const { width, delimiter, decimalComma } = options;
  // a final "\n" ends the last line, it does not start another
  const end = to > from && text.charCodeAt(to - 1) === 10 ? to - 1 : to;
  let { numbers, capacity, row, line: lineIndex } = state;
  const delimiterCode = delimiter.charCodeAt(0);
  const separator = decimalComma ? 44 : 46;
  // the one-pass scan reads digits, exponents and trailing spaces before it looks for the
  // delimiter, so such a delimiter goes through the find-the-field-then-parse path
  const scan = !/^[\d eE\r+-]/.test(delimiter);
  let nextQuote = text.indexOf('"', from);
  if (nextQuote < 0) nextQuote = Number.POSITIVE_INFINITY;
  for (let at = from; at <= end && to > from; lineIndex++) {
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
          state.trailing ??= new RegExp(`\\${delimiter}`, "g");
          if (text.slice(start, lineEnd).trim().replace(state.trailing, "") !== "")
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
  state.numbers = numbers;
  state.capacity = capacity;
  state.row = row;
  state.line = lineIndex;
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
  // detached: a slice would keep the piece of the file it was cut from alive
  if (columnTexts !== undefined)
    columnTexts[row] = detached(line.slice(start, end).trim().replace(/^"|"$/g, ""));
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
