import { IonicConductivityResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { ionicConductivity } from "./ionicConductivity.js";

describe("ionicConductivity", () => {
  it("σ = L/(R·A) = 0.05 cm / (25 Ω × 1.13 cm²) = 1.7699 mS cm⁻¹ (SCIENCE.md §2)", () => {
    const result = IonicConductivityResultSchema.parse(
      ionicConductivity({ resistance: 25, thickness: 500e-6, area: 1.13e-4 }),
    );
    expect(result.conductivity.value).toBeAllClose((0.05 / (25 * 1.13)) * 1e3, { rtol: 1e-12 });
    expect(result.conductivity).toMatchObject({ unit: "mS cm⁻¹", siUnit: "S m⁻¹" });
    expect(result.areaSpecificResistance.value).toBeAllClose(28.25, { rtol: 1e-12 });
    expect(result.thickness.unit).toBe("µm");
    expect(result.thickness.value).toBeAllClose(500, { rtol: 1e-12 });
    expect(result.conductivity.standardError).toBeUndefined();
  });

  it("propagates relative errors in quadrature: 3 % on R and 4 % on L give 5 % on σ", () => {
    const result = ionicConductivity({
      resistance: 100,
      thickness: 1e-3,
      area: 1e-4,
      resistanceStandardError: 3,
      thicknessStandardError: 4e-5,
    });
    expect(result.conductivity.value).toBeAllClose(1, { rtol: 1e-12 }); // 1 mS cm⁻¹
    expect(result.conductivity.standardError).toBeAllClose(0.05, { rtol: 1e-12 });
    expect(result.conductivity.interval?.upper).toBeAllClose(1 + 1.959964 * 0.05, { rtol: 1e-6 });
    expect(result.areaSpecificResistance.standardError).toBeAllClose(3, { rtol: 1e-12 }); // Ω cm²
  });

  it("refuses a non-positive resistance, thickness or area (a non-positive conductivity), with the fix", () => {
    expect(() => ionicConductivity({ resistance: 0, thickness: 1e-3, area: 1e-4 })).toThrow(
      /E_INVALID_INPUT: resistance must be positive, got 0 Ω.*Fix: give the resistance as a positive number/,
    );
    expect(() => ionicConductivity({ resistance: 10, thickness: -1e-3, area: 1e-4 })).toThrow(
      /thickness/,
    );
    expect(() => ionicConductivity({ resistance: 10, thickness: 1e-3, area: Number.NaN })).toThrow(
      /area/,
    );
  });
});
