import type { FormatReader } from "../formats/FormatReader.js";
import { headLines, headText, looksLikeText } from "../generic/sniffText.js";
import { readNovonixCsv } from "./readNovonixCsv.js";

/**
 * Novonix HPC CSV: recognised by its first lines (`[Summary]`, `Novonix HPC data file`).
 *
 * @example
 * novonixCsvReader.read(bytes, { fileName: "Form-CH01-01.csv" });
 */
export const novonixCsvReader: FormatReader = {
  id: "novonix-csv",
  title: "Novonix HPC CSV",
  extensions: [".csv"],
  kinds: ["cycling"],
  sniff(bytes) {
    if (!looksLikeText(bytes)) return 0;
    const lines = headLines(headText(bytes, 1024), 4).map((l) => l.trim());
    if (lines[0] !== "[Summary]") return 0;
    return lines.some((l) => /novonix/i.test(l)) ? 0.97 : 0.5;
  },
  read: (bytes, options) => readNovonixCsv(bytes, options),
};
