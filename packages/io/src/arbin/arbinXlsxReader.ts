import type { FormatReader } from "../formats/FormatReader.js";
import { isZip } from "../xlsx/readZip.js";
import { xlsxStrings } from "../xlsx/xlsxStrings.js";
import { readArbinXlsx } from "./readArbinXlsx.js";

/**
 * Arbin Excel export. Sniff: an `.xlsx` (ZIP) whose strings hold `Test_Time(s)` and
 * `Cycle_Index`.
 *
 * @example
 * arbinXlsxReader.read(bytes, { fileName: "cell_Channel_11.xlsx" });
 */
export const arbinXlsxReader: FormatReader = {
  id: "arbin-xlsx",
  title: "Arbin Excel export (.xlsx)",
  extensions: [".xlsx"],
  kinds: ["cycling"],
  sniff(bytes, fileName) {
    if (!isZip(bytes) || !(fileName ?? "").toLowerCase().endsWith(".xlsx")) return 0;
    try {
      const strings = xlsxStrings(bytes);
      return strings.includes("Test_Time(s)") && strings.includes("Cycle_Index") ? 0.9 : 0;
    } catch {
      return 0;
    }
  },
  read: (bytes, options) => readArbinXlsx(bytes, options),
};
