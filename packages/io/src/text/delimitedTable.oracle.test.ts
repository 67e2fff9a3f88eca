import { isLmbError, LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DelimitedTable,
  type DelimitedTableOptions,
  parseDelimitedTable,
} from "./delimitedTable.js";
import { parseNumberAt } from "./parseNumber.js";
import { sniffDelimiter, splitFields } from "./sniffDelimiter.js";

// The line-by-line implementation (text.split("\n"), one string per line) that the index scan
// replaced, kept verbatim as the oracle: both must agree on every input.

function isNumericField(text: string, decimalComma: boolean): boolean {
  return !Number.isNaN(parseNumberAt(text, 0, text.length, decimalComma));
}

function numericShare(fields: readonly string[], decimalComma: boolean): number {
  let numeric = 0;
  let filled = 0;
  for (const f of fields) {
    if (f.trim() === "") continue;
    filled++;
    if (isNumericField(f, decimalComma)) numeric++;
  }
  return filled === 0 ? 0 : numeric / filled;
}

/** Finds the header: the line just above the first run of mostly numeric rows of the table's width. */
function detectHeader(lines: readonly string[], delimiter: string, decimalComma: boolean): number {
  const limit = Math.min(lines.length, 2000);
  for (let i = 0; i < limit; i++) {
    const fields = splitFields(lines[i] as string, delimiter);
    if (fields.length < 2 || numericShare(fields, decimalComma) < 0.5) continue;
    // Require the next line (if any) to look like data as well, so a stray numeric line in a
    // metadata block does not end the header search.
    const next = lines[i + 1];
    if (
      next !== undefined &&
      next.trim() !== "" &&
      numericShare(splitFields(next, delimiter), decimalComma) < 0.5
    )
      continue;
    for (let h = i - 1; h >= 0; h--) {
      const line = lines[h] as string;
      if (line.trim() === "") continue;
      const headerFields = splitFields(line, delimiter);
      return headerFields.length >= 2 && numericShare(headerFields, decimalComma) < 0.5 ? h + 1 : 0;
    }
    return 0;
  }
  return -1;
}

function detectDecimalComma(lines: readonly string[], delimiter: string): boolean {
  if (delimiter === ",") return false;
  let comma = 0;
  let point = 0;
  for (const line of lines) {
    for (const field of splitFields(line, delimiter)) {
      const f = field.trim();
      if (/^[+-]?\d+,\d+([eE][+-]?\d+)?$/.test(f)) comma++;
      else if (/^[+-]?\d*\.\d+([eE][+-]?\d+)?$/.test(f)) point++;
    }
  }
  return comma > point;
}

