import type { FormatReader } from "../formats/FormatReader.js";
import { isZip } from "../xlsx/readZip.js";
import { xlsxStrings } from "../xlsx/xlsxStrings.js";
import { findBytes } from "./bytesSearch.js";
import { readBtsdaCsv, readBtsdaXlsx } from "./readBtsda.js";
import { readNda } from "./readNda.js";
import { readNdax } from "./readNdax.js";

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const DATA_NDC = ascii("data.ndc");
const NDA_ENTRY = ascii(".nda");
const lower = (name: string | undefined) => (name ?? "").toLowerCase();

/** ZIP whose central directory (in the last 64 KiB) names `pattern`. */
function zipNames(bytes: Uint8Array, pattern: number[]): boolean {
  return isZip(bytes) && findBytes(bytes, pattern, Math.max(0, bytes.length - 65536)) >= 0;
}

/**
 * Neware `.ndax` (BTS 8+; ZIP of `.ndc` streams and XML). Sniff: a ZIP naming `data.ndc`.
 *
 * @example
 * NEWARE_NDAX_READER.read(bytes, { fileName: "run.ndax" });
 */
export const NEWARE_NDAX_READER: FormatReader = {
  id: "neware-ndax",
  title: "Neware BTS binary archive (.ndax)",
  extensions: [".ndax"],
  kinds: ["cycling"],
  sniff(bytes, fileName) {
    if (zipNames(bytes, DATA_NDC)) return 0.98;
    return isZip(bytes) && lower(fileName).endsWith(".ndax") ? 0.6 : 0;
  },
  read: (bytes, options) => readNdax(bytes, options),
};

/**
 * Neware legacy `.nda` (magic `NEWARE`; versions 22, 23, 26, 29, 130), also zipped (`.nda.zip`).
 *
 * @example
 * NEWARE_NDA_READER.read(bytes, { fileName: "test.nda" });
 */
export const NEWARE_NDA_READER: FormatReader = {
  id: "neware-nda",
  title: "Neware BTS legacy binary (.nda)",
  extensions: [".nda", ".nda.zip"],
  kinds: ["cycling"],
  sniff(bytes, fileName) {
    if (bytes.length >= 6 && String.fromCharCode(...bytes.subarray(0, 6)) === "NEWARE") return 1;
    if (zipNames(bytes, NDA_ENTRY) && !zipNames(bytes, DATA_NDC)) {
      return lower(fileName).endsWith(".nda.zip") ? 0.95 : 0.5;
    }
    return 0;
  },
  read: (bytes, options) => readNda(bytes, options),
};

/** First ~4 KiB as Latin-1 text (enough for BTSDA header lines). */
function head(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
}

/**
 * Neware BTSDA CSV export (flat or layered). Sniff: the header names BTSDA columns
 * (`DataPoint` with `Step Type`, or the layered `Cycle Index,Chg. Cap.` first line).
 *
 * @example
 * NEWARE_BTSDA_CSV_READER.read(bytes, { fileName: "neware_uio.csv" });
 */
export const NEWARE_BTSDA_CSV_READER: FormatReader = {
  id: "neware-btsda-csv",
  title: "Neware BTSDA CSV export",
  extensions: [".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    if (isZip(bytes)) return 0;
    const text = head(bytes).replace(/^\u00ef\u00bb\u00bf/, "");
    const first = text.split(/\r?\n/, 1)[0] ?? "";
    if (/^Cycle Index,Chg\. Cap\./.test(first) && text.includes(",,DataPoint")) return 0.97;
    if (/^DataPoint,Cycle Index,Step Index,Step Type/.test(first)) return 0.97;
    if (first.includes("DataPoint") && first.includes("Step Type")) return 0.85;
    return 0;
  },
  read: (bytes, options) => readBtsdaCsv(bytes, options),
};

/**
 * Neware BTSDA Excel export. Sniff: an `.xlsx` whose text mentions `DataPoint` and `Step Type`
 * (stored uncompressed only rarely, so the name decides: `.xlsx` with a BTSDA-like sheet).
 *
 * @example
 * NEWARE_BTSDA_XLSX_READER.read(bytes, { fileName: "export.xlsx" });
 */
export const NEWARE_BTSDA_XLSX_READER: FormatReader = {
  id: "neware-btsda-xlsx",
  title: "Neware BTSDA Excel export",
  extensions: [".xlsx"],
  kinds: ["cycling"],
  sniff(bytes, fileName) {
    if (!isZip(bytes) || !lower(fileName).endsWith(".xlsx")) return 0;
    try {
      const strings = xlsxStrings(bytes);
      return strings.includes("DataPoint") && strings.includes("Step Type") ? 0.9 : 0;
    } catch {
      return 0;
    }
  },
  read: (bytes, options) => readBtsdaXlsx(bytes, options),
};
