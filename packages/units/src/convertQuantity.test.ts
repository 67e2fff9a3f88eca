import { isLmbError, type LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertDifference, convertQuantity, convertValue } from "./convertQuantity.js";
import { labValue, unitTriple } from "./internal/unitArbitraries.js";

function mismatch(f: () => unknown): LmbError {
  try {
    f();
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("convertValue and convertQuantity", () => {
  it.each([
    [5, "mA cm-2", "A m-2", 50],
    [1, "mAh cm-2", "C cm-2", 3.6],
    [1, "mAh cm-2", "C m-2", 36000],
    [200, "mAh/g", "C/kg", 720000],
    [1, "mS cm-1", "S m-1", 0.1],
    [1, "M", "mol m-3", 1000],
    [250, "mM", "M", 0.25],
    [1, "cm2 s-1", "m2 s-1", 1e-4],
    [20, "Ω cm²", "Ohm m2", 0.002],
    [10, "mV s-1", "V/s", 0.01],
    [1, "kcal/mol", "kJ/mol", 4.184],
    [1, "atm", "kPa", 101.325],
    [90, "min", "h", 1.5],
  ])("%d %s = %d %s", (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toBeAllClose(expected, { rtol: 1e-14 });
  });

  it("1 eV = 96.485 kJ/mol (CODATA 2018: e·N_A = 96485.33212 C/mol), both ways, without options", () => {
    expect(convertValue(1, "eV", "kJ/mol")).toBeAllClose(96.48533212331, { rtol: 1e-12 });
    expect(convertValue(96.48533212, "kJ mol-1", "eV")).toBeAllClose(1, { rtol: 1e-10 });
    expect(convertQuantity("50 kJ/mol", "meV").value).toBeAllClose(518.21348, { rtol: 1e-7 });
  });

  it("temperatures: absolute values use the offset (25 °C = 298.15 K), differences do not", () => {
    expect(convertValue(25, "°C", "K")).toBeAllClose(298.15, { rtol: 1e-15 });
    expect(convertValue(0, "K", "degC")).toBeAllClose(-273.15, { rtol: 1e-15 });
    expect(convertValue(25, "°C", "mK")).toBeAllClose(298150, { rtol: 1e-15 });
    expect(convertDifference(1, "°C", "K")).toBe(1);
    expect(convertValue(10, "°C", "K", { difference: true })).toBe(10);
    expect(convertValue(2, "mV/°C", "mV/K")).toBeAllClose(2, { rtol: 1e-15 });
  });

  it("Li equivalences (SCIENCE.md §2 / theory.md §6): 100 µm ≈ 20.62 mAh cm⁻², 1 mAh cm⁻² ≈ 4.849 µm", () => {
    const li = { material: "Li" } as const;
    expect(convertValue(100, "um", "mAh cm-2", li)).toBeAllClose(20.6225, { rtol: 1e-4 });
    expect(convertValue(1, "mAh cm-2", "µm", li)).toBeAllClose(4.8491, { rtol: 1e-4 });
    expect(convertValue(50, "µm", "mg cm-2", li)).toBeAllClose(2.67, { rtol: 1e-12 });
    expect(convertValue(1, "g", "mAh", li)).toBeAllClose(3861.88, { rtol: 1e-5 });
    expect(convertValue(1, "mA", "mg/h", li)).toBeAllClose(0.25894, { rtol: 1e-4 });
    expect(convertValue(3861.88, "mAh/g", "mAh cm-3", li)).toBeAllClose(2062.25, { rtol: 1e-5 });
  });

  it("E_UNIT_MISMATCH names both dimensions (issue 2 example)", () => {
    const error = mismatch(() => convertQuantity("5 mA cm-2", "mAh cm-2"));
    expect(error.code).toBe("E_UNIT_MISMATCH");
    expect(error.problem).toBe("cannot convert current density (A m⁻²) to areal capacity (C m⁻²)");
  });

  it("E_UNIT_MISMATCH suggests the Li option when it would apply, and Li does not bridge unrelated units", () => {
    expect(mismatch(() => convertValue(100, "um", "mAh cm-2")).fix).toContain('material: "Li"');
    expect(mismatch(() => convertValue(1, "V", "mAh", { material: "Li" })).code).toBe(
      "E_UNIT_MISMATCH",
    );
    expect(mismatch(() => convertValue(1, "%", "mol", { material: "Li" })).code).toBe(
      "E_UNIT_MISMATCH",
    );
  });

  it("refuses NaN input instead of returning NaN", () => {
    expect(mismatch(() => convertValue(Number.NaN, "V", "mV")).code).toBe("E_NOT_FINITE");
  });

  it("property: conversions compose (a→b→c = a→c) and a→b→a is the identity", () => {
    fc.assert(
      fc.property(unitTriple, labValue, ([a, b, c], value) => {
        const viaB = convertValue(convertValue(value, a, b), b, c);
        const direct = convertValue(value, a, c);
        const scale = Math.max(Math.abs(direct), Math.abs(value), 300); // °C ↔ K offsets
        expect(viaB).toBeAllClose(direct, { rtol: 1e-12, atol: 1e-12 * scale });
        expect(convertValue(convertValue(value, a, b), b, a)).toBeAllClose(value, {
          rtol: 1e-12,
          atol: 1e-12 * scale,
        });
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it("property: Li equivalences compose too (µm → mg cm⁻² → mAh cm⁻² = µm → mAh cm⁻²)", () => {
    const li = { material: "Li" } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), (um) => {
        const viaMass = convertValue(
          convertValue(um, "µm", "mg cm-2", li),
          "mg cm-2",
          "mAh cm-2",
          li,
        );
        expect(viaMass).toBeAllClose(convertValue(um, "µm", "mAh cm-2", li), {
          rtol: 1e-12,
          atol: 1e-300,
        });
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
