import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bruggeman,
  generalEffectiveMedium,
  mixingRule,
  percolationPowerLaw,
} from "./conductivityModels.js";

describe("conductivity models", () => {
  it("mixing rule and power law give their closed forms", () => {
    expect(mixingRule(0.1, 1e7, 1e-8)).toBeCloseTo(1e6, 3);
    expect(
      percolationPowerLaw(0.4, { threshold: 0.3, exponent: 2, prefactor: 1e7, insulator: 1e-8 }),
    ).toBeCloseTo(1e5, 3);
    expect(
      percolationPowerLaw(0.2, { threshold: 0.3, exponent: 2, prefactor: 1e7, insulator: 1e-8 }),
    ).toBe(1e-8);
  });

  it("Bruggeman: threshold 1/d with σ_NM = 0 (σ = σ_M(dφ − 1)/(d − 1)) and bounded by the mixing rule", () => {
    expect(bruggeman(0.5, 1, 0)).toBeCloseTo(0.25, 14);
    expect(bruggeman(0.3, 1, 0)).toBe(0);
    expect(bruggeman(0.75, 1, 0, 2)).toBeCloseTo(0.5, 14);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (phi) => {
        const s = bruggeman(phi, 1e3, 1e-3);
        expect(s).toBeLessThanOrEqual(mixingRule(phi, 1e3, 1e-3) * (1 + 1e-9));
        expect(s).toBeGreaterThanOrEqual(1e-3 * (1 - 1e-9));
      }),
    );
  });

  it("GEM: reduces to σ_M((φ − φ_c)/(1 − φ_c))^t for σ_NM → 0 and satisfies its equation", () => {
    const p = { threshold: 0.3, exponent: 2, metal: 1, insulator: 1e-14 };
    for (const phi of [0.4, 0.5, 0.8]) {
      expect(generalEffectiveMedium(phi, p) / ((phi - 0.3) / 0.7) ** 2).toBeCloseTo(1, 5);
    }
    // t = 1, φ_c = 1/3 is Bruggeman in 3D (McLachlan 1987).
    for (const phi of [0.1, 0.33, 0.6]) {
      expect(
        generalEffectiveMedium(phi, {
          threshold: 1 / 3,
          exponent: 1,
          metal: 1e2,
          insulator: 1e-2,
        }) / bruggeman(phi, 1e2, 1e-2),
      ).toBeCloseTo(1, 9);
    }
    // monotone in φ (property)
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), (phi) => {
        const q = { threshold: 0.25, exponent: 1.8, metal: 1e6, insulator: 1e-6 };
        expect(generalEffectiveMedium(phi + 0.01, q)).toBeGreaterThanOrEqual(
          generalEffectiveMedium(phi, q) * (1 - 1e-9),
        );
      }),
    );
  });

  it("rejects fractions outside [0, 1] and σ_M ≤ σ_NM", () => {
    expect(() => mixingRule(1.2, 1, 0)).toThrow(/outside \[0, 1\]/);
    expect(() => bruggeman(0.5, 1, 2)).toThrow(/σ_M > σ_NM/);
  });
});
