import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber, parseNumberAt } from "./parseNumber.js";

describe("parseNumberAt", () => {
  it("reads plain, signed, exponent and decimal-comma numbers", () => {
    expect(parseNumber("3.25")).toBe(3.25);
    expect(parseNumber("-0.001")).toBe(-0.001);
    expect(parseNumber("+7E-3")).toBe(0.007);
    expect(parseNumber(" 12 ")).toBe(12);
    expect(parseNumber("1,5", true)).toBe(1.5);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("5.")).toBe(5);
    expect(parseNumber("1.234567890123456789")).toBe(Number("1.234567890123456789"));
    expect(parseNumberAt("a;-4,5e2;b", 2, 8, true)).toBe(-450);
  });

  it("returns NaN for text that is not a number", () => {
    for (const s of ["", " ", "abc", "1.2.3", "1e", "--1", "1,5", "0x10", "12:30:00"]) {
      expect(parseNumber(s)).toBeNaN();
    }
    expect(parseNumber("inf")).toBe(Number.POSITIVE_INFINITY);
  });

  it("agrees with Number() on every double written by toString or toExponential (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 16 }),
        (x, digits) => {
          for (const text of [String(x), x.toExponential(digits), x.toPrecision(digits + 1)]) {
            expect(
              Object.is(parseNumber(text), Number(text)) || parseNumber(text) === Number(text),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
