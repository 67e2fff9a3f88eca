import { describe, expect, it } from "vitest";
import { LATTICES, type LatticeId } from "./lattices.js";
import type { LatticeSimulation } from "./simulateLattice.js";
import { estimateThreshold, fitThreshold } from "./thresholdScaling.js";

const COMBOS: [LatticeId, "site" | "bond"][] = (Object.keys(LATTICES) as LatticeId[]).flatMap(
  (id) => [
    [id, "site"],
    [id, "bond"],
  ],
);

/** A fake simulation whose mean spanning fraction is exactly `value` with standard error `se`. */
function fake(size: number, value: number, se: number): LatticeSimulation {
  return {
    lattice: "sc",
    mode: "site",
    size,
    thickness: size,
    elements: size ** 3,
    runs: 100,
    seed: 1,
    spanningSteps: new Int32Array(0),
    threshold: { value, standardError: se },
    literatureThreshold: 0.31160768,
    spanning: { p: [], probability: [], standardError: [] },
  };
}

describe("fitThreshold on synthetic p̄(L) with known parameters", () => {
  const nu = LATTICES.sc.nu;
  const sizes = [8, 12, 16, 24, 32, 48, 64];
  // p̄(L) = 0.3116 − 0.1·L^(−1/ν) + 1.3·L^(−1/ν−1): the shape measured for sc site
  const truth = (L: number) => 0.3116 - 0.1 * L ** (-1 / nu) + 1.3 * L ** (-1 / nu - 1);

  it("recovers p_c, a and b exactly with the correction term, and is biased without it", () => {
    const sims = sizes.map((L) => fake(L, truth(L), 1e-4));
    const fit = fitThreshold({ lattice: "sc" }, sims);
    expect(fit.threshold.value).toBeCloseTo(0.3116, 10);
    expect(fit.amplitude).toBeCloseTo(-0.1, 8);
    expect(fit.correction?.amplitude).toBeCloseTo(1.3, 7);
    expect(fit.correction?.omega).toBe(1);
    expect(fit.chiSquared?.value).toBeLessThan(1e-12);
    expect(fit.chiSquared?.dof).toBe(4);
    const oneTerm = fitThreshold({ lattice: "sc", omega: false }, sims);
    expect(oneTerm.correction).toBeUndefined();
    // the one-term fit misses by many standard errors: the failure this term fixes
    expect(
      Math.abs(oneTerm.threshold.value - 0.3116) / oneTerm.threshold.standardError,
    ).toBeGreaterThan(5);
  });

  it("rejects too few or repeated sizes, a bad ω and mixed simulations", () => {
    const sims = sizes.map((L) => fake(L, truth(L), 1e-4));
    expect(() => fitThreshold({ lattice: "sc" }, sims.slice(0, 2))).toThrow(/at least 3 sizes/);
    expect(() => fitThreshold({ lattice: "sc" }, [sims[0]!, sims[0]!, sims[1]!])).toThrow(/repeat/);
    expect(() => fitThreshold({ lattice: "sc", omega: -1 }, sims)).toThrow(/omega/);
    expect(() => fitThreshold({ lattice: "bcc" }, sims)).toThrow(/sc site simulation/);
    expect(() => estimateThreshold({ lattice: "sc", sizes: [8, 16] })).toThrow(/at least 3/);
  });
});

describe("thresholds by finite-size scaling agree with the literature (|z| ≤ 3)", () => {
  // Cheap enough for CI (about a second per lattice and mode); the README table and the slow
  // test below use sizes up to L = 64 (3D) and 256 (2D).
  it.each(COMBOS)(
    "%s %s",
    (lattice, mode) => {
      const three = LATTICES[lattice].dimension === 3;
      const e = estimateThreshold({
        lattice,
        mode,
        sizes: three ? [8, 12, 16, 24] : [16, 32, 64, 128],
        runs: three ? 300 : 200,
        seed: 1,
      });
      expect(Math.abs(e.literature.zScore)).toBeLessThanOrEqual(3);
      expect(e.threshold.standardError).toBeLessThan(0.006);
    },
    60_000,
  );
});

const slow = process.env.LMB_SLOW_TESTS === "1";

describe.skipIf(!slow)("thresholds at larger sizes (LMB_SLOW_TESTS=1; minutes)", () => {
  it.each(COMBOS)(
    "%s %s",
    async (lattice, mode) => {
      const { estimateThresholdParallel } = await import("../node/estimateThresholdParallel.js");
      const three = LATTICES[lattice].dimension === 3;
      const e = await estimateThresholdParallel({
        lattice,
        mode,
        sizes: three ? [8, 12, 16, 24, 32, 48, 64] : [16, 32, 64, 128, 256],
        runs: 1000,
        seed: 1,
      });
      expect(Math.abs(e.literature.zScore)).toBeLessThanOrEqual(3);
      expect(e.threshold.standardError).toBeLessThan(three ? 0.0004 : 0.0015);
    },
    1_800_000,
  );
});