function referenceParse(text: string, options: DelimitedTableOptions = {}): DelimitedTable {
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const location = (line: number) => ({
    location: { ...(options.source === undefined ? {} : { source: options.source }), line },
  });
  const sample = lines.slice(Math.max(0, lines.length - 50));
  const delimiter = options.delimiter ?? sniffDelimiter(sample);
  if (delimiter === undefined) {
    throw new LmbError(
      "E_FORMAT",
      "no delimited table found (no line splits into two or more fields)",
      {
        ...location(1),
        fix: "export the data as CSV or tab-separated text with one header row",
      },
    );
  }
  const decimalComma = options.decimalComma ?? detectDecimalComma(sample, delimiter);
  const headerLine = options.headerLine ?? detectHeader(lines, delimiter, decimalComma);
  if (headerLine < 0) {
    throw new LmbError("E_FORMAT", "no rows of numbers found in the first 2000 lines", {
      ...location(1),
      fix: "check the file is a data export, or give the header line",
    });
  }
  const headerFields =
    headerLine > 0 ? splitFields(lines[headerLine - 1] as string, delimiter) : [];
  let firstData = headerLine;
  while (firstData < lines.length && (lines[firstData] as string).trim() === "") firstData++;
  const width = Math.max(
    headerFields.length,
    firstData < lines.length ? splitFields(lines[firstData] as string, delimiter).length : 0,
  );
  const headers = Array.from({ length: width }, (_, i) =>
    (headerFields[i] ?? `column${i + 1}`).trim().replace(/^"|"$/g, ""),
  );
  const capacity = lines.length - firstData;
  const numbers = Array.from({ length: width }, () => new Float64Array(capacity));
  const texts: (string[] | undefined)[] = new Array(width).fill(undefined);
  let row = 0;
  const delimiterCode = delimiter.charCodeAt(0);
  for (let li = firstData; li < lines.length; li++) {
    const line = lines[li] as string;
    if (line.length === 0 || line === "\r" || line.trim() === "") continue;
    if (line.includes('"')) {
      const fields = splitFields(line, delimiter);
      if (fields.length > width) throw tooWide(li + 1, fields.length, width, location);
      for (let c = 0; c < width; c++)
        storeCell(
          fields[c] ?? "",
          0,
          (fields[c] ?? "").length,
          c,
          row,
          numbers,
          texts,
          decimalComma,
        );
    } else {
      let start = 0;
      let c = 0;
      for (;;) {
        let end = start;
        while (end < line.length && line.charCodeAt(end) !== delimiterCode) end++;
        if (c >= width) {
          // Trailing empty fields ("1,2,") are common and harmless; real extra data is not.
          if (
            line
              .slice(start)
              .trim()
              .replace(new RegExp(`\\${delimiter}`, "g"), "") !== ""
          )
            throw tooWide(li + 1, c + 1, width, location);
          break;
        }
        storeCell(line, start, end, c, row, numbers, texts, decimalComma);
        c++;
        if (end >= line.length) break;
        start = end + 1;
      }
      for (; c < width; c++) {
        (numbers[c] as Float64Array)[row] = Number.NaN;
        const t = texts[c];
        if (t) t[row] = "";
      }
    }
    row++;
  }
  return {
    delimiter,
    decimalComma,
    headerLine,
    headers,
    preamble: lines.slice(0, Math.max(0, headerLine - 1)),
    rowCount: row,
    firstDataLine: firstData + 1,
    numbers: numbers.map((column) => column.subarray(0, row)),
    texts: texts.map((t) => (t === undefined ? undefined : t.slice(0, row))),
  };
}

function storeCell(
  line: string,
  start: number,
  end: number,
  column: number,
  row: number,
  numbers: Float64Array[],
  texts: (string[] | undefined)[],
  decimalComma: boolean,
): void {
  const value = parseNumberAt(line, start, end, decimalComma);
  (numbers[column] as Float64Array)[row] = value;
  let columnTexts = texts[column];
  if (Number.isNaN(value) && columnTexts === undefined) {
    const cell = line.slice(start, end).trim();
    if (cell === "" || /^nan$/i.test(cell)) return;
    columnTexts = new Array<string>(row);
    columnTexts.fill("");
    // Earlier rows of this column were numbers: keep their text form too.
    for (let r = 0; r < row; r++) {
      const v = (numbers[column] as Float64Array)[r] as number;
      columnTexts[r] = Number.isNaN(v) ? "" : String(v);
    }
    texts[column] = columnTexts;
  }
  if (columnTexts !== undefined)
    columnTexts[row] = line.slice(start, end).trim().replace(/^"|"$/g, "");
}

function tooWide(
  line: number,
  fields: number,
  width: number,
  location: (line: number) => object,
): LmbError {
  return new LmbError("E_FORMAT", `row has ${fields} fields but the header has ${width}`, {
    ...location(line),
    fix: "check for a delimiter inside an unquoted value, or give the delimiter explicitly",
  });
}

type Outcome = { table: DelimitedTable } | { error: string };

function outcome(parse: () => DelimitedTable): Outcome {
  try {
    const t = parse();
    return {
      table: {
        ...t,
        numbers: t.numbers.map((c) => Array.from(c) as unknown as Float64Array),
      },
    };
  } catch (error) {
    if (!isLmbError(error)) throw error;
    return { error: `${error.code} ${error.message} line ${error.location?.line}` };
  }
}

const cell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String),
  fc.integer({ min: -999, max: 999 }).map(String),
  fc.constantFrom("", " ", "NaN", "CC", "rest", "3,25", '"a,b"', '"x"', "1e-3", "\r", " 7 ", "-"),
);
const line = fc
  .tuple(fc.array(cell, { minLength: 0, maxLength: 6 }), fc.constantFrom(",", ";", "\t", ",,"))
  .map(([cells, d]) => cells.join(d));
