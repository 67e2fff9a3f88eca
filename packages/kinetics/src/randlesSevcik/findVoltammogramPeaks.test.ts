import { type Voltammogram, VoltammogramPeaksResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { findVoltammogramPeaks } from "./findVoltammogramPeaks.js";
import { splitSweeps } from "./splitSweeps.js";

/** Two cycles of a 0 → 1 → 0 V triangle, 201 points per sweep, peaks on a sloping capacitive baseline. */
function syntheticCv(): Voltammogram {
  const potential: number[] = [];
  const current: number[] = [];
  const cycle: number[] = [];
  for (let c = 1; c <= 2; c++) {
    for (const up of [true, false]) {
      for (let i = 0; i <= 200; i++) {
        if (!up && i === 0) continue;
        const e = up ? i / 200 : 1 - i / 200;
        const capacitive = up ? 2e-6 : -2e-6;
        const slope = 1e-6 * e;
        const peak = up
          ? 10e-6 * Math.exp(-(((e - 0.5) / 0.05) ** 2))
          : -8e-6 * Math.exp(-(((e - 0.44) / 0.05) ** 2));
        potential.push(e);
        current.push(capacitive + slope + peak);
        cycle.push(c);
      }
    }
  }
  return {
    kind: "voltammogram",
    columns: {
      potential: Float64Array.from(potential),
      current: Float64Array.from(current),
      cycle: Float64Array.from(cycle),
    },
    metadata: { format: "test", columns: [], warnings: [] },
  };
}

describe("splitSweeps", () => {
  it("splits at the vertices and merges a one-point wobble", () => {
    expect(splitSweeps(Float64Array.of(0, 0.1, 0.2, 0.1, 0), 0, 4)).toEqual([
      { start: 0, end: 2, direction: 1 },
      { start: 2, end: 4, direction: -1 },
    ]);
    expect(splitSweeps(Float64Array.of(0, 0.1, 0.2, 0.19, 0.3, 0.4, 0.5), 0, 6)).toEqual([
      { start: 0, end: 6, direction: 1 },
    ]);
  });
});

describe("findVoltammogramPeaks", () => {
  it("finds the anodic and cathodic peak of each cycle; a linear baseline removes the capacitive offset", () => {
    const raw = VoltammogramPeaksResultSchema.parse(findVoltammogramPeaks(syntheticCv()));
    expect(raw.cycles).toHaveLength(2);
    expect(raw.cycles[0]?.anodic?.potential).toBeAllClose(0.5, { atol: 0.006 });
    expect(raw.cycles[0]?.cathodic?.potential).toBeAllClose(0.44, { atol: 0.006 });
    const corrected = findVoltammogramPeaks(syntheticCv(), { baseline: "linear" });
    for (const c of corrected.cycles) {
      expect(c.anodic?.peakCurrent).toBeAllClose(10e-6, { rtol: 0.01 });
      expect(c.cathodic?.peakCurrent).toBeAllClose(-8e-6, { rtol: 0.01 });
      expect(c.anodic?.baselineCurrent).toBeAllClose(2e-6 + 0.5e-6, { rtol: 0.01 });
    }
    expect(corrected.warnings).toEqual([]);
  });

  it("reports no peak, with a warning, when the current only grows towards the vertex", () => {
    const potential = Float64Array.from({ length: 101 }, (_, i) => i / 100);
    const cv: Voltammogram = {
      kind: "voltammogram",
      columns: { potential, current: potential.map((e) => 1e-6 * Math.exp(5 * e)) },
      metadata: { format: "test", columns: [], warnings: [] },
    };
    const result = findVoltammogramPeaks(cv);
    expect(result.cycles[0]?.anodic).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(["W_NO_PEAK", "W_NO_PEAK"]);
  });
});
