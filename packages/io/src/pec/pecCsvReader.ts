import type { FormatReader } from "../formats/FormatReader.js";
import { headLines, headText, looksLikeText } from "../generic/sniffText.js";
import { isPecHeader, readPecCsv } from "./readPecCsv.js";

/**
 * PEC tester CSV export, recognised by its `Test,Cell,Rack,Shelf,Position` data header.
 *
 * @example
 * pecCsvReader.read(bytes, { fileName: "Test25195.csv" });
 */
export const pecCsvReader: FormatReader = {
  id: "pec-csv",
  title: "PEC tester CSV export",
  extensions: [".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    if (!looksLikeText(bytes)) return 0;
    return headLines(headText(bytes, 32768), 300).some(isPecHeader) ? 0.95 : 0;
  },
  read: (bytes, options) => readPecCsv(bytes, options),
};
