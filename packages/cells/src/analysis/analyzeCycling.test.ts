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
