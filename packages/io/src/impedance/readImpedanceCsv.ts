import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import type { ReadOptions } from "../formats/FormatReader.js";
import { tableToDatasetOfKind } from "../generic/readGenericCsv.js";
import type { ResolvedColumn } from "../generic/resolveHeader.js";
import { matchColumn } from "../headers/columnAliases.js";
import { splitHeader } from "../headers/splitHeader.js";
import { decodeText } from "../text/decodeText.js";
import { type DelimitedTable, parseDelimitedTable } from "../text/delimitedTable.js";
import { sniffDelimiter } from "../text/sniffDelimiter.js";

/** Strips a `Data: ` prefix (RelaxIS) from a header. */
const bare = (header: string) => header.replace(/^\s*data:\s*/i, "").trim();

/** Impedance key of a header by its bare name, for RelaxIS-style `Data: Z'` headers. */
function resolveImpedance(header: string): ResolvedColumn | undefined {
  const name = bare(header);
  if (name === header.trim()) return undefined;
  const split = splitHeader(name);
  const key =
    matchColumn("impedance", split.name, split.unit) ?? matchColumn("impedance", split.name);
  if (key === undefined) return undefined;
  return split.unit
    ? { key, header, unitText: split.unitText, via: "header" }
    : { key, header, unitText: "", assumed: true, via: "header" };
}

/** True when a header line names a frequency column. */
function namesFrequency(fields: readonly string[]): boolean {
  return fields.some((f) => matchColumn("impedance", splitHeader(bare(f)).name) === "frequency");
}

/** Whitespace-separated text (no tab, comma, semicolon): runs of spaces become tabs. */
function normalizeWhitespace(text: string): string {
  const sample = text.split("\n", 40).filter((l) => l.trim() !== "");
  if (sniffDelimiter(sample) !== undefined) return text;
  return text.replace(/[ ]+/g, (_m, at: number, s: string) => {
    const before = s[at - 1];
    return before === undefined || before === "\n" ? "" : "\t";
  });
}

/** The header line: one naming a frequency among the first 60 lines, else detected. */
function headerLineOf(text: string): number | undefined {
  const lines = text.split("\n", 60);
  const delimiter = sniffDelimiter(lines.slice(-30).filter((l) => l.trim() !== ""));
  if (delimiter === undefined) return undefined;
  const i = lines.findIndex((l) => namesFrequency(l.split(delimiter)));
  return i < 0 ? undefined : i + 1;
}

/**
 * Reads a plain impedance table (CSV/TSV/whitespace; RelaxIS, PowerSuite, impedance.py and
 * pyDRTtools text exports) into an impedance spectrum: frequency, Z′ and Z″ in any column order
 * (`Freq (Hz)`, `Z' (Ω)`, `-Z'' (Ω)`, `Re(Z)/Ohm`, `-Im(Z)/Ohm`, `Zimg`, `Data: Z''`), or —
 * without a header — frequency, Z′, Z″ as the first three columns. The sign of the imaginary
 * part comes from the header (`-Z''`, `-Im(Z)` = −Im(Z); `Im(Z)` = Im(Z)), from
 * `options.mapping` (`zImag` or `-zImag`), or else from the data (see `decideImagSign`).
 *
 * @throws LmbError `E_FORMAT` when no frequency/Z′/Z″ columns are found.
 * @example
 * readImpedanceCsv(bytes, { fileName: "exampleData.csv" }).columns.zImag;
 */
export function readImpedanceCsv(bytes: Uint8Array, options: ReadOptions = {}): ImpedanceSpectrum {
  const decoded = decodeText(bytes);
  const text = normalizeWhitespace(decoded.text);
  const headerLine = headerLineOf(text);
  const table: DelimitedTable = parseDelimitedTable(text, {
    ...(headerLine === undefined ? {} : { headerLine }),
    ...(options.fileName === undefined ? {} : { source: options.fileName }),
  });
  const headerless = table.headerLine === 0;
  const resolver = (header: string, index: number): ResolvedColumn | null | undefined => {
    if (!headerless) return resolveImpedance(header);
    const key = ["frequency", "zReal", "zImag"][index];
    return key === undefined ? null : { key, header, unitText: "", assumed: true, via: "header" };
  };
  const dataset = tableToDatasetOfKind(
    table,
    { ...options, kind: "impedance" },
    {
      format: "impedance-csv",
      kinds: ["impedance"],
      resolver,
      assumedUnits: headerless ? { frequency: "Hz", zReal: "Ω", zImag: "Ω" } : {},
    },
    decoded.encoding,
  );
  if (dataset.kind !== "impedance") {
    throw new LmbError("E_FORMAT", "not an impedance table", {
      fix: "read it with another format",
    });
  }
  return dataset;
}
