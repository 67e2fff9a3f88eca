import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCRate } from "./parseCRate.js";

describe("parseCRate", () => {
  it("reads the notations researchers write", () => {
    expect(parseCRate("1")).toBe(1);
    expect(parseCRate("0.5")).toBe(0.5);
    expect(parseCRate("2C")).toBe(2);
    expect(parseCRate("0.1 C")).toBe(0.1);
    expect(parseCRate("C/10")).toBeAllClose(0.1, { rtol: 1e-15 });
    expect(parseCRate(" c / 3 ")).toBeAllClose(1 / 3, { rtol: 1e-15 });
    expect(parseCRate("1e-1")).toBe(0.1);
  });

  it("rejects anything else with E_CRATE_PARSE at the flag", () => {
    for (const text of ["", "fast", "-1", "0", "C/0", "1/C", "C10", "1 A"]) {
      expect(() => parseCRate(text)).toThrow(expect.objectContaining({ code: "E_CRATE_PARSE" }));
    }
    expect(() => parseCRate("x", "--rate")).toThrow(
      expect.objectContaining({ location: { source: "--rate" } }),
    );
  });

  it("reads back any positive rate written as n, nC and C/(1/n)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 100, noNaN: true }), (n) => {
        expect(parseCRate(String(n))).toBe(n);
        expect(parseCRate(`${n}C`)).toBe(n);
        expect(parseCRate(`C/${1 / n}`)).toBeAllClose(n, { rtol: 1e-12 });
      }),
    );
  });
});
