import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDelimitedTable } from "./delimitedTable.js";
import { detached } from "./textLines.js";

describe("parseDelimitedTable", () => {
  it("reads a plain CSV with a header", () => {
    const t = parseDelimitedTable("Time (s),Voltage (V),Current (mA)\n0,3.1,0.5\n1,3.2,-0.5\n");
    expect(t.headers).toEqual(["Time (s)", "Voltage (V)", "Current (mA)"]);
    expect(t.rowCount).toBe(2);
    expect(Array.from(t.numbers[1] as Float64Array)).toEqual([3.1, 3.2]);
    expect(t.texts.every((x) => x === undefined)).toBe(true);
  });

  it("skips a metadata preamble, sniffs semicolons and a decimal comma, keeps text columns", () => {
    const text = [
      "Instrument: X",
      "Cell: Li||Li",
      "",
      "t/s;U/V;state",
      "0;0,012;rest",
      "10;0,015;CC",
      "20;-0,020;CC",
    ].join("\r\n");
    const t = parseDelimitedTable(text);
    expect(t.delimiter).toBe(";");
    expect(t.decimalComma).toBe(true);
    expect(t.headerLine).toBe(4);
    expect(t.preamble).toEqual(["Instrument: X\r", "Cell: Li||Li\r", "\r"]);
    expect(Array.from(t.numbers[1] as Float64Array)).toEqual([0.012, 0.015, -0.02]);
    expect(t.texts[2]).toEqual(["rest", "CC", "CC"]);
    expect(t.firstDataLine).toBe(5);
  });

  it("names the line of a row wider than the header", () => {
    try {
      parseDelimitedTable("a,b\n1,2\n3,4,5\n");
      expect.unreachable();
    } catch (error) {
      expect(isLmbError(error) && error.code === "E_FORMAT" && error.location?.line === 3).toBe(
        true,
      );
    }
  });

  it("round-trips random numeric tables written with any delimiter (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t"),
        fc.array(
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
            minLength: 3,
            maxLength: 3,
          }),
          {
            minLength: 2,
            maxLength: 40,
          },
        ),
        (delimiter, rows) => {
          const text = `a${delimiter}b${delimiter}c\n${rows.map((r) => r.join(delimiter)).join("\n")}\n`;
          const t = parseDelimitedTable(text);
          expect(t.rowCount).toBe(rows.length);
          for (let c = 0; c < 3; c++) {
            expect(Array.from(t.numbers[c] as Float64Array, (v) => v + 0)).toEqual(
              rows.map((r) => (r[c] as number) + 0),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws anything but LmbError on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          parseDelimitedTable(text);
        } catch (error) {
          expect(isLmbError(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("returns headers and preamble equal to the text's, as detached copies", () => {
    const text = `Instrument: a long instrument name\nTime since start (s),Voltage of the cell (V)\n0,3\n`;
    const t = parseDelimitedTable(text);
    expect(t.preamble).toEqual(["Instrument: a long instrument name"]);
    expect(t.headers).toEqual(["Time since start (s)", "Voltage of the cell (V)"]);
    for (const s of ["", "short", "a string of more than 13 chars"]) expect(detached(s)).toBe(s);
  });
});
