import { createRng } from "@lmb/numerics";
import { describe, expect, it } from "vitest";
import { generalEffectiveMedium } from "./conductivityModels.js";
import { fitPercolationConductivity } from "./fitConductivity.js";

const fractions = Array.from({ length: 25 }, (_, i) => 0.02 + 0.035 * i);

describe("percolation fits on a log-σ scale", () => {
  it("GEM: recovers φ_c = 0.29, t = 2.0 from noisy synthetic data within the 95 % intervals", () => {
    const truth = { threshold: 0.29, exponent: 2, metal: 1e7, insulator: 1e-6 };
    const rng = createRng(4);
    const sigma = fractions.map(
      (phi) => generalEffectiveMedium(phi, truth) * 10 ** (0.05 * rng.normal()),
    );
    const f = fitPercolationConductivity(fractions, sigma, { model: "gem" });
    expect(f.threshold.interval?.lower).toBeLessThan(0.29);
    expect(f.threshold.interval?.upper).toBeGreaterThan(0.29);
    expect(Math.abs(f.threshold.value - 0.29)).toBeLessThan(0.01);
    expect(Math.abs(f.exponent.value - 2)).toBeLessThan(0.2);
    expect(f.rmsDecades).toBeLessThan(0.08);
  });

  it("power law with a known insulator: recovers V_p and n", () => {
    const sigma = fractions.map((phi) => 1e-8 + (phi > 0.16 ? 5e6 * (phi - 0.16) ** 1.7 : 0));
    const f = fitPercolationConductivity(fractions, sigma, { model: "power-law", insulator: 1e-8 });
    expect(f.threshold.value).toBeCloseTo(0.16, 3);
    expect(f.exponent.value).toBeCloseTo(1.7, 2);
    expect(f.prefactor.value / 5e6).toBeCloseTo(1, 2);
  });

  it("rejects percent fractions and non-positive conductivities", () => {
    expect(() => fitPercolationConductivity([10, 20, 30, 40, 50], [1, 2, 3, 4, 5])).toThrow(
      /outside \[0, 1\]/,
    );
    expect(() => fitPercolationConductivity([0.1, 0.2, 0.3, 0.4, 0.5], [1, 0, 3, 4, 5])).toThrow(
      /not positive/,
    );
  });
});
