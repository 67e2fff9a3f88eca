import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertUnitRequest } from "./convertUnitRequest.js";
import { UnitConversionResultSchema } from "./unitConversionResultSchema.js";

describe("convertUnitRequest", () => {
  it("converts 100 µm of dense Li to ≈ 20.6 mAh cm⁻² (SCIENCE.md §2: 0.206 mAh cm⁻² per µm)", () => {
    const result = UnitConversionResultSchema.parse(
      convertUnitRequest({ quantity: "100 um", to: "mAh cm-2", material: "Li" }),
    );
    // q = l·ρ·F/M = 1e-4 m × 534 kg m⁻³ × 96485.33212 C mol⁻¹ / 6.94e-3 kg mol⁻¹, in mAh cm⁻² (÷ 36000)
    expect(result.output.value).toBeAllClose((1e-4 * 534 * 96485.33212) / 6.94e-3 / 36000, {
      rtol: 1e-9,
    });
    expect(result.equivalence).toBe("dense Li metal, 0.534 g cm⁻³, 6.94 g mol⁻¹");
  });

  it("converts within a dimension without an equivalence", () => {
    const result = convertUnitRequest({ quantity: "5 mA cm-2", to: "A m-2" });
    expect(result.output.value).toBeAllClose(50, { rtol: 1e-12 });
    expect(result.equivalence).toBeUndefined();
  });

  it("names the per-particle equivalence for kJ mol⁻¹ ↔ eV, also with material Li", () => {
    for (const material of [undefined, "Li"] as const) {
      const result = convertUnitRequest({
        quantity: "96.48533212 kJ/mol",
        to: "eV",
        ...(material ? { material } : {}),
      });
      expect(result.output.value).toBeAllClose(1, { rtol: 1e-9 });
      expect(result.equivalence).toBe("one particle per N_A: E/N_A");
    }
  });

  it("handles differences: 1 °C is 1 K as a difference, 274.15 K as a temperature", () => {
    expect(convertUnitRequest({ quantity: "1 °C", to: "K", difference: true }).output.value).toBe(
      1,
    );
    expect(convertUnitRequest({ quantity: "1 °C", to: "K" }).output.value).toBeAllClose(274.15, {
      rtol: 1e-12,
    });
  });

  it("throws E_UNIT_MISMATCH for incompatible dimensions", () => {
    expect(() => convertUnitRequest({ quantity: "100 um", to: "mAh cm-2" })).toThrow(
      expect.objectContaining({ code: "E_UNIT_MISMATCH" }),
    );
  });

  it("round-trips thickness → areal capacity → thickness (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (um) => {
        const there = convertUnitRequest({ quantity: `${um} um`, to: "mAh cm-2", material: "Li" });
        const back = convertUnitRequest({
          quantity: `${there.output.value} mAh cm-2`,
          to: "um",
          material: "Li",
        });
        expect(back.output.value).toBeAllClose(um, { rtol: 1e-12 });
      }),
    );
  });
});
