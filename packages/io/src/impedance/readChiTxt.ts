import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import { type BuilderMetadata, DatasetBuilder } from "../dataset/DatasetBuilder.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { at, parseSpectrumRows, type RowLine } from "./spectrumRows.js";

/** The CHI column header line: `Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg`. */
export const CHI_HEADER = /^\s*Freq\/Hz\s*,/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** `Feb. 20, 2020   15:55:08` (CHI's first line) → `2020-02-20T15:55:08`, else undefined. */
export function chiStartTime(line: string): string | undefined {
  const m =
    /^\s*([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),\s*(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s*$/.exec(
      line,
    );
  if (m === null) return undefined;
  const month = MONTHS.indexOf((m[1] as string).toLowerCase());
  const [year, day, hour, minute, second] = [m[3], m[2], m[4], m[5], m[6]].map(Number) as number[];
  const date = new Date(Date.UTC(year as number, month, day, hour, minute, second));
  if (
    month < 0 ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hour ||
    date.getUTCMinutes() !== minute ||
    date.getUTCSeconds() !== second
  )
    return undefined;
  return date.toISOString().slice(0, 19);
}

/** Name and unit of a CHI header field (`Z"/ohm` → `Z"`, `ohm`). */
function nameAndUnit(field: string): { name: string; unit: string } {
  const slash = field.lastIndexOf("/");
  return slash < 0
    ? { name: field.trim(), unit: "" }
    : { name: field.slice(0, slash).trim(), unit: field.slice(slash + 1).trim() };
}

/** Metadata of the header block above the column line. */
function metadataOf(lines: readonly string[], options: ReadOptions): BuilderMetadata {
  const notes: Record<string, string | number> = {};
  const comments: string[] = [];
  let instrument = "CH Instruments";
  let technique: string | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || i === 0) return;
    const colon = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
    const equals = /^(.+?)\s*=\s*(.*)$/.exec(line);
    if (colon !== null && equals === null) {
      const [key, value] = [colon[1] as string, (colon[2] as string).trim()];
      if (/^instrument model$/i.test(key) && value !== "") instrument = `CH Instruments ${value}`;
      else if (/^(header|note)$/i.test(key) && value !== "") comments.push(value);
      else if (/^data source$/i.test(key) && value !== "") notes[key] = value;
    } else if (equals !== null) {
      const value = Number(equals[2]);
      notes[equals[1] as string] =
        equals[2] !== "" && Number.isFinite(value) ? value : (equals[2] as string);
    } else if (i === 1) {
      technique = line;
    }
  });
  const start = chiStartTime(lines[0] ?? "");
  return {
    format: "chi-txt",
    instrument,
    ...(technique === undefined ? {} : { technique }),
    ...(options.fileName === undefined ? {} : { sourceFile: options.fileName }),
    ...(start === undefined ? {} : { startTime: start }),
    ...(comments.length === 0 ? {} : { comments: comments.join("\n") }),
    ...(Object.keys(notes).length === 0 ? {} : { notes }),
  };
}

/**
 * Reads a CH Instruments "A.C. Impedance" text export (CHI 6xx/7xx "Convert to Text"): a
 * header block (date and time, technique, `Instrument Model:`, `Key = value` parameters), the
 * column line `Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg`, a blank line, then comma-separated
 * rows. Z″ is the signed Im(Z) (negative for a capacitive arc), as impedance.py's
 * `readCHInstruments` reads it (Z = Z′ + jZ″). A last row cut short by an incomplete copy is
 * dropped with a warning.
 *
 * @throws LmbError `E_FORMAT` (with the line) when there is no `Freq/Hz` column line, it lacks
 * Z′ or Z″, or a row is broken; `E_TRUNCATED` when no data row follows the header.
 * @example
 * readChiTxt(bytes, { fileName: "exampleDataCHInstruments.txt" }).columns.frequency[0]; // 99610
 */
export function readChiTxt(bytes: Uint8Array, options: ReadOptions = {}): ImpedanceSpectrum {
  const { text } = decodeText(bytes);
  const lines = text.split("\n").map((l) => l.replace(/\r+$/, ""));
  const headerAt = lines.findIndex((l) => CHI_HEADER.test(l));
  if (headerAt < 0) {
    throw new LmbError("E_FORMAT", "not a CH Instruments impedance export (no Freq/Hz line)", {
      ...at(options.fileName, 1),
      fix: 'export an A.C. Impedance run from the CHI software with "Convert to Text"',
    });
  }
  const header = (lines[headerAt] as string).split(",").map(nameAndUnit);
  const find = (pattern: RegExp) => header.findIndex((h) => pattern.test(h.name));
  const columns = {
    frequency: find(/^freq$/i),
    zReal: find(/^Z(?:'|′|re)$/i),
    zImag: find(/^Z(?:"|''|″|im)$/i),
  };
  if (columns.zReal < 0 || columns.zImag < 0) {
    throw new LmbError(
      "E_FORMAT",
      `the CHI column line has no ${columns.zReal < 0 ? "Z'" : 'Z"'} column`,
      {
        ...at(options.fileName, headerAt + 1),
        fix: "export the impedance data (Z', Z\") from the CHI software unchanged",
      },
    );
  }
  const rows: RowLine[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() !== "") rows.push({ line: i + 1, fields: line.split(",") });
  }
  // A file that does not end with a newline may have been cut inside its last row.
  const cut = !/\n\s*$/.test(text);
  const spectrum = parseSpectrumRows(
    rows,
    { ...columns, width: header.length },
    options.fileName,
    cut,
    headerAt + 2,
  );
  const b = new DatasetBuilder("impedance", metadataOf(lines.slice(0, headerAt), options));
  if (spectrum.droppedLastLine !== undefined)
    b.warn("W_TRUNCATED", "dropped the last row, cut short by the end of the file", {
      line: spectrum.droppedLastLine,
    });
  const unit = (c: number, fallback: string) => header[c]?.unit || fallback;
  const name = (c: number) => `${header[c]?.name}/${header[c]?.unit}`;
  b.add("frequency", spectrum.frequency, unit(columns.frequency, "Hz"), {
    sourceName: name(columns.frequency),
  });
  b.add("zReal", spectrum.zReal, unit(columns.zReal, "ohm"), { sourceName: name(columns.zReal) });
  b.add("zImag", spectrum.zImag, unit(columns.zImag, "ohm"), { sourceName: name(columns.zImag) });
  return b.build();
}
