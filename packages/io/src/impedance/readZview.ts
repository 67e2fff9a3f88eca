import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { parseDelimitedTable } from "../text/delimitedTable.js";

// ZPlot/ZView column layout: Freq(Hz) Ampl Bias Time(Sec) Z'(a) Z''(b) GD Err Range.
const FREQ = 0;
const BIAS = 2;
const TIME = 3;
const Z_RE = 4;
const Z_IM = 5;

/** Where the data start: after `End Comments` (ZPlot2 `.z`) or after the point count (`Z60W`). */
function dataStart(lines: readonly string[]): { line: number; version: string } | undefined {
  const first = (lines[0] ?? "").trim().replace(/^"|"$/g, "");
  if (/^ZPLOT2 ASCII/i.test(first)) {
    const end = lines.findIndex((l) => /^End Comments/i.test(l.trim()));
    return end < 0 ? undefined : { line: end + 1, version: "ZPlot2 ASCII" };
  }
  if (/^Z60W Data File/i.test(first)) {
    // 8 text lines, the sweep line, the point count, the quoted header, then the data
    const header = lines.findIndex((l, i) => i > 0 && /Freq/i.test(l));
    return header < 0 ? undefined : { line: header + 1, version: first };
  }
  return undefined;
}

/**
 * Reads a Scribner ZPlot/ZView impedance file — ZPlot2 ASCII `.z` (header up to
 * `End Comments`, then tab-separated rows) or the `Z60W Data File` CSV — whose columns are
 * Freq (Hz), Ampl, Bias (V), Time (s), Z′ (Ω), Z″ (Ω), …; Z″ is the signed Im(Z). An aborted
 * sweep simply has fewer rows than its `Data Points` line says.
 *
 * @throws LmbError `E_FORMAT` when the file is not ZPlot/ZView text or has no data rows.
 * @example
 * readZview(bytes, { fileName: "exampleDataZPlot.z" }).columns.frequency[0]; // 300000
 */
export function readZview(bytes: Uint8Array, options: ReadOptions = {}): ImpedanceSpectrum {
  const { text } = decodeText(bytes);
  const lines = text.split("\n").map((l) => l.replace(/\r+$/, ""));
  const start = dataStart(lines);
  const source = options.fileName === undefined ? {} : { source: options.fileName };
  if (start === undefined) {
    throw new LmbError(
      "E_FORMAT",
      "not a ZPlot/ZView file (no ZPLOT2 ASCII / Z60W header with a data section)",
      {
        location: { ...source, line: 1 },
        fix: "export the data from ZView as a .z file, or read it as CSV",
      },
    );
  }
  const body = lines.slice(start.line).join("\n");
  if (body.trim() === "") {
    throw new LmbError("E_TRUNCATED", "the ZPlot/ZView file has a header but no data rows", {
      location: { ...source, line: start.line + 1 },
      fix: "check the sweep was saved completely",
    });
  }
  const table = parseDelimitedTable(body, {
    headerLine: 0,
    ...(options.fileName === undefined ? {} : { source: options.fileName }),
  });
  if (table.numbers.length <= Z_IM) {
    throw new LmbError(
      "E_FORMAT",
      `ZPlot/ZView rows have ${table.numbers.length} columns, expected at least 6`,
      {
        location: { ...source, line: start.line + 1 },
        fix: "check the file is a ZPlot/ZView data file",
      },
    );
  }
  const keep: number[] = [];
  const f = table.numbers[FREQ] as Float64Array;
  const re = table.numbers[Z_RE] as Float64Array;
  const im = table.numbers[Z_IM] as Float64Array;
  for (let r = 0; r < table.rowCount; r++) {
    if (
      !Number.isNaN(f[r] as number) &&
      !Number.isNaN(re[r] as number) &&
      !Number.isNaN(im[r] as number)
    )
      keep.push(r);
  }
  const take = (c: number) => Float64Array.from(keep, (r) => table.numbers[c]?.[r] as number);
  const b = new DatasetBuilder("impedance", {
    format: "zview-z",
    formatVersion: start.version,
    instrument: "Scribner ZPlot/ZView",
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
  });
  if (keep.length < table.rowCount)
    b.warn(
      "W_SKIPPED_ROWS",
      `skipped ${table.rowCount - keep.length} rows without frequency or impedance`,
    );
  b.add("frequency", take(FREQ), "Hz", { sourceName: "Freq(Hz)" });
  b.add("zReal", take(Z_RE), "Ω", { sourceName: "Z'(a)" });
  b.add("zImag", take(Z_IM), "Ω", { sourceName: "Z''(b)" });
  b.add("bias", take(BIAS), "V", { sourceName: "Bias" });
  b.add("time", take(TIME), "s", { sourceName: "Time(Sec)" });
  return b.build();
}