const table = fc
  .tuple(
    fc.array(fc.constantFrom("Instrument: X", "", "  ", "a,b,c", "t;U;I", "x\ty\tz"), {
      maxLength: 4,
    }),
    fc.array(line, { minLength: 0, maxLength: 30 }),
    fc.constantFrom("\n", "\r\n"),
    fc.boolean(),
  )
  .map(([pre, rows, eol, final]) => [...pre, ...rows].join(eol) + (final ? eol : ""));

describe("parseDelimitedTable agrees with the line-by-line reference", () => {
  it("on random tables with preambles, blank lines, quotes, text cells and CRLF (property)", () => {
    fc.assert(
      fc.property(table, (text) => {
        expect(outcome(() => parseDelimitedTable(text))).toEqual(
          outcome(() => referenceParse(text)),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it("on arbitrary strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(outcome(() => parseDelimitedTable(text))).toEqual(
          outcome(() => referenceParse(text)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  // (no digit: both parsers escape the delimiter into a RegExp, where "\\1" is a back-reference)
  it("with explicit delimiters that look like parts of numbers (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(" ", "-", "+", "e", "E", ".", ",", "\r"),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (delimiter, rows, decimalComma) => {
          const text = `a${delimiter}b\n${rows.map((r) => r.join(delimiter)).join("\n")}\n`;
          const options = { delimiter, decimalComma, headerLine: 1 };
          expect(outcome(() => parseDelimitedTable(text, options))).toEqual(
            outcome(() => referenceParse(text, options)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("with a given delimiter and header line, and past 2000 lines", () => {
    const long = ["meta", "t,v", ...Array.from({ length: 2500 }, (_, i) => `${i},${i / 7}`)].join(
      "\n",
    );
    for (const options of [{}, { delimiter: ",", headerLine: 2 }, { headerLine: 0 }]) {
      expect(outcome(() => parseDelimitedTable(long, options))).toEqual(
        outcome(() => referenceParse(long, options)),
      );
    }
    const late = `${Array.from({ length: 2100 }, () => "note").join("\n")}\nt,v\n1,2\n`;
    expect(outcome(() => parseDelimitedTable(late, { headerLine: 2101 }))).toEqual(
      outcome(() => referenceParse(late, { headerLine: 2101 })),
    );
  });

  it("grows its columns when the header is far wider than the rows (no line-count sizing)", () => {
    const header = Array.from({ length: 60 }, (_, i) => `c${i}`).join(",");
    const rows = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? "" : `${i},${i / 4}`));
    const text = `${header}\n${rows.join("\n")}\n`;
    const t = parseDelimitedTable(text);
    expect(outcome(() => t)).toEqual(outcome(() => referenceParse(text)));
    expect(t.rowCount).toBe(3000 - Math.ceil(3000 / 7));
    expect(t.numbers[1]?.[t.rowCount - 1]).toBe(2999 / 4);
  });

  it("sizes its columns by the line count: no slack without blank lines", () => {
    const text = `t,v\n${Array.from({ length: 5000 }, (_, i) => `${i},${-i}`).join("\n")}`;
    const t = parseDelimitedTable(text);
    expect(t.numbers.map((c) => c.buffer.byteLength)).toEqual([40000, 40000]);
    const blanks = `t,v\n${Array.from({ length: 5000 }, (_, i) => `${i},${-i}\n`).join("\n")}`;
    const b = parseDelimitedTable(blanks);
    expect(b.rowCount).toBe(5000);
    // half the lines blank: copied to the row count rather than kept as a half-empty view
    expect(b.numbers.map((c) => c.buffer.byteLength)).toEqual([40000, 40000]);
  });

  it("grows its columns past the first estimate (short first row, long later rows)", () => {
    const text = `a,b\n1,2\n${Array.from({ length: 5000 }, (_, i) => `${i}.123456789,${-i}.5`).join("\n")}`;
    const t = parseDelimitedTable(text);
    expect(t.rowCount).toBe(5001);
    expect(t.numbers[0]?.[5000]).toBe(4999.123456789);
    expect(t.numbers[1]?.[5000]).toBe(-4999.5);
  });
});
