import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fractionOption } from "../percolation/percolationOptions.js";
import { gridOption, positiveOption } from "./gridOption.js";

const fraction = (t: string) => fractionOption(t, "--fractions");

describe("gridOption (--fractions, --aspect-ratios)", () => {
  it("reads lists, linear and log ranges with exact ends", () => {
    expect(gridOption("0.1, 0.2,0.35", "--fractions", fraction)).toEqual([0.1, 0.2, 0.35]);
    expect(gridOption("10 %,30 %", "--fractions", fraction)).toEqual([0.1, 0.3]);
    const lin = gridOption("0.01..0.5:50", "--fractions", fraction);
    expect(lin).toHaveLength(50);
    expect(lin[0]).toBe(0.01);
    expect(lin[49]).toBe(0.5);
    expect(lin[1]).toBe(0.02);
    expect(gridOption("0.1..10:3:log", "--aspect-ratios", Number)).toEqual([0.1, 1, 10]);
  });

  it("names the flag for bad grids", () => {
    expect(() => gridOption("", "--fractions", fraction)).toThrow(/--fractions/);
    expect(() => gridOption("0.3,0.2", "--fractions", fraction)).toThrow(/must increase/);
    expect(() => gridOption("0.1..2:5", "--fractions", fraction)).toThrow(/outside \[0, 1\]/);
    expect(() => gridOption("0..10:5:log", "--aspect-ratios", Number)).toThrow(/positive ends/);
    expect(() => gridOption("0.1..0.5:0", "--fractions", fraction)).toThrow(/not a grid/);
    expect(() => positiveOption("-1", "--aspect-ratio")).toThrow(/must be positive/);
  });

  it("a range FROM..TO:N gives N increasing values from FROM to TO (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 1.001, max: 1000, noNaN: true }),
        fc.integer({ min: 2, max: 200 }),
        fc.boolean(),
        (from, factor, n, log) => {
          const to = from * factor;
          const text = `${from}..${to}:${n}${log ? ":log" : ""}`;
          const values = gridOption(text, "--aspect-ratios", Number);
          expect(values).toHaveLength(n);
          expect(values[0]).toBe(from);
          expect(values[n - 1]).toBe(to);
          for (let i = 1; i < n; i++) expect(values[i]).toBeGreaterThan(values[i - 1] as number);
        },
      ),
    );
  });

  it("a comma list round-trips (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (ints) => {
          const values = [...ints].sort((a, b) => a - b).map((i) => i / 1000);
          expect(gridOption(values.join(","), "--fractions", fraction)).toEqual(values);
        },
      ),
    );
  });
});
