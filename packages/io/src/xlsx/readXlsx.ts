import { LmbError } from "@lmb/errors";
import { readZip } from "./readZip.js";
import { unescapeXml, xmlAttributes } from "./xmlText.js";

/** A cell value: text, number (dates stay Excel serial days), or `null` for an empty cell. */
export type XlsxCell = string | number | null;

/** One worksheet: its name and its rows (row 0 = spreadsheet row 1), each a dense cell array. */
export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
}

/** A workbook's worksheets in workbook order. */
export interface XlsxWorkbook {
  sheets: XlsxSheet[];
}

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** File name for error locations. */
  source?: string;
  /** Read only the sheets whose names pass this test (the others get `rows: []`). */
  sheetFilter?: (name: string) => boolean;
  /** Cap on the decompressed size of the parts read. @default 1 GiB */
  maxBytes?: number;
}

// Excel's own limits; a reference beyond them is damage, not data.
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const utf8 = new TextDecoder("utf-8");

/** Column letters of an A1 reference → 0-based index (`"B7"` → 1); −1 when there are none. */
function columnIndex(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === 0 ? -1 : col - 1;
}

function rowNumber(ref: string): number {
  const digits = /\d+$/.exec(ref);
  return digits === null ? -1 : Number(digits[0]);
}

function textRuns(xml: string): string {
  let text = "";
  const pattern = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) text += m[1];
  return unescapeXml(text);
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const pattern = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    strings.push(m[1] === undefined ? "" : textRuns(m[1]));
  }
  return strings;
}

function cellValue(type: string | undefined, body: string, strings: string[]): XlsxCell {
  if (type === "inlineStr") return textRuns(body);
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? null;
    case "str":
      return unescapeXml(v);
    case "e":
      return null;
    case "b":
      return v === "1" ? 1 : 0;
    default: {
      const n = Number(v);
      return Number.isNaN(n) ? unescapeXml(v) : n;
    }
  }
}

function parseSheet(xml: string, strings: string[], source: string | undefined): XlsxCell[][] {
  const rows: XlsxCell[][] = [];
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let nextRow = 1;
  for (let r = rowPattern.exec(xml); r !== null; r = rowPattern.exec(xml)) {
    const rowAttributes = xmlAttributes(r[1] as string);
    const number = rowAttributes.r === undefined ? nextRow : Number(rowAttributes.r);
    if (!Number.isInteger(number) || number < nextRow || number > MAX_ROWS) {
      throw new LmbError("E_FORMAT", `worksheet row number "${rowAttributes.r}" is out of order`, {
        ...(source === undefined ? {} : { location: { source } }),
        fix: "re-save the workbook in Excel or export it as CSV",
      });
    }
    while (rows.length < number - 1) rows.push([]);
    const cells: XlsxCell[] = [];
    const body = r[2] ?? "";
    cellPattern.lastIndex = 0;
    for (let c = cellPattern.exec(body); c !== null; c = cellPattern.exec(body)) {
      const attributes = xmlAttributes(c[1] as string);
      const ref = attributes.r;
      let col = ref === undefined ? cells.length : columnIndex(ref);
      if (ref !== undefined && rowNumber(ref) !== number) col = -1;
      if (col < 0 || col >= MAX_COLUMNS) {
        throw new LmbError("E_FORMAT", `worksheet cell reference "${ref}" is invalid`, {
          ...(source === undefined ? {} : { location: { source } }),
          fix: "re-save the workbook in Excel or export it as CSV",
        });
      }
      while (cells.length < col) cells.push(null);
      cells[col] = cellValue(attributes.t, c[2] ?? "", strings);
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
    nextRow = number + 1;
  }
  return rows;
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return target.startsWith("xl/") ? target : `xl/${target}`;
}

/**
 * Reads an Office Open XML workbook (`.xlsx`, as written by Excel, Neware BTSDA and Arbin
 * DataPro) into sheets of cell values. Shared strings, inline strings, numbers, booleans (0/1)
 * and formula results are returned; errors (`#N/A`) and empty cells are `null`; styles are
 * ignored, so dates stay Excel serial day numbers (days since 1899-12-30). Rows are dense
 * arrays indexed by column (A = 0); missing rows are empty arrays. Pure JavaScript on `fflate`
 * (runs in browsers); the ZIP size is capped (see {@link readZip}).
 *
 * Source: ECMA-376 Part 1, §18.3 (SpreadsheetML sheet data) and §18.4 (shared strings).
 *
 * @throws LmbError `E_FORMAT` when the bytes are not a workbook or a part is damaged.
 * @example
 * const { sheets } = readXlsx(bytes, { source: "run.xlsx" });
 * sheets[0].rows[0]; // header row, e.g. ["Date_Time", "Test_Time(s)", …]
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): XlsxWorkbook {
  const { source, sheetFilter } = options;
  const entries = readZip(bytes, {
    ...(source === undefined ? {} : { source }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    include: (name) => (name.startsWith("xl/") && name.endsWith(".xml")) || name.endsWith(".rels"),
  });
  const text = (name: string): string | undefined => {
    const data = entries.get(name);
    return data === undefined ? undefined : utf8.decode(data);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) {
    throw new LmbError(
      "E_FORMAT",
      "the archive has no xl/workbook.xml, so it is not an .xlsx workbook",
      {
        ...(source === undefined ? {} : { location: { source } }),
        fix: "open the file in Excel and save it as .xlsx, or export CSV",
      },
    );
  }
  const targets = new Map<string, string>();
  const rels = text("xl/_rels/workbook.xml.rels") ?? "";
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = xmlAttributes(m[1] as string);
    if (a.Id !== undefined && a.Target !== undefined) targets.set(a.Id, resolveTarget(a.Target));
  }
  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const sheets: XlsxSheet[] = [];
  let position = 0;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    position++;
    const a = xmlAttributes(m[1] as string);
    const name = a.name ?? `Sheet${position}`;
    if (sheetFilter !== undefined && !sheetFilter(name)) {
      sheets.push({ name, rows: [] });
      continue;
    }
    const id = a["r:id"];
    const path =
      (id === undefined ? undefined : targets.get(id)) ?? `xl/worksheets/sheet${position}.xml`;
    const xml = text(path);
    sheets.push({ name, rows: xml === undefined ? [] : parseSheet(xml, strings, source) });
  }
  return { sheets };
}
