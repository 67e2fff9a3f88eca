import { createRng } from "@lmb/numerics";
import { FARADAY_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { LITHIUM_MOLAR_VOLUME, mostanyCurrentDensity } from "./dimensionalTransients.js";
import { fitMostanyTransient } from "./fitMostanyTransient.js";

const LI_1M = { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME };

function transient(
  p: { diffusivity: number; siteDensity: number; nucleationRate: number },
  seed: number,
  noise: number,
) {
  const rng = createRng(seed);
  const time = Float64Array.from({ length: 800 }, (_, i) => 0.01 * (i + 1));
  const clean = time.map((t) => mostanyCurrentDensity(t, p, LI_1M, FARADAY_CONSTANT));
  const peak = Math.max(...clean);
  const current = clean.map((j) => -(j + noise * peak * rng.normal()));
  return { time, current };
}

describe("Scharifker–Mostany fit", () => {
  const truth = { diffusivity: 2e-12, siteDensity: 3e11, nucleationRate: 2 };

  it("recovers D, N0 and A from a noise-free transient to 1e-4", () => {
    const { time, current } = transient(truth, 1, 0);
    const f = fitMostanyTransient(time, current, LI_1M);
    expect(f.diffusivity.value / truth.diffusivity).toBeCloseTo(1, 4);
    expect(f.siteDensity.value / truth.siteDensity).toBeCloseTo(1, 4);
    expect(f.nucleationRate.value / truth.nucleationRate).toBeCloseTo(1, 4);
    expect(f.regime).toBe("intermediate");
  });

  it("95 % intervals cover the true D and N0 in ≥ 85 % of 40 seeded noisy transients", () => {
    let coveredD = 0;
    let coveredN = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { time, current } = transient(truth, seed, 0.01);
      const f = fitMostanyTransient(time, current, LI_1M);
      const inside = (e: { interval?: { lower: number; upper: number } }, v: number) =>
        e.interval !== undefined && e.interval.lower <= v && v <= e.interval.upper;
      if (inside(f.diffusivity, truth.diffusivity)) coveredD++;
      if (inside(f.siteDensity, truth.siteDensity)) coveredN++;
    }
    expect(coveredD).toBeGreaterThanOrEqual(34);
    expect(coveredN).toBeGreaterThanOrEqual(34);
  });

  it("reports the instantaneous regime for a fast nucleation rate", () => {
    const { time, current } = transient({ ...truth, nucleationRate: 500 }, 3, 0.005);
    const f = fitMostanyTransient(time, current, LI_1M);
    expect(f.regime).toBe("instantaneous");
    expect(f.diffusivity.value / truth.diffusivity).toBeCloseTo(1, 1);
  });
});
