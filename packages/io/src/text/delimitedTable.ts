import { LmbError } from "@lmb/errors";
import { parseDelimitedRows } from "./delimitedRows.js";
import { parseNumberAt } from "./parseNumber.js";
import { sniffDelimiter, splitFields } from "./sniffDelimiter.js";
import { detached, firstLines, lastLines, lineStart } from "./textLines.js";
import { type TextSource, textSource } from "./textSource.js";

/** A text table decoded column by column. */
export interface DelimitedTable {
  /** Field delimiter used. */
  delimiter: string;
  /** True when numbers were written with a decimal comma. */
  decimalComma: boolean;
  /** 1-based line of the header row (0 when the table has no header). */
  headerLine: number;
  /** Column headers, trimmed (`column1`, … when there is no header). */
  headers: string[];
  /** Lines before the header (instrument metadata blocks), untrimmed. */
  preamble: string[];
  /** Number of data rows. */
  rowCount: number;
  /** 1-based line number of each data row's first row (`firstDataLine`); rows are consecutive non-empty lines. */
  firstDataLine: number;
  /** Each column as numbers; NaN where a cell was empty or not a number. */
  numbers: Float64Array[];
  /**
   * Each column's raw text, kept only for columns that held any non-numeric text (step types,
   * dates, `hh:mm:ss` times); `undefined` for purely numeric columns.
   */
  texts: (string[] | undefined)[];
}

/** Options of {@link parseDelimitedTable}. */
export interface DelimitedTableOptions {
  /** Field delimiter; sniffed from the last lines when absent. */
  delimiter?: string;
  /** Decimal comma; detected from the data when absent. */
  decimalComma?: boolean;
  /** 1-based header line; detected when absent (0 = no header). */
  headerLine?: number;
  /** File name for error locations. */
  source?: string;
}

/** Lines the header search looks at. */
const HEADER_SEARCH_LINES = 2000;

function isNumericField(text: string, decimalComma: boolean): boolean {
  return !Number.isNaN(parseNumberAt(text, 0, text.length, decimalComma));
}

function numericShare(fields: readonly string[], decimalComma: boolean): number {
  let numeric = 0;
  let filled = 0;
  for (const f of fields) {
    if (f.trim() === "") continue;
    filled++;
    if (isNumericField(f, decimalComma)) numeric++;
  }
  return filled === 0 ? 0 : numeric / filled;
}

/** Finds the header: the line just above the first run of mostly numeric rows of the table's width. */
function detectHeader(lines: readonly string[], delimiter: string, decimalComma: boolean): number {
  const limit = Math.min(lines.length, HEADER_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const fields = splitFields(lines[i] as string, delimiter);
    if (fields.length < 2 || numericShare(fields, decimalComma) < 0.5) continue;
    // Require the next line (if any) to look like data as well, so a stray numeric line in a
    // metadata block does not end the header search.
    const next = lines[i + 1];
    if (
      next !== undefined &&
      next.trim() !== "" &&
      numericShare(splitFields(next, delimiter), decimalComma) < 0.5
    )
      continue;
    for (let h = i - 1; h >= 0; h--) {
      const line = lines[h] as string;
      if (line.trim() === "") continue;
      const headerFields = splitFields(line, delimiter);
      return headerFields.length >= 2 && numericShare(headerFields, decimalComma) < 0.5 ? h + 1 : 0;
    }
    return 0;
  }
  return -1;
}

function detectDecimalComma(lines: readonly string[], delimiter: string): boolean {
  if (delimiter === ",") return false;
  let comma = 0;
  let point = 0;
  for (const line of lines) {
    for (const field of splitFields(line, delimiter)) {
      const f = field.trim();
      if (/^[+-]?\d+,\d+([eE][+-]?\d+)?$/.test(f)) comma++;
      else if (/^[+-]?\d*\.\d+([eE][+-]?\d+)?$/.test(f)) point++;
    }
  }
  return comma > point;
}

