import { createRng } from "@lmb/numerics";
import { describe, expect, it } from "vitest";
import { sphereSizes } from "./sizeDistribution.js";

describe("sphere size distributions (⟨d³⟩ = 1)", () => {
  it("a binary mix 90 % d, 10 % 2d: ⟨d³⟩ = 0.9 + 0.8 = 1.7 before scaling, exact moments after", () => {
    const s = sphereSizes({ mix: { diameters: [1, 2], weights: [9, 1] } });
    const scale = 1.7 ** (-1 / 3);
    expect(s.maxDiameter).toBeCloseTo(2 * scale, 12);
    expect(s.meanDiameter).toBeCloseTo(1.1 * scale, 12);
    // ⟨d²⟩/⟨d⟩² − 1 = 1.3/1.21 − 1
    expect(s.relativeSpread).toBeCloseTo(Math.sqrt(1.3 / 1.21 - 1), 12);
    const rng = createRng(3);
    let big = 0;
    for (let i = 0; i < 20000; i++) if (s.sample(rng) > 1) big++;
    // binomial: 2000 ± 42
    expect(Math.abs(big - 2000)).toBeLessThan(4 * 42);
  });

  it("lognormal σ = 0.5: samples have ⟨d³⟩ = 1 and stay below the truncation at +3σ", () => {
    const s = sphereSizes({ lognormal: { sigma: 0.5 } });
    const rng = createRng(7);
    const n = 200000;
    let m3 = 0;
    let m3sq = 0;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const d = s.sample(rng);
      m3 += d ** 3;
      m3sq += d ** 6;
      max = Math.max(max, d);
    }
    const mean = m3 / n;
    const se = Math.sqrt((m3sq / n - mean * mean) / n);
    expect(Math.abs(mean - 1)).toBeLessThan(4 * se);
    expect(max).toBeLessThanOrEqual(s.maxDiameter);
    // untruncated lognormal: CV = √(e^(σ²) − 1) = 0.533; truncation at ±3σ trims it slightly
    expect(s.relativeSpread).toBeGreaterThan(0.5);
    expect(s.relativeSpread).toBeLessThan(0.533);
  });

  it("rejects σ outside (0, 1] and malformed mixes", () => {
    expect(() => sphereSizes({ lognormal: { sigma: 0 } })).toThrow(/σ/);
    expect(() => sphereSizes({ lognormal: { sigma: 1.5 } })).toThrow(/σ/);
    expect(() => sphereSizes({ mix: { diameters: [1, 2], weights: [1] } })).toThrow(/mix/);
    expect(() => sphereSizes({ mix: { diameters: [1, -2], weights: [1, 1] } })).toThrow(/mix/);
    expect(() => sphereSizes({ mix: { diameters: [], weights: [] } })).toThrow(/mix/);
  });
});
