import { describe, expect, it } from "vitest";
import { ccdLadderTrace } from "../synthetic/ccdLadderTrace.js";
import { symmetricCellTrace } from "../synthetic/symmetricCellTrace.js";
import { analyzeCycling } from "./analyzeCycling.js";

/**
 * Potentiostatic steps: V held at ±0.4 V for 30 min while the current decays slowly from 1 to
 * 0.7 mA, so its mean stays above half its peak and only the held voltage gives it away.
 */
function potentiostaticSteps(steps: number) {
  const perStep = 1800;
  const n = steps * perStep;
  const time = new Float64Array(n);
  const voltage = new Float64Array(n);
  const current = new Float64Array(n);
  for (let k = 0; k < steps; k++) {
    const sign = k % 2 === 0 ? -1 : 1;
    for (let j = 0; j < perStep; j++) {
      const i = k * perStep + j;
      time[i] = i;
      voltage[i] = 0.4 * sign;
      current[i] = (sign * 1e-3) / (1 + (0.43 * j) / perStep);
    }
  }
  return { kind: "cycling" as const, columns: { time, voltage, current }, metadata: {} };
}

describe("analyzeCycling: W_NOT_GALVANOSTATIC", () => {
  it("flags potentiostatic holds whose current decays while the voltage stays put", () => {
    const data = potentiostaticSteps(4);
    const r = analyzeCycling(data as Parameters<typeof analyzeCycling>[0]);
    expect(r.warnings.map((w) => w.code)).toContain("W_NOT_GALVANOSTATIC");
  });

  it("does not flag a galvanostatic Li‖Li record", () => {
    const { data } = symmetricCellTrace({ seed: 3 });
    const r = analyzeCycling(data);
    expect(r.warnings.map((w) => w.code)).not.toContain("W_NOT_GALVANOSTATIC");
  });
});

describe("analyzeCycling: the rate-test fit of a CCD ladder stops at the short", () => {
  it("fits j0 on the steps before the hard short and says how many it left out", () => {
    // j0 = 5 A m⁻² (0.5 mA cm⁻²), R_s = 5 Ω cm²; shorts at 1.6 mA cm⁻² (the 5th of 6 steps).
    const { data, truth } = ccdLadderTrace({ exchangeCurrentDensity: 5, seed: 11 });
    expect(truth.failingCurrentDensity).toBe(16);
    const r = analyzeCycling(data);
    const warning = r.warnings.find((w) => w.code === "W_RATE_FIT_BEFORE_FAILURE");
    expect(warning?.message).toContain("uses the 4 current density(ies) before the hard-short");
    expect(warning?.message).toContain("2 later one(s) left out");
    // 4 points for j0 and R_s: the generator's values within 5 %
    expect(r.rateFit?.exchangeCurrentDensity.si).toBeAllClose(5, { rtol: 0.05 });
    expect(r.rateFit?.areaSpecificResistance?.si).toBeAllClose(5e-4, { rtol: 0.05 });
  });
});

describe("analyzeCycling: boundaries from the file's step column", () => {
  // 10 cycles at 1 mA cm⁻², 1 h half cycles. A step column numbers the half cycles (k = 1…20);
  // the "split" column also starts a new step half-way through each half cycle (CC then a
  // second CC step of the same current, as some protocols write it).
  const { data, truth } = symmetricCellTrace({
    steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 10 }],
    seed: 5,
  });
  const stepColumn = (split: boolean) =>
    Float64Array.from(data.columns.time, (t) => {
      const h = truth.halfCycles.find((x) => t >= x.start && t <= x.end);
      if (h === undefined) return 0;
      return split ? 2 * h.halfCycle - (t < (h.start + h.end) / 2 ? 1 : 0) : h.halfCycle;
    });
  const withSteps = (split: boolean) => ({
    ...data,
    columns: { ...data.columns, step: stepColumn(split) },
  });

  it("one step per half cycle: the same 20 half cycles and plateaus (to 0.1 %) as the current rule, no warning", () => {
    const byCurrent = analyzeCycling(withSteps(false));
    const byFile = analyzeCycling(withSteps(false), { boundaries: "file" });
    expect(byFile.segmentation.boundarySource).toBe("file-step");
    expect(byFile.segmentation.halfCycles).toHaveLength(20);
    expect(byFile.symmetric?.halfCycles.map((h) => h.plateau)).toBeAllClose(
      byCurrent.symmetric?.halfCycles.map((h) => h.plateau) ?? [],
      { rtol: 1e-3 }, // the step column's edges fall a sample off the current's
    );
    expect(byFile.warnings.map((w) => w.code)).not.toContain("W_SPLIT_HALF_CYCLES");
  });

  it("two steps per half cycle: 40 pieces of 0.5 mAh cm⁻², W_SPLIT_HALF_CYCLES; the current rule keeps 20 of 1 mAh cm⁻²", () => {
    const byFile = analyzeCycling(withSteps(true), { boundaries: "file" });
    expect(byFile.segmentation.halfCycles).toHaveLength(40);
    expect(byFile.segmentation.halfCycles.map((h) => h.arealCapacity)).toBeAllClose(
      Array(40).fill(18_000),
      { rtol: 0.01 },
    );
    const w = byFile.warnings.find((x) => x.code === "W_SPLIT_HALF_CYCLES");
    expect(w?.message).toMatch(/step column splits 20 plating or stripping run\(s\)/);
    const byCurrent = analyzeCycling(withSteps(true));
    expect(byCurrent.segmentation.halfCycles).toHaveLength(20);
    expect(byCurrent.segmentation.halfCycles.map((h) => h.arealCapacity)).toBeAllClose(
      Array(20).fill(36_000),
      { rtol: 1e-6 },
    );
    expect(byCurrent.warnings.map((x) => x.code)).not.toContain("W_SPLIT_HALF_CYCLES");
  });
});
