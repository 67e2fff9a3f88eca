/**
 * Minimal XLSX (Office Open XML) reading on `fflate`, shared by the vendor readers that accept
 * Excel exports (Neware BTSDA, Arbin DataPro).
 *
 * @packageDocumentation
 */

export {
  type ReadXlsxOptions,
  readXlsx,
  type XlsxCell,
  type XlsxSheet,
  type XlsxWorkbook,
} from "./readXlsx.js";
export { DEFAULT_MAX_UNZIPPED_BYTES, isZip, type ReadZipOptions, readZip } from "./readZip.js";
export { writeXlsx } from "./writeXlsx.js";
export { decodeXml, unescapeXml, xmlAttributes } from "./xmlText.js";
