import { describe, expect, it } from "vitest";
import { inPlaneSpanning } from "./inPlaneSpanning.js";

describe("in-plane percolation of a thin layer", () => {
  it("a layer as thick as it is wide is crossed near the bulk φ_c = 0.2896 (Lorenz & Ziff 2001)", () => {
    const r = inPlaneSpanning({ thickness: 16, lateral: 16, runs: 12, seed: 3 });
    expect(Math.abs(r.volumeFraction.value - 0.2896)).toBeLessThan(
      3 * r.volumeFraction.standardError + 0.015,
    );
    expect(r.volumeFraction.value).toBeCloseTo(1 - Math.exp(-r.reducedDensity.value), 2);
  });

  it("thinner layers need more metal to conduct along them (2D–3D crossover)", () => {
    const thin = inPlaneSpanning({ thickness: 1, lateral: 16, runs: 12, seed: 3 });
    const mid = inPlaneSpanning({ thickness: 4, lateral: 16, runs: 12, seed: 3 });
    expect(thin.volumeFraction.value).toBeGreaterThan(
      mid.volumeFraction.value + 3 * thin.volumeFraction.standardError,
    );
    expect(mid.volumeFraction.value).toBeGreaterThan(0.2896);
  });

  it("takes core–shell particles and rejects a layer thinner than half a diameter", () => {
    const cs = inPlaneSpanning({ thickness: 3, lateral: 12, runs: 4, coreShell: 0.8 });
    expect(cs.volumeFraction.value).toBeCloseTo(cs.reducedDensity.value * 0.512, 10);
    expect(() => inPlaneSpanning({ thickness: 0.2 })).toThrow(/layer/);
    expect(() => inPlaneSpanning({ thickness: 2, runs: 1 })).toThrow(/runs/);
  });
});
