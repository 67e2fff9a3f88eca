import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import {
  type DelimitedTable,
  type DelimitedTableOptions,
  parseDelimitedTable,
} from "../text/delimitedTable.js";

/** A decoded file and its table. */
export interface TextTable {
  /** The decoded text (BOM removed). */
  text: string;
  /** How the bytes were decoded. */
  encoding: string;
  /** The parsed table. */
  table: DelimitedTable;
}

/**
 * Decodes a text file (UTF-8/16 or Windows-1252, see `decodeText`) and parses its delimited
 * table (see `parseDelimitedTable`), with the file name as the error location.
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
  const { text, encoding } = decodeText(bytes);
  const table = parseDelimitedTable(text, {
    ...(options.fileName === undefined ? {} : { source: options.fileName }),
    ...tableOptions,
  });
  return { text, encoding, table };
}
