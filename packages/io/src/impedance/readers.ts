import type { FormatReader } from "../formats/FormatReader.js";
import { resolveHeader } from "../generic/resolveHeader.js";
import { headLines, headText, looksLikeText } from "../generic/sniffText.js";
import { matchColumn } from "../headers/columnAliases.js";
import { splitHeader } from "../headers/splitHeader.js";
import { parseNumber } from "../text/parseNumber.js";
import { sniffDelimiter } from "../text/sniffDelimiter.js";
import { CHI_HEADER, readChiTxt } from "./readChiTxt.js";
import { readGamryDta } from "./readGamryDta.js";
import { readImpedanceCsv } from "./readImpedanceCsv.js";
import { readVersaStudioPar } from "./readVersaStudioPar.js";
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

/**
 * CH Instruments A.C. Impedance text export. Sniff: a `Freq/Hz, Z'/ohm, …` column line with
 * `Instrument Model: CHI…` above it (0.97), or with CHI's `Z"/ohm` (0.9; the generic impedance
 * table cannot read that header).
 *
 * @example
 * chiTxtReader.read(bytes, { fileName: "eis.txt" });
 */
export const chiTxtReader: FormatReader = {
  id: "chi-txt",
  title: "CH Instruments A.C. Impedance text export",
  extensions: [".txt"],
  kinds: ["impedance"],
  sniff(bytes) {
    if (!looksLikeText(bytes)) return 0;
    const lines = headLines(headText(bytes, 8192), 80);
    const header = lines.find((l) => CHI_HEADER.test(l));
    if (header === undefined || !/,\s*Z'\/\s*ohm\s*,/i.test(header)) return 0;
    const chi = lines.some((l) => /^\s*Instrument Model:\s*CHI/i.test(l));
    // CHI's own Z" spelling; a `Z''` table without the CHI header block is left to impedance-csv
    if (chi) return 0.97;
    return /,\s*Z"\/\s*ohm\s*(,|$)/i.test(header) ? 0.9 : 0;
  },
  read: (bytes, options) => readChiTxt(bytes, options),
};

/**
 * Princeton Applied Research VersaStudio `.par` (VersaSTAT/PARSTAT EIS). Sniff: the first line
 * `<Application>` and `Name=VersaStudio`.
 *
 * @example
 * versaStudioParReader.read(bytes, { fileName: "eis.par" });
 */
export const versaStudioParReader: FormatReader = {
  id: "versastudio-par",
  title: "Princeton Applied Research VersaStudio (.par)",
  extensions: [".par"],
  kinds: ["impedance"],
  sniff(bytes, fileName) {
    if (!looksLikeText(bytes)) return 0;
    const lines = headLines(headText(bytes, 2048), 12);
    if (lines[0]?.trim() === "<Application>")
      return lines.some((l) => /^\s*Name=VersaStudio\b/i.test(l)) ? 0.97 : 0.7;
    return lower(fileName).endsWith(".par") ? 0.1 : 0;
  },
  read: (bytes, options) => readVersaStudioPar(bytes, options),
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
