import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fractionList, fractionOption, thicknessInDiameters } from "./percolationOptions.js";
import { thresholdSizes } from "./thresholdCommand.js";

describe("percolation option parsers", () => {
  it("read any fraction in [0, 1] back exactly, as a number or a percentage, and refuse the rest", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        expect(fractionOption(String(x), "--f")).toBe(x);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1.000001, max: 1e6, noNaN: true }), (x) => {
        expect(() => fractionOption(String(x), "--f")).toThrow(/outside \[0, 1\]/);
        expect(() => fractionOption(String(-x), "--f")).toThrow(/outside \[0, 1\]/);
      }),
    );
    expect(fractionOption("30 %", "--f")).toBeCloseTo(0.3, 15);
  });

  it("expand ranges to evenly spaced, increasing fractions with both ends", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5001, max: 1, noNaN: true }),
        fc.integer({ min: 2, max: 50 }),
        (a, b, n) => {
          const list = fractionList(`${a}:${b}:${n}`, "--f");
          expect(list).toHaveLength(n);
          expect(list[0]).toBe(a);
          expect(list[n - 1]).toBeCloseTo(b, 12);
          for (let i = 1; i < n; i++) expect(list[i]).toBeGreaterThan(list[i - 1] as number);
        },
      ),
    );
  });

  it("read thicknesses in diameters or as lengths over the diameter", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), (h) => {
        expect(thicknessInDiameters(`${h} d`)).toBe(h);
        expect(thicknessInDiameters(String(h))).toBe(h);
      }),
    );
    expect(thicknessInDiameters("50 nm", "5 nm")).toBeCloseTo(10, 12);
    expect(thicknessInDiameters("0.1 um", "20 nm")).toBeCloseTo(5, 12);
    expect(() => thicknessInDiameters("0 d")).toThrow(/positive thickness/);
  });

  it("sort distinct sizes ≥ 8 and refuse fewer than 3", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 8, max: 4096 }), { minLength: 3, maxLength: 8 }),
        (sizes) => {
          expect(thresholdSizes(sizes.join(","))).toEqual([...sizes].sort((a, b) => a - b));
        },
      ),
    );
    expect(() => thresholdSizes("16,16,32")).toThrow(/repeats a size/);
  });
});
