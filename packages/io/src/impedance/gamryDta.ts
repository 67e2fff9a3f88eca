import { parseNumber } from "../text/parseNumber.js";

/** One `NAME TABLE` block of a Gamry `.DTA` file. */
export interface GamryTable {
  /** Table name, e.g. `ZCURVE`, `CURVE`, `CURVE3`, `OCVCURVE`. */
  name: string;
  /** 1-based line of the `NAME TABLE` line. */
  line: number;
  /** Column names (`Pt`, `Time`, `Freq`, `Zreal`, …). */
  headers: string[];
  /** Column units as written (`#`, `s`, `Hz`, `ohm`, `V vs. Ref.`). */
  units: string[];
  /** Values by column (NaN where not a number). */
  columns: Float64Array[];
}

/** A Gamry `.DTA` file: its `KEY TYPE VALUE …` header entries and its tables. */
export interface GamryFile {
  /** `TAG` value: the experiment (`EISPOT`, `GALVEIS`, `CV`, `CHRONOA`, …). */
  tag: string;
  /** Header entries by key: the value field and, for `QUANT`s, the label with the unit. */
  entries: Record<string, { type: string; value: string; label: string }>;
  /** The tables, in file order. */
  tables: GamryTable[];
}

/**
 * Parses the structure of a Gamry Framework `.DTA` text file: `EXPLAIN` first line,
 * tab-separated `KEY TYPE VALUE LABEL` lines, and tables introduced by `NAME TABLE [n]` followed
 * by a header line, a units line and tab-indented rows. Values use a decimal point.
 *
 * @example
 * parseGamryDta(text).tables.find((t) => t.name === "ZCURVE")?.headers; // ["Pt", "Time", "Freq", …]
 */
export function parseGamryDta(text: string): GamryFile {
  const lines = text.split("\n");
  const entries: GamryFile["entries"] = {};
  const tables: GamryTable[] = [];
  let i = 1;
  while (i < lines.length) {
    const line = (lines[i] as string).replace(/\r$/, "");
    const fields = line.split("\t");
    const key = fields[0] as string;
    if (key !== "" && fields[1] === "TABLE") {
      const table = readTable(lines, i, key);
      tables.push(table.table);
      i = table.next;
      continue;
    }
    if (key !== "" && fields.length >= 2 && entries[key] === undefined) {
      entries[key] = {
        type: (fields[1] as string).trim(),
        value: (fields[2] ?? "").trim(),
        label: (fields[fields.length - 1] as string).trim(),
      };
    }
    i++;
  }
  return { tag: entries.TAG?.type ?? "", entries, tables };
}

function readTable(
  lines: readonly string[],
  at: number,
  name: string,
): { table: GamryTable; next: number } {
  const clean = (l: string | undefined) => (l ?? "").replace(/\r$/, "");
  const headers = clean(lines[at + 1])
    .split("\t")
    .slice(1)
    .map((h) => h.trim());
  const units = clean(lines[at + 2])
    .split("\t")
    .slice(1)
    .map((u) => u.trim());
  const rows: string[][] = [];
  let i = at + 3;
  for (; i < lines.length; i++) {
    const line = clean(lines[i]);
    if (!line.startsWith("\t") || line.trim() === "") break;
    rows.push(line.split("\t").slice(1));
  }
  const columns = headers.map((_, c) => Float64Array.from(rows, (r) => parseNumber(r[c] ?? "")));
  return { table: { name, line: at + 1, headers, units, columns }, next: i };
}
