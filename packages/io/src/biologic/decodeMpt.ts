import { LmbError } from "@lmb/errors";
import { textSource } from "../text/textSource.js";
import { BIOLOGIC_NAME_MAP, splitBiologicHeader } from "./biologicColumnNames.js";
import { localIso } from "./biologicDates.js";
import type { BiologicColumn, BiologicRaw, BiologicWarning } from "./biologicRaw.js";
import { parseMptHeader } from "./mptHeader.js";
import { parseMptTable } from "./mptTable.js";

const MAGIC = /^(EC-Lab|BT-Lab) ASCII FILE\s*$/;

// Flag columns as EC-Lab/BT-Lab name them → bit mask in the packed flag byte.
const FLAG_MASKS: Readonly<Record<string, number>> = {
  mode: 0x03,
  "ox/red": 0x04,
  ox: 0x04,
  error: 0x08,
  "control changes": 0x10,
  "Ns changes": 0x20,
  "counter inc.": 0x80,
};

const USED = new Set<string>([
  ...Object.values(BIOLOGIC_NAME_MAP).flatMap((table) => Object.values(table).flat()),
  "Q charge/discharge",
  "|Z|",
  "Phase(Z)",
  "dq",
  "dQ",
  "mode",
]);

/** True for columns some BioLogic dataset mapping reads (quantity names of {@link BIOLOGIC_NAME_MAP}, flags). */
function isUsedByLmb(header: string): boolean {
  return USED.has(splitBiologicHeader(header).name);
}

/** True for a header line of a BT-Lab/EC-Lab table export without header block (`mode;ox;…;time/s;…`). */
export function looksLikeBiologicHeader(line: string): boolean {
  return /(^|[\t;])mode[\t;]/.test(line) && /(^|[\t;])time\/s([\t;]|$)/.test(line);
}

/**
 * BT-Lab "new output" exports write the whole packed flag byte (e.g. 53) into every flag column;
 * decode each column with its own mask so that `mode` is 0–3 and the others 0/1.
 */
function unpackFlags(columns: BiologicColumn[]): boolean {
  let packed = false;
  for (const column of columns) {
    const mask = FLAG_MASKS[column.header];
    if (mask === undefined) continue;
    const limit = column.header === "mode" ? 3 : 1;
    if (!column.values.some((v) => v > limit)) continue;
    packed = true;
    const shift = 31 - Math.clz32(mask & -mask);
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      values[i] = Number.isNaN(v) ? v : (v & mask) >>> shift;
    }
  }
  return packed;
}

/**
 * Decodes an EC-Lab/BT-Lab text export into raw columns: the `.mpt` layout (`EC-Lab ASCII FILE`,
 * `Nb header lines : N` counting every header line including the column line, settings block,
 * tab-separated table) and BT-Lab's semicolon exports without header block (leading index column,
 * `time/s` written as a date-time, flag columns holding the packed flag byte). Text is UTF-8 or
 * Windows-1252 (`µ` = 0xB5); numbers may use a decimal comma. Date-time `time/s` values become
 * seconds since the first row, whose date becomes the start time. Only the columns lmb maps are
 * parsed (the others are listed in `notes.skippedColumns`) unless `allColumns` is set. The text
 * is never decoded whole: the header a line at a time, the table in pieces of `chunkSize` bytes
 * (see `textSource`; a test can make them tiny), so a read's peak memory is its columns and one
 * piece.
 *
 * @throws LmbError `E_FORMAT` for a missing magic/header count or a header count beyond the file.
 * @example
 * decodeMpt(bytes, "cv.mpt").settings.technique; // "CVA"
 */
