import { describe, expect, it } from "vitest";
import {
  classicalNucleation,
  nucleationScaling,
  nucleusFreeEnergy,
} from "./classicalNucleation.js";

// Test vectors: shared/research/theory.md §2.1 (V_m = 1.2996e-5 m³ mol⁻¹, CODATA F, 298.15 K).
describe("classical nucleation theory for Li", () => {
  it("critical radius and barrier at 10, 50, 100 mV for γ = 0.5 and 0.1 J m⁻²", () => {
    const cases: [number, number, number, number | undefined][] = [
      [0.5, 0.01, 13.47, 9.2e4],
      [0.5, 0.05, 2.694, 3.7e3],
      [0.5, 0.1, 1.347, 923],
      [0.1, 0.01, 2.694, undefined],
      [0.1, 0.05, 0.539, undefined],
      [0.1, 0.1, 0.269, undefined],
    ];
    for (const [gamma, eta, rNm, kT] of cases) {
      const r = classicalNucleation({ overpotential: eta, surfaceEnergy: gamma });
      expect(r.criticalRadius * 1e9).toBeCloseTo(rNm, rNm > 1 ? 2 : 3);
      if (kT !== undefined) expect(r.barrierInKT / kT).toBeCloseTo(1, 1);
    }
  });

  it("ΔG(r) peaks at r* with the value ΔG*", () => {
    const inputs = { overpotential: -0.05, surfaceEnergy: 0.5 };
    const { criticalRadius, barrier } = classicalNucleation(inputs);
    expect(nucleusFreeEnergy(criticalRadius, inputs) / barrier).toBeCloseTo(1, 12);
    expect(nucleusFreeEnergy(criticalRadius * 1.01, inputs)).toBeLessThan(barrier);
    expect(nucleusFreeEnergy(criticalRadius * 0.99, inputs)).toBeLessThan(barrier);
  });

  it("size scales as 1/η and density as η³; zero overpotential is refused", () => {
    expect(nucleationScaling(0.05, 0.1)).toEqual({ sizeRatio: 0.5, densityRatio: 8 });
    expect(() => classicalNucleation({ overpotential: 0, surfaceEnergy: 0.5 })).toThrow(/non-zero/);
    expect(() => classicalNucleation({ overpotential: 0.05, surfaceEnergy: 0 })).toThrow(/γ/);
  });
});
