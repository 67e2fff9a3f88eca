/**
 * @lmb/io — readers for cycler and potentiostat files (BioLogic, Neware, Arbin, Maccor, Landt,
 * Novonix, Gamry, ZView, CSV) into validated, columnar SI datasets, and writers to CSV/BDF.
 * Runs in browsers; reading by path is in `@lmb/io/node`.
 *
 * @packageDocumentation
 */
export { ByteReader } from "./binary/ByteReader.js";
export {
  type AddColumnOptions,
  type BuilderMetadata,
  DatasetBuilder,
} from "./dataset/DatasetBuilder.js";
export type { ColumnMapping, FormatReader, ReadOptions } from "./formats/FormatReader.js";
export { FORMAT_READERS, listFormats } from "./formats/registry.js";
export { matchColumn, normalizeName } from "./headers/columnAliases.js";
export { instrumentUnit } from "./headers/instrumentUnit.js";
export { type SplitHeader, splitHeader } from "./headers/splitHeader.js";
export { DEFAULT_MAX_BYTES, inputToBytes, type ReadInput } from "./input/readInput.js";
export { detectFormat, read, readBytes } from "./read.js";
export { countHalfCycles } from "./summary/countHalfCycles.js";
export { summarizeDataset } from "./summary/summarizeDataset.js";
export { type DecodedText, decodeText } from "./text/decodeText.js";
export {
  type DelimitedTable,
  type DelimitedTableOptions,
  parseDelimitedTable,
} from "./text/delimitedTable.js";
export { parseNumber, parseNumberAt } from "./text/parseNumber.js";
export { sniffDelimiter, splitFields } from "./text/sniffDelimiter.js";

/** The package's name, as published. */
export const packageName = "@lmb/io";
export { readBtsdaCsv, readBtsdaXlsx } from "./neware/readBtsda.js";
export { readNda } from "./neware/readNda.js";
export { readNdax } from "./neware/readNdax.js";
export {
  type ReadXlsxOptions,
  readXlsx,
  type XlsxCell,
  type XlsxSheet,
  type XlsxWorkbook,
} from "./xlsx/readXlsx.js";
export { readZip } from "./xlsx/readZip.js";
