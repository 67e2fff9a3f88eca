import type { ReadOptions } from "../formats/FormatReader.js";
import {
  type DelimitedTable,
  type DelimitedTableOptions,
  parseDelimitedTable,
} from "../text/delimitedTable.js";
import { textSource } from "../text/textSource.js";

/** A file's table and how its bytes were decoded. */
export interface TextTable {
  /** How the bytes were decoded (see `decodeText`). */
  encoding: string;
  /** The parsed table. */
  table: DelimitedTable;
}

/**
 * Parses the delimited table of a text file (UTF-8/16 or Windows-1252, decided as `decodeText`
 * does; see `parseDelimitedTable`), with the file name as the error location. The file is never
 * decoded whole: its first and last lines for sniffing, then its rows a piece at a time (see
 * `textSource`), so the peak memory is the columns plus one piece.
 *
 * @throws LmbError `E_FORMAT` when no table is found or a row is wider than the header.
 * @example
 * readTextTable(bytes, { fileName: "cell.csv" }).table.headers;
 */
export function readTextTable(
  bytes: Uint8Array,
  options: ReadOptions,
  tableOptions: DelimitedTableOptions = {},
): TextTable {
  const source = textSource(bytes);
  const table = parseDelimitedTable(source, {
    ...(options.fileName === undefined ? {} : { source: options.fileName }),
    ...tableOptions,
  });
  return { encoding: source.encoding, table };
}
