import { LmbError } from "@lmb/errors";
import { parseNumber } from "../text/parseNumber.js";

/** One data line of a vendor impedance table: its 1-based line number and its fields. */
export interface RowLine {
  line: number;
  fields: readonly string[];
}

/** Where the frequency, Z′ and Z″ values sit in a row, and how many fields a whole row has. */
export interface SpectrumLayout {
  frequency: number;
  zReal: number;
  zImag: number;
  /** Fields of a complete row; a shorter row is cut (or broken). */
  width: number;
  /** Optional columns to keep: dataset key → field index. */
  extra?: Readonly<Record<string, number>>;
}

/** The values read from the rows, column by column, plus the line of a dropped cut last row. */
export interface SpectrumRows {
  frequency: Float64Array;
  zReal: Float64Array;
  zImag: Float64Array;
  extra: Record<string, Float64Array>;
  /** Line number of a cut last row that was dropped. */
  droppedLastLine?: number;
}

/** `{ location: { source?, line } }` for an LmbError. */
export function at(fileName: string | undefined, line?: number) {
  return {
    location: {
      ...(fileName === undefined ? {} : { source: fileName }),
      ...(line === undefined ? {} : { line }),
    },
  };
}

/**
 * Parses the rows of a vendor impedance table. A row shorter than `layout.width` is a cut row:
 * dropped when it is the last row of a file that ends early (`lastMayBeCut`), an `E_FORMAT`
 * error otherwise. A frequency, Z′ or Z″ that is not a finite number (or a frequency ≤ 0) is an
 * `E_FORMAT` error naming the line; optional columns keep NaN for a non-number.
 *
 * @throws LmbError `E_FORMAT` naming the line of a broken row; `E_TRUNCATED` when no row is left.
 * @example
 * parseSpectrumRows(rows, { frequency: 0, zReal: 1, zImag: 2, width: 5 }, "chi.txt", false, 19);
 */
export function parseSpectrumRows(
  rows: readonly RowLine[],
  layout: SpectrumLayout,
  fileName: string | undefined,
  lastMayBeCut: boolean,
  emptyLine: number,
): SpectrumRows {
  let usable = rows;
  let droppedLastLine: number | undefined;
  const last = rows[rows.length - 1];
  if (lastMayBeCut && last !== undefined && last.fields.length < layout.width) {
    usable = rows.slice(0, -1);
    droppedLastLine = last.line;
  }
  if (usable.length === 0) {
    throw new LmbError("E_TRUNCATED", "the impedance table has a header but no complete data row", {
      ...at(fileName, emptyLine),
      fix: "check the sweep was saved completely",
    });
  }
  const n = usable.length;
  const frequency = new Float64Array(n);
  const zReal = new Float64Array(n);
  const zImag = new Float64Array(n);
  const extraEntries = Object.entries(layout.extra ?? {});
  const extra: Record<string, Float64Array> = {};
  for (const [key] of extraEntries) extra[key] = new Float64Array(n);
  const required: [string, number, Float64Array][] = [
    ["frequency", layout.frequency, frequency],
    ["Z′", layout.zReal, zReal],
    ["Z″", layout.zImag, zImag],
  ];
  usable.forEach((row, r) => {
    if (row.fields.length < layout.width) {
      throw new LmbError(
        "E_FORMAT",
        `line ${row.line} has ${row.fields.length} fields, expected ${layout.width}`,
        { ...at(fileName, row.line), fix: "check the file is complete and unedited" },
      );
    }
    for (const [name, index, out] of required) {
      const text = row.fields[index] ?? "";
      const value = parseNumber(text.trim());
      if (!Number.isFinite(value) || (index === layout.frequency && value <= 0)) {
        throw new LmbError(
          "E_FORMAT",
          `line ${row.line}: ${name} "${text.trim()}" is not ${index === layout.frequency ? "a positive number" : "a number"}`,
          { ...at(fileName, row.line), fix: "check the file is complete and unedited" },
        );
      }
      out[r] = value;
    }
    for (const [key, index] of extraEntries) {
      (extra[key] as Float64Array)[r] = parseNumber((row.fields[index] ?? "").trim());
    }
  });
  return {
    frequency,
    zReal,
    zImag,
    extra,
    ...(droppedLastLine === undefined ? {} : { droppedLastLine }),
  };
}
