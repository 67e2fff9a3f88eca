import { LmbError } from "@lmb/errors";
import { isBlank } from "../text/delimitedRows.js";
import { parseNumberAt, scanNumberInto } from "../text/parseNumber.js";
import { detached } from "../text/textLines.js";
import { cellsFitText, type TextSource, textSource } from "../text/textSource.js";
import { parseBiologicDateTime } from "./biologicDates.js";

/** The data table of an `.mpt`/BT-Lab text file, column by column. */
export interface MptTable {
  headers: string[];
  columns: Float64Array[];
  rows: number;
  /** Per column: true when it held `MM/DD/YYYY HH:MM:SS.fff` date-times (values: ms, wall clock). */
  dateColumns: boolean[];
  decimalComma: boolean;
  /** Per column: whether it was parsed (see {@link MptTableOptions.wanted}). */
  parsed: boolean[];
}

/** Options of {@link parseMptTable}. */
export interface MptTableOptions {
  /** Field delimiter (tab in `.mpt`, `;` in BT-Lab CSV exports). */
  delimiter: string;
  /** 1-based line number of the header line, for error locations. */
  headerLine: number;
  source?: string;
  /** Which columns to parse (by header); others are skipped and returned empty. @default all */
  wanted?: (header: string) => boolean;
}

/** Decimal comma when a field of the first row reads like `3,42` (and the delimiter is not a comma). */
function detectDecimalComma(text: string, start: number, end: number, delimiter: string): boolean {
  if (delimiter === ",") return false;
  const fields = text.slice(start, end).split(delimiter);
  return fields.some((f) => /^\s*[-+]?\d+,\d+(?:[eE][-+]?\d+)?\s*$/.test(f));
}

/** What {@link parseMptTable} carries from one piece of the text to the next. */
interface MptState {
  readonly delimiter: string;
  readonly width: number;
  readonly parse: boolean[];
  readonly columns: Float64Array[];
  readonly dateColumns: boolean[];
  decimalComma: boolean;
  /** The first non-blank row is still to come (it decides decimal comma and date columns). */
  first: boolean;
  rows: number;
}

/**
 * Parses the tab- (EC-Lab `.mpt`) or semicolon-separated (BT-Lab export) data table that starts
 * at offset `start` of the text with its header line. Numbers may use a decimal comma (detected
 * from the first row); empty cells are NaN; a column whose first cell is an EC-Lab date-time
 * (`05/05/2021 15:36:45.513`, BT-Lab's `time/s`) is parsed as wall-clock milliseconds. One
 * allocation per column, sized by counting lines first; each cell's digits are read once, in
 * place (`scanNumberInto`, exact; anything unusual goes to {@link parseNumberAt}).
 *
 * The text is a string or a file's {@link TextSource}: then the lines are counted on the bytes
 * and the body is decoded and parsed a piece of whole lines at a time, so only one piece's
 * string is alive; the result does not depend on where the pieces are cut.
 *
 * @throws LmbError `E_FORMAT` when the header line is missing or the rows cannot hold the
 * announced columns.
 * @example
 * const table = parseMptTable(text, offset, { delimiter: "\t", headerLine: 74 });
 */
