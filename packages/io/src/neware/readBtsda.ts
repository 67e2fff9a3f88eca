import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import type { ReadOptions } from "../formats/FormatReader.js";
import { decodeText } from "../text/decodeText.js";
import { sniffDelimiter, splitFields } from "../text/sniffDelimiter.js";
import { readXlsx } from "../xlsx/readXlsx.js";
import { type BtsdaCell, readBtsdaRows } from "./btsdaRows.js";

/**
 * Reads a Neware BTSDA CSV export (flat record export or layered cycle/step/record export; UTF-8
 * or Windows-1252, where `µ` is byte 0xB5) into a cycling dataset. See `readBtsdaRows` for the
 * layouts and units.
 *
 * @example
 * const data = readBtsdaCsv(bytes, { fileName: "neware_uio.csv" });
 */
export function readBtsdaCsv(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const { text, encoding } = decodeText(bytes);
  const lines = text.split(/\r?\n/);
  const delimiter = lines[0]?.includes("\t") ? "\t" : (sniffDelimiter(lines.slice(0, 20)) ?? ",");
  const rows: BtsdaCell[][] = lines.map((line) => splitFields(line, delimiter));
  return readBtsdaRows(rows, {
    format: "neware-btsda-csv",
    formatVersion: encoding,
    firstLine: 1,
    options,
  });
}

/** True when a sheet's first rows look like a BTSDA record table (a `DataPoint` header cell). */
function isRecordSheet(rows: readonly (readonly BtsdaCell[])[]): boolean {
  return rows
    .slice(0, 5)
    .some((row) =>
      row.some((c) => typeof c === "string" && c.trim().toLowerCase() === "datapoint"),
    );
}

/**
 * Reads a Neware BTSDA Excel export (`.xlsx`): the first sheet with a `DataPoint` header (the
 * record sheet of BTSDA's multi-sheet export, or a layered sheet), same columns and units as the
 * CSV. Durations may be `hh:mm:ss` text or seconds; dates text or Excel serial days.
 *
 * @throws LmbError `E_FORMAT` when no sheet holds BTSDA records.
 * @example
 * const data = readBtsdaXlsx(bytes, { fileName: "export.xlsx" });
 */
export function readBtsdaXlsx(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const workbook = readXlsx(bytes, {
    ...(source === undefined ? {} : { source }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  const sheet = workbook.sheets.find((s) => isRecordSheet(s.rows));
  if (sheet === undefined) {
    throw new LmbError("E_FORMAT", "no worksheet with BTSDA records (a DataPoint column) found", {
      ...(source === undefined ? {} : { location: { source } }),
      fix: "export the record layer from BTSDA, or export CSV",
    });
  }
  return readBtsdaRows(sheet.rows, {
    format: "neware-btsda-xlsx",
    formatVersion: `sheet ${sheet.name}`,
    firstLine: 1,
    options,
  });
}