export function decodeMpt(
  bytes: Uint8Array,
  source?: string,
  options: { allColumns?: boolean; chunkSize?: number } = {},
): BiologicRaw {
  // the text is decoded a line (header) or a piece of lines (table) at a time, never whole
  const text = textSource(
    bytes,
    options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize },
  );
  const length = text.length;
  const location = (line: number) => ({
    location: { ...(source === undefined ? {} : { source }), line },
  });
  const firstEnd = text.indexOfNewline(0);
  const firstLine = text.slice(0, firstEnd < 0 ? length : firstEnd).replace(/\r$/, "");
  let headerLines: string[] = [];
  let tableStart = 0;
  let headerLine = 1;
  let formatVersion: string;
  const magic = MAGIC.exec(firstLine);
  if (magic !== null) {
    const lines: string[] = [];
    let at = 0;
    // Header lines only (bounded by the count, itself bounded by the text).
    const secondEnd = firstEnd < 0 ? -1 : text.indexOfNewline(firstEnd + 1);
    const second = firstEnd < 0 ? "" : text.slice(firstEnd + 1, secondEnd < 0 ? length : secondEnd);
    const count = /^Nb header lines\s*:\s*(\d+)\s*$/.exec(second.trim());
    if (firstEnd < 0 || count === null) {
      throw new LmbError(
        "E_FORMAT",
        'line 2 of an EC-Lab text file must be "Nb header lines : N"',
        {
          ...location(2),
          fix: "export the data again from EC-Lab (Export as text)",
        },
      );
    }
    const n = Number(count[1]);
    if (n < 3) {
      throw new LmbError("E_FORMAT", `"Nb header lines : ${n}" is too small (at least 3)`, {
        ...location(2),
      });
    }
    for (let i = 0; i < n - 1; i++) {
      if (at > length) {
        throw new LmbError(
          "E_FORMAT",
          `the file announces ${n} header lines but has only ${i} lines`,
          { ...location(2), fix: "check that the file was copied completely" },
        );
      }
      const end = text.indexOfNewline(at);
      lines.push(text.slice(at, end < 0 ? length : end));
      at = end < 0 ? length + 1 : end + 1;
    }
    if (at > length) {
      throw new LmbError("E_FORMAT", `the file ends before its column line (line ${n})`, {
        ...location(n),
      });
    }
    headerLines = lines.slice(2);
    tableStart = at;
    headerLine = n;
    formatVersion = `${magic[1]} ASCII`;
  } else if (looksLikeBiologicHeader(firstLine)) {
    formatVersion = "BT-Lab table export (no header block)";
  } else {
    throw new LmbError(
      "E_FORMAT",
      'not an EC-Lab/BT-Lab text file: line 1 is not "EC-Lab ASCII FILE"',
      {
        ...location(1),
        fix: "export the data from EC-Lab/BT-Lab as text (.mpt)",
      },
    );
  }
  const { settings, loops } = parseMptHeader(headerLines);
  const headerEnd = text.indexOfNewline(tableStart);
  const columnLine = text.slice(tableStart, headerEnd < 0 ? length : headerEnd);
  const delimiter = columnLine.includes("\t") ? "\t" : columnLine.includes(";") ? ";" : ",";
  const table = parseMptTable(text, tableStart, {
    delimiter,
    headerLine,
    ...(source === undefined ? {} : { source }),
    ...(options.allColumns ? {} : { wanted: isUsedByLmb }),
  });
  const warnings: BiologicWarning[] = [];
  const columns: BiologicColumn[] = [];
  const skipped: string[] = [];
  table.headers.forEach((header, c) => {
    if (header === "") return;
    if (!table.parsed[c]) {
      skipped.push(header);
      return;
    }
    let values = table.columns[c] as Float64Array;
    if (table.dateColumns[c]) {
      const t0 = values.find((v) => !Number.isNaN(v));
      if (t0 !== undefined) {
        if (header === "time/s" && settings.startTime === undefined) {
          const iso = localIso(t0);
          if (iso !== undefined) settings.startTime = iso;
        }
        for (let i = 0; i < values.length; i++) values[i] = ((values[i] as number) - t0) / 1000;
        settings.notes.timeFromDates = `${header} was written as date-times; converted to seconds since the first row`;
      } else values = values.fill(Number.NaN);
    }
    columns.push({ header, values });
  });
  if (skipped.length > 0) settings.notes.skippedColumns = skipped.join(", ");
  if (unpackFlags(columns)) settings.notes.packedFlags = true;
  if (table.decimalComma) settings.notes.decimalComma = true;
  settings.notes.encoding = text.encoding;
  return {
    format: "biologic-mpt",
    formatVersion,
    columns,
    points: table.rows,
    settings,
    loops,
    warnings,
  };
}
