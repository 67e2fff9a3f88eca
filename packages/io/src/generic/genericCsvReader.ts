import type { FormatReader } from "../formats/FormatReader.js";
import { sniffDelimiter } from "../text/sniffDelimiter.js";
import { readGenericCsv } from "./readGenericCsv.js";
import { headLines, headText, looksLikeText } from "./sniffText.js";

const TEXT_EXTENSIONS = [".csv", ".tsv", ".txt", ".dat", ".tab"];

/**
 * Generic delimited text with unit-bearing headers (`Voltage (V)`, `Current/mA`,
 * `Test Time / h`, `I (mA/cm2)`), the fallback after every vendor reader. Sniff: text that
 * splits into ≥ 2 consistent fields — 0.3 with a text extension, 0.2 otherwise, so vendor
 * readers always win.
 *
 * @example
 * genericCsvReader.read(bytes, { fileName: "cell.csv", area: 1.13e-4 });
 */
export const genericCsvReader: FormatReader = {
  id: "csv",
  title: "Delimited text with unit-bearing headers (CSV, TSV)",
  extensions: TEXT_EXTENSIONS,
  kinds: ["cycling", "impedance", "voltammogram", "transient", "conductivity"],
  sniff(bytes, fileName) {
    if (!looksLikeText(bytes)) return 0;
    const lines = headLines(headText(bytes, 16384), 200).filter((l) => l.trim() !== "");
    if (lines.length < 2 || sniffDelimiter(lines.slice(-30)) === undefined) return 0;
    const name = (fileName ?? "").toLowerCase();
    return TEXT_EXTENSIONS.some((e) => name.endsWith(e)) ? 0.3 : 0.2;
  },
  read: (bytes, options) => readGenericCsv(bytes, options),
};
