import { LmbError } from "@lmb/errors";
import { parseNumberAt } from "../text/parseNumber.js";
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

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Decimal comma when a field of the first row reads like `3,42` (and the delimiter is not a comma). */
function detectDecimalComma(text: string, start: number, end: number, delimiter: string): boolean {
  if (delimiter === ",") return false;
  const fields = text.slice(start, end).split(delimiter);
  return fields.some((f) => /^\s*[-+]?\d+,\d+(?:[eE][-+]?\d+)?\s*$/.test(f));
}

/**
 * Parses the tab- (EC-Lab `.mpt`) or semicolon-separated (BT-Lab export) data table that starts
 * at `text[start]` with its header line. Numbers may use a decimal comma (detected from the first
 * row); empty cells are NaN; a column whose first cell is an EC-Lab date-time
 * (`05/05/2021 15:36:45.513`, BT-Lab's `time/s`) is parsed as wall-clock milliseconds. One
 * allocation per column, sized by counting lines first; fields are parsed in place with
 * {@link parseNumberAt} (no substrings).
 *
 * @throws LmbError `E_FORMAT` when the header line is missing or the rows cannot hold the
 * announced columns.
 * @example
 * const table = parseMptTable(text, offset, { delimiter: "\t", headerLine: 74 });
 */
export function parseMptTable(text: string, start: number, options: MptTableOptions): MptTable {
  const { delimiter, source } = options;
  const where = (line: number) => ({
    location: { ...(source === undefined ? {} : { source }), line },
  });
  const headerEnd = lineEnd(text, start);
  const headerText = text.slice(start, trimEnd(text, start, headerEnd));
  if (headerText.trim() === "") {
    throw new LmbError("E_FORMAT", "the column header line is empty or missing", {
      ...where(options.headerLine),
      fix: "check the `Nb header lines` count of the file",
    });
  }
  const headers = headerText.split(delimiter).map((h) => h.trim());
  while (headers.length > 1 && headers[headers.length - 1] === "") headers.pop();
  const width = headers.length;
  const dataStart = Math.min(text.length, headerEnd + 1);
  let capacity = 0;
  for (let at = dataStart; at < text.length; at = lineEnd(text, at) + 1) capacity++;
  // A full row of `width` fields needs width − 1 delimiters: bound the allocation by the text.
  if (capacity * width > 2 * (text.length - dataStart) + 1024) {
    throw new LmbError(
      "E_FORMAT",
      `the header announces ${width} columns but the ${capacity} data lines are far too short to hold them`,
      { ...where(options.headerLine), fix: "check that this is an EC-Lab/BT-Lab text export" },
    );
  }
  const parse = headers.map((h) => h !== "" && (options.wanted?.(h) ?? true));
  const columns = headers.map((_, c) => new Float64Array(parse[c] ? capacity : 0));
  const dateColumns = headers.map(() => false);
  let decimalComma = false;
  let rows = 0;
  let first = true;
  for (let at = dataStart; at < text.length; ) {
    const end = lineEnd(text, at);
    const stop = trimEnd(text, at, end);
    if (stop === at || text.slice(at, stop).trim() === "") {
      at = end + 1;
      continue;
    }
    if (first) {
      decimalComma = detectDecimalComma(text, at, stop, delimiter);
      first = false;
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
      let e = text.indexOf(delimiter, s);
      if (e < 0 || e > stop) e = stop;
      if (parse[c]) {
        (columns[c] as Float64Array)[rows] = dateColumns[c]
          ? parseBiologicDateTime(text, s, e)
          : parseNumberAt(text, s, e, decimalComma);
      }
      c++;
      if (e === stop) break;
      s = e + 1;
    }
    for (; c < width; c++) if (parse[c]) (columns[c] as Float64Array)[rows] = Number.NaN;
    rows++;
    at = end + 1;
  }
  return {
    headers,
    columns:
      rows === capacity ? columns : columns.map((col) => col.slice(0, Math.min(rows, col.length))),
    parsed: parse,
    rows,
    dateColumns,
    decimalComma,
  };
}