export function parseMptTable(
  text: string | TextSource,
  start: number,
  options: MptTableOptions,
): MptTable {
  const source = typeof text === "string" ? textSource(text) : text;
  const { delimiter, source: file } = options;
  const where = (line: number) => ({
    location: { ...(file === undefined ? {} : { source: file }), line },
  });
  const length = source.length;
  const newline = source.indexOfNewline(start);
  const headerEnd = newline < 0 ? length : newline;
  const headerText = source.slice(start, headerEnd).replace(/\r+$/, "");
  if (headerText.trim() === "") {
    throw new LmbError("E_FORMAT", "the column header line is empty or missing", {
      ...where(options.headerLine),
      fix: "check the `Nb header lines` count of the file",
    });
  }
  const headers = headerText.split(delimiter).map((h) => detached(h.trim()));
  while (headers.length > 1 && headers[headers.length - 1] === "") headers.pop();
  const width = headers.length;
  const dataStart = Math.min(length, headerEnd + 1);
  // every line, the last one too when no "\n" ends it
  const capacity =
    dataStart < length
      ? source.countNewlines(dataStart, length) + (source.textEnd === length ? 1 : 0)
      : 0;
  // A full row of `width` fields needs width − 1 delimiters: bound the allocation by the text.
  if (!cellsFitText(source, dataStart, length, capacity * width)) {
    throw new LmbError(
      "E_FORMAT",
      `the header announces ${width} columns but the ${capacity} data lines are far too short to hold them`,
      { ...where(options.headerLine), fix: "check that this is an EC-Lab/BT-Lab text export" },
    );
  }
  const parse = headers.map((h) => h !== "" && (options.wanted?.(h) ?? true));
  const state: MptState = {
    delimiter,
    width,
    parse,
    columns: headers.map((_, c) => new Float64Array(parse[c] ? capacity : 0)),
    dateColumns: headers.map(() => false),
    decimalComma: false,
    first: true,
    rows: 0,
  };
  for (const chunk of source.chunks(dataStart, length))
    parseRows(state, chunk.text, chunk.start, chunk.end);
  const { rows, columns } = state;
  return {
    headers,
    // a view when the columns are (nearly) full, else a copy (blank lines left room)
    columns: columns.map((col) =>
      rows >= capacity * 0.9 ? col.subarray(0, Math.min(rows, col.length)) : col.slice(0, rows),
    ),
    parsed: parse,
    rows,
    dateColumns: state.dateColumns,
    decimalComma: state.decimalComma,
  };
}

/** Parses the whole lines of `text[from, to)` into the state's columns. */
function parseRows(state: MptState, text: string, from: number, to: number): void {
  const { delimiter, width, parse, columns, dateColumns } = state;
  const delimiterCode = delimiter.charCodeAt(0);
  let { rows, decimalComma } = state;
  let separator = decimalComma ? 44 : 46;
  for (let at = from; at < to; ) {
    let end = text.indexOf("\n", at);
    if (end < 0 || end > to) end = to;
    let stop = end;
    while (stop > at && text.charCodeAt(stop - 1) === 13) stop--;
    if (isBlank(text, at, stop)) {
      at = end + 1;
      continue;
    }
    if (state.first) {
      decimalComma = detectDecimalComma(text, at, stop, delimiter);
      separator = decimalComma ? 44 : 46;
      state.decimalComma = decimalComma;
      state.first = false;
      let c = 0;
      let s = at;
      for (let i = at; i <= stop && c < width; i++) {
        if (i === stop || text[i] === delimiter) {
          if (
            Number.isNaN(parseNumberAt(text, s, i, decimalComma)) &&
            !Number.isNaN(parseBiologicDateTime(text, s, i))
          )
            dateColumns[c] = true;
          c++;
          s = i + 1;
        }
      }
    }
    let c = 0;
    for (let s = at; c < width; ) {
      let e = -1;
      if (parse[c] && !dateColumns[c]) {
        // the digits are read while looking for the delimiter (-1: not a plain number)
        const column = columns[c] as Float64Array;
        e = scanNumberInto(text, s, stop, delimiterCode, separator, column, rows);
        if (e < 0) {
          for (e = s; e < stop && text.charCodeAt(e) !== delimiterCode; ) e++;
          column[rows] = parseNumberAt(text, s, e, decimalComma);
        }
      } else {
        // (cells are short: a loop beats a call to indexOf)
        for (e = s; e < stop && text.charCodeAt(e) !== delimiterCode; ) e++;
        if (parse[c]) (columns[c] as Float64Array)[rows] = parseBiologicDateTime(text, s, e);
      }
      c++;
      if (e >= stop) break;
      s = e + 1;
    }
    for (; c < width; c++) if (parse[c]) (columns[c] as Float64Array)[rows] = Number.NaN;
    rows++;
    at = end + 1;
  }
  state.rows = rows;
}
