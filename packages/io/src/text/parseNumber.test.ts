import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber, parseNumberAt, scanNumberInto } from "./parseNumber.js";

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

  it("agrees with Number() and parseFloat on random numeric strings (property)", () => {
    fc.assert(
      fc.property(numeric, fc.boolean(), (text, decimalComma) => {
        const written = decimalComma ? text.replace(".", ",") : text;
        const expected = reference(written, decimalComma);
        expect(parseNumber(written, decimalComma)).toBe(expected);
        if (!Number.isNaN(expected))
          expect(parseNumber(written, decimalComma)).toBe(Number(text.trim()));
        if (!Number.isNaN(expected))
          expect(parseNumber(written, decimalComma)).toBe(Number.parseFloat(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/** What `parseNumber` must return: `Number()` of the trimmed text when it is a plain decimal number. */
function reference(text: string, decimalComma: boolean): number {
  let s = text.trim();
  if (decimalComma) s = s.replace(",", ".");
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

const digits = (max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { maxLength: max }).map((d) => d.join(""));

/** Decimal-looking strings: signs, leading zeros, up to 25 digits, exponents of 0–5 digits, spaces, `\r`. */
const numeric = fc
  .tuple(
    fc.constantFrom("", "", " ", "  "),
    fc.constantFrom("", "", "-", "+", "--"),
    fc.oneof(digits(25), fc.constantFrom("0", "00000000000000000001", "9007199254740993")),
    fc.constantFrom("", ".", ".", ".."),
    digits(25),
    fc.oneof(
      fc.constant(""),
      fc
        .tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "-", "+"), digits(5))
        .map((p) => p.join("")),
    ),
    fc.constantFrom("", "", " ", "\r", " \r", "x"),
  )
  .map((parts) => parts.join(""));

describe("scanNumberInto", () => {
  it("reads each cell of a delimited line in one pass, as parseNumberAt would (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(numeric, fc.constantFrom("", "NaN", "a", "1,5", "\t3")), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(",", ";", "\t", "|"),
        fc.boolean(),
        (cells, delimiter, decimalComma) => {
          const line = cells.map((c) => c.replaceAll(delimiter, "")).join(delimiter);
          const out = new Float64Array(1);
          let start = 0;
          for (;;) {
            let stop = line.indexOf(delimiter, start);
            if (stop < 0) stop = line.length;
            out[0] = 12345;
            const at = scanNumberInto(
              line,
              start,
              line.length,
              delimiter.charCodeAt(0),
              decimalComma ? 44 : 46,
              out,
              0,
            );
            if (at >= 0) {
              expect(at).toBe(stop);
              expect(out[0]).toBe(parseNumberAt(line, start, stop, decimalComma));
            } else expect(out[0]).toBe(12345);
            if (stop === line.length) break;
            start = stop + 1;
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("accepts more significant digits than 15 while the mantissa stays exact", () => {
    const out = new Float64Array(1);
    expect(scanNumberInto("9007199254740991", 0, 16, 44, 46, out, 0)).toBe(16);
    expect(out[0]).toBe(9007199254740991);
    // 2^53 + 1 cannot be held exactly: left to Number()
    expect(scanNumberInto("9007199254740993", 0, 16, 44, 46, out, 0)).toBe(-1);
    expect(parseNumber("9007199254740993")).toBe(9007199254740992);
    expect(parseNumber("0.000000000000000000001234")).toBe(1.234e-21);
    expect(parseNumber("-0.000")).toBe(-0);
  });
});
