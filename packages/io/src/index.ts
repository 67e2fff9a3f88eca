/**
 * @lmb/io — readers for cycler and potentiostat files (BioLogic, Neware, Arbin, Maccor, Landt,
 * Novonix, Gamry, ZView, CSV) into validated, columnar SI datasets, and writers to CSV/BDF.
 * Runs in browsers; reading by path is in `@lmb/io/node`.
 *
 * @packageDocumentation
 */
export { ByteReader } from "./binary/ByteReader.js";
export { biologicMprReader } from "./biologic/mprReader.js";
export { biologicMptReader } from "./biologic/mptReader.js";
export {
  type AddColumnOptions,
  type BuilderMetadata,
  DatasetBuilder,
} from "./dataset/DatasetBuilder.js";
export { CSV_LABELS, CUSTOMARY_UNITS } from "./export/customaryUnits.js";
export { BDF_COLUMNS, toBdfCsv } from "./export/toBdfCsv.js";
export { KIND_LINE_PREFIX, type ToCsvOptions, toCsv } from "./export/toCsv.js";
export type { ColumnMapping, FormatReader, ReadOptions } from "./formats/FormatReader.js";
export { FORMAT_READERS, listFormats } from "./formats/registry.js";
export { BDF_NAMES, bdfCsvReader } from "./generic/bdfReader.js";
export { genericCsvReader } from "./generic/genericCsvReader.js";
export { landtCsvReader } from "./generic/landtReader.js";
export { primeCsvReader } from "./generic/primeReader.js";
export {
  type GenericTableOptions,
  readGenericCsv,
  tableToDatasetOfKind,
} from "./generic/readGenericCsv.js";
export { type ResolvedColumn, resolveHeader } from "./generic/resolveHeader.js";
export { matchColumn, normalizeName } from "./headers/columnAliases.js";
export { instrumentUnit } from "./headers/instrumentUnit.js";
export { type SplitHeader, splitHeader } from "./headers/splitHeader.js";
export { type GamryFile, type GamryTable, parseGamryDta } from "./impedance/gamryDta.js";
export { decideImagSign, type ImagSignDecision } from "./impedance/imagSign.js";
export { gamryDtaReader, impedanceCsvReader, zviewReader } from "./impedance/readers.js";
export { readGamryDta } from "./impedance/readGamryDta.js";
export { readImpedanceCsv } from "./impedance/readImpedanceCsv.js";
export { readZview } from "./impedance/readZview.js";
export { DEFAULT_MAX_BYTES, inputToBytes, type ReadInput } from "./input/readInput.js";
export { readBtsdaCsv, readBtsdaXlsx } from "./neware/readBtsda.js";
export { readNda } from "./neware/readNda.js";
export { readNdax } from "./neware/readNdax.js";
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
export {
  type TextChunk,
  type TextSource,
  type TextSourceOptions,
  textSource,
} from "./text/textSource.js";
export {
  type ReadXlsxOptions,
  readXlsx,
  type XlsxCell,
  type XlsxSheet,
  type XlsxWorkbook,
} from "./xlsx/readXlsx.js";
export { readZip } from "./xlsx/readZip.js";

/** The package's name, as published. */
export const packageName = "@lmb/io";
