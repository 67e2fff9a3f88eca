import type { FormatReader } from "../formats/FormatReader.js";
import { resolveHeader } from "../generic/resolveHeader.js";
import { headLines, headText, looksLikeText } from "../generic/sniffText.js";
import { matchColumn } from "../headers/columnAliases.js";
import { splitHeader } from "../headers/splitHeader.js";
import { parseNumber } from "../text/parseNumber.js";
import { sniffDelimiter } from "../text/sniffDelimiter.js";
import { readGamryDta } from "./readGamryDta.js";
import { readImpedanceCsv } from "./readImpedanceCsv.js";
import { readZview } from "./readZview.js";

const lower = (name: string | undefined) => (name ?? "").toLowerCase();

/**
 * Gamry Framework `.DTA` (EIS `ZCURVE`, CV and chronoamperometry `CURVE` tables). Sniff: first
 * line `EXPLAIN` followed by a `TAG` line.
 *
 * @example
 * gamryDtaReader.read(bytes, { fileName: "eis.DTA" });
 */
export const gamryDtaReader: FormatReader = {
  id: "gamry-dta",
  title: "Gamry Framework data (.DTA)",
  extensions: [".dta"],
  kinds: ["impedance", "voltammogram", "transient"],
  sniff(bytes, fileName) {
    if (!looksLikeText(bytes)) return 0;
    const lines = headLines(headText(bytes, 1024), 4);
    if (lines[0]?.trim() === "EXPLAIN") return lines[1]?.startsWith("TAG") ? 0.98 : 0.8;
    return lower(fileName).endsWith(".dta") ? 0.1 : 0;
  },
  read: (bytes, options) => readGamryDta(bytes, options),
};

/**
 * Scribner ZPlot/ZView impedance text (`.z`, `Z60W Data File`). Sniff: the first line.
 *
 * @example
 * zviewReader.read(bytes, { fileName: "cell.z" });
 */
export const zviewReader: FormatReader = {
  id: "zview-z",
  title: "Scribner ZPlot/ZView impedance (.z)",
  extensions: [".z", ".txt"],
  kinds: ["impedance"],
  sniff(bytes, fileName) {
    if (!looksLikeText(bytes)) return 0;
    const first = (headLines(headText(bytes, 256), 1)[0] ?? "").replace(/^"/, "");
    if (/^(ZPLOT2 ASCII|Z60W Data File)/i.test(first)) return 0.97;
    return lower(fileName).endsWith(".z") ? 0.1 : 0;
  },
  read: (bytes, options) => readZview(bytes, options),
};

/** A header line naming frequency and Z′ or Z″ (RelaxIS `Data: ` prefixes allowed). */
function impedanceHeader(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const delimiter = sniffDelimiter([line]);
    if (delimiter === undefined) return false;
    const keys = new Set(
      line.split(delimiter).map((f) => {
        const header = f.replace(/^\s*data:\s*/i, "");
        return (
          resolveHeader("impedance", header)?.key ??
          matchColumn("impedance", splitHeader(header).name)
        );
      }),
    );
    return keys.has("frequency") && (keys.has("zReal") || keys.has("zImag"));
  });
}

/** The first lines are rows of ≥ 3 numbers whose first column (the frequency) is positive. */
function headerlessSpectrum(lines: readonly string[]): boolean {
  const rows = lines.filter((l) => l.trim() !== "").slice(0, 20);
  if (rows.length < 3) return false;
  return rows.every((line) => {
    const fields = line.trim().split(/[\t,;]\s*|\s+/);
    return (
      fields.length >= 3 &&
      fields.length <= 5 &&
      fields.every((f) => !Number.isNaN(parseNumber(f))) &&
      parseNumber(fields[0] as string) > 0
    );
  });
}

/**
 * Plain impedance tables (frequency, Z′, Z″ in any order and sign convention, or three
 * headerless columns). Sniff: 0.6 for a header naming frequency and Z′/Z″; 0.35 for rows of
 * three to five numbers — above the generic CSV reader, below vendor formats.
 *
 * @example
 * impedanceCsvReader.read(bytes, { fileName: "spectrum.csv" });
 */
export const impedanceCsvReader: FormatReader = {
  id: "impedance-csv",
  title: "Impedance table (frequency, Z′, Z″) as CSV/TSV/text",
  extensions: [".csv", ".txt", ".tsv", ".dat"],
  kinds: ["impedance"],
  sniff(bytes) {
    if (!looksLikeText(bytes)) return 0;
    const lines = headLines(headText(bytes, 8192), 60);
    if (impedanceHeader(lines)) return 0.6;
    return headerlessSpectrum(lines) ? 0.35 : 0;
  },
  read: (bytes, options) => readImpedanceCsv(bytes, options),
};
