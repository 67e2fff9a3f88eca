import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText.js";
import { type DelimitedTable, parseDelimitedTable } from "./delimitedTable.js";
import { textSource } from "./textSource.js";

// A file's table is parsed from its bytes a piece of whole lines at a time (see textSource): the
// result must be the whole decoded text's, wherever the pieces are cut.

type Outcome = { table: DelimitedTable } | { error: string };

function outcome(parse: () => DelimitedTable): Outcome {
  try {
    const t = parse();
    return { table: { ...t, numbers: t.numbers.map((c) => Array.from(c) as never) } };
  } catch (error) {
    if (!isLmbError(error)) throw error;
    return { error: `${error.code} ${error.message} line ${error.location?.line}` };
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of a text whose characters are all Latin-1. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function chunked(bytes: Uint8Array, chunkSize: number) {
  return parseDelimitedTable(textSource(bytes, { chunkSize }), { source: "t.csv" });
}
function whole(bytes: Uint8Array) {
  return parseDelimitedTable(decodeText(bytes).text, { source: "t.csv" });
}

const cell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String),
  fc.integer({ min: -999, max: 999 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x.toExponential(9)),
  fc.constantFrom("", " ", "NaN", "CC", "rest", "3,25", "-0,5", '"a,b"', '"x"', "1e-3", "\r"),
  fc.constantFrom(" 7 ", "-", "µA", "°C", "Zyklus ä", "05/05/2021 15:36:45.513"),
);
const line = fc
  .tuple(fc.array(cell, { minLength: 0, maxLength: 6 }), fc.constantFrom(",", ";", "\t", ",,"))
  .map(([cells, d]) => cells.join(d));
const table = fc
  .tuple(
    fc.array(fc.constantFrom("Instrument: µ", "", "  ", "a,b,c", "t;U/V;I/µA", "x\ty\tz"), {
      maxLength: 4,
    }),
    fc.array(line, { minLength: 0, maxLength: 30 }),
    fc.constantFrom("\n", "\r\n"),
    fc.boolean(),
  )
  .map(([pre, rows, eol, final]) => [...pre, ...rows].join(eol) + (final ? eol : ""));

describe("parseDelimitedTable on a file's bytes, a piece at a time", () => {
  it("equals the whole-text parse for random tables and small pieces, UTF-8 and Windows-1252 (property)", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 48 }), fc.boolean(), (text, size, cp1252) => {
        const bytes = cp1252 ? latin1(text) : utf8(text);
        expect(outcome(() => chunked(bytes, size))).toEqual(outcome(() => whole(bytes)));
      }),
      { numRuns: 300 },
    );
  });

  it("equals the whole-text parse for tables of plain numbers cut anywhere (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t"),
        fc.array(
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
            minLength: 3,
            maxLength: 3,
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.constantFrom("\n", "\r\n"),
        fc.integer({ min: 1, max: 64 }),
        (delimiter, rows, eol, size) => {
          const text = `a${delimiter}b${delimiter}c${eol}${rows.map((r) => r.join(delimiter)).join(eol)}${eol}`;
          const t = chunked(utf8(text), size);
          expect(outcome(() => t)).toEqual(outcome(() => whole(utf8(text))));
          expect(Array.from(t.numbers[2] as Float64Array, (v) => v + 0)).toEqual(
            rows.map((r) => (r[2] as number) + 0),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a row that straddles a piece's nominal end, and a CRLF whose LF is past it", () => {
    const text = "t (s),U (V)\r\n0,3.25\r\n10,3.5\r\n20,3.75\r\n";
    // 13 bytes: the header line and its CR; the LF is byte 14, then "0,3.25" straddles 16
    for (const size of [12, 13, 14, 16, 17, 1]) {
      const t = chunked(utf8(text), size);
      expect(t.headers).toEqual(["t (s)", "U (V)"]);
      expect(Array.from(t.numbers[1] as Float64Array)).toEqual([3.25, 3.5, 3.75]);
      expect(outcome(() => t)).toEqual(outcome(() => whole(utf8(text))));
    }
  });

  it("reads decimal commas and Windows-1252 units in every piece", () => {
    const text = `Zeit/s;U/V;I/µA\n${Array.from({ length: 200 }, (_, i) => `${i};3,${100 + i};-0,${i}5`).join("\n")}\n`;
    const t = chunked(latin1(text), 16);
    expect(t.decimalComma).toBe(true);
    expect(t.headers).toEqual(["Zeit/s", "U/V", "I/µA"]);
    expect(t.numbers[1]?.[199]).toBe(3.299);
    expect(t.numbers[2]?.[150]).toBe(-0.1505);
    expect(outcome(() => t)).toEqual(outcome(() => whole(latin1(text))));
  });

  it("names the right line of a bad row in a later piece (blank lines and CRLF before it)", () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i % 50 === 49 ? "" : `${i},${i / 8}`));
    rows[400] = "400,50,extra";
    const text = `# note\r\nt,v\r\n${rows.join("\r\n")}\r\n`;
    for (const size of [7, 64, 1000]) {
      try {
        chunked(utf8(text), size);
        expect.unreachable();
      } catch (error) {
        if (!isLmbError(error)) throw error;
        expect(error.code).toBe("E_FORMAT");
        expect(error.location?.line).toBe(403);
        expect(error.location?.source).toBe("t.csv");
      }
    }
  });

  it("keeps the text cells of every piece (as detached copies)", () => {
    const text = `t,state\n${Array.from({ length: 100 }, (_, i) => `${i},constant current charge ${i}`).join("\n")}\n`;
    const t = chunked(utf8(text), 32);
    expect(t.texts[1]?.[99]).toBe("constant current charge 99");
    expect(outcome(() => t)).toEqual(outcome(() => whole(utf8(text))));
  });
});