/**
 * Decodes a delimited text table (CSV, TSV, semicolon exports) into numeric columns in one pass:
 * sniffs the delimiter and decimal comma, finds the header row below any instrument metadata
 * block, and parses the rows by scanning the text by index — no per-line strings, each cell
 * decoded in place into `Float64Array` columns sized by a line count (see
 * `parseDelimitedRows`). Columns holding text (dates, step names) also keep their raw strings.
 * Blank lines end nothing; they are skipped. Quoted fields are honoured.
 *
 * @param text - The decoded file (see `decodeText`), or a file's {@link TextSource} (see
 * `textSource`): then only the first 2001 and last 50 lines are decoded as a whole, and the rows
 * a piece at a time, so the file's whole text never exists as one string.
 * @throws LmbError `E_FORMAT` with the line when no table can be found or a row is wider than
 * the header.
 * @example
 * const t = parseDelimitedTable("Time (s),Voltage (V)\n0,3.1\n1,3.2\n");
 * t.headers; // ["Time (s)", "Voltage (V)"]; t.numbers[1] → Float64Array [3.1, 3.2]
 */
export function parseDelimitedTable(
  text: string | TextSource,
  options: DelimitedTableOptions = {},
): DelimitedTable {
  const source = typeof text === "string" ? textSource(text) : text;
  const location = (line: number) => ({
    location: { ...(options.source === undefined ? {} : { source: options.source }), line },
  });
  const sample = lastLines(source, 50);
  const delimiter = options.delimiter ?? sniffDelimiter(sample);
  if (delimiter === undefined) {
    throw new LmbError(
      "E_FORMAT",
      "no delimited table found (no line splits into two or more fields)",
      {
        ...location(1),
        fix: "export the data as CSV or tab-separated text with one header row",
      },
    );
  }
  const decimalComma = options.decimalComma ?? detectDecimalComma(sample, delimiter);
  // the header search looks at 2000 lines and the one after them
  const head = firstLines(source, HEADER_SEARCH_LINES + 1);
  const headerLine = options.headerLine ?? detectHeader(head, delimiter, decimalComma);
  if (headerLine < 0) {
    throw new LmbError("E_FORMAT", "no rows of numbers found in the first 2000 lines", {
      ...location(1),
      fix: "check the file is a data export, or give the header line",
    });
  }
  const headerText = headerLine > 0 ? lineAt(source, head, headerLine - 1) : undefined;
  const headerFields = headerText === undefined ? [] : splitFields(headerText, delimiter);
  // the first non-blank line after the header
  let firstData = headerLine;
  let from = lineStart(source, headerLine);
  const end = source.textEnd;
  let firstDataText: string | undefined;
  while (from >= 0 && from <= end && source.length > 0) {
    let nl = source.indexOfNewline(from);
    if (nl < 0 || nl > end) nl = end;
    const line = source.slice(from, nl);
    if (line.trim() !== "") {
      firstDataText = line;
      break;
    }
    firstData++;
    from = nl + 1;
  }
  const width = Math.max(
    headerFields.length,
    firstDataText === undefined ? 0 : splitFields(firstDataText, delimiter).length,
  );
  // detached: a header ends up in the dataset's metadata, and must not keep the text alive
  const headers = Array.from({ length: width }, (_, i) =>
    detached((headerFields[i] ?? `column${i + 1}`).trim().replace(/^"|"$/g, "")),
  );
  const rows =
    firstDataText === undefined
      ? {
          rowCount: 0,
          numbers: headers.map(() => new Float64Array(0)),
          texts: headers.map(() => undefined),
        }
      : parseDelimitedRows(source, {
          from,
          fromLine: firstData,
          width,
          delimiter,
          decimalComma,
          ...(options.source === undefined ? {} : { source: options.source }),
        });
  return {
    delimiter,
    decimalComma,
    headerLine,
    headers,
    preamble: preambleOf(source, head, headerLine).map(detached),
    rowCount: rows.rowCount,
    firstDataLine: firstData + 1,
    numbers: rows.numbers,
    texts: rows.texts,
  };
}

/** The text of 0-based line `index`, or undefined when there is no such line. */
function lineAt(source: TextSource, head: readonly string[], index: number): string | undefined {
  if (index < head.length) return head[index];
  const start = lineStart(source, index);
  if (start < 0) return undefined;
  const nl = source.indexOfNewline(start);
  return source.slice(start, nl < 0 || nl > source.textEnd ? source.textEnd : nl);
}

/** The lines before the header (1-based `headerLine`), untrimmed. */
function preambleOf(source: TextSource, head: readonly string[], headerLine: number): string[] {
  const count = Math.max(0, headerLine - 1);
  if (count <= head.length) return head.slice(0, count);
  const start = lineStart(source, count);
  return start < 0 ? firstLines(source, count) : source.slice(0, start - 1).split("\n");
}
