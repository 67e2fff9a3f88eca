import { createRng } from "@lmb/numerics";
import { CapacityFadeResultSchema, type CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { capacityFade } from "./capacityFade.js";
import { capacityPerCycle } from "./capacityPerCycle.js";

const mAh = 3.6; // C

function within(e: { interval?: { lower: number; upper: number } | undefined }, truth: number) {
  expect(truth).toBeGreaterThanOrEqual(e.interval?.lower ?? Number.NaN);
  expect(truth).toBeLessThanOrEqual(e.interval?.upper ?? Number.NaN);
}

describe("capacityFade", () => {
  it("recovers a geometric fade of 0.03 % per cycle (SCIENCE.md §7) over 600 cycles with 0.1 % noise (seed 51); 80 % not reached → censored", () => {
    const rng = createRng(51);
    const capacity = Array.from(
      { length: 600 },
      (_, i) => 2 * mAh * 0.9997 ** i * (1 + 0.001 * rng.normal()),
    );
    const result = CapacityFadeResultSchema.parse(capacityFade({ capacity }));
    within(result.geometric.fadePerCycle, 0.03);
    expect(result.geometric.fadePerCycle.unit).toBe("%");
    expect(result.retention.cycles).toBe(599);
    expect(result.retention.value).toBeAllClose(0.9997 ** 599, { rtol: 0.005 });
    expect(result.cyclesToThreshold.censored).toBe(true);
    expect(result.cyclesToThreshold.atLeast).toBe(600);
    // geometric extrapolation: 1 + ln 0.8 / ln 0.9997 = 744.7 cycles after cycle 1
    expect(result.cyclesToThreshold.geometricExtrapolation).toBeAllClose(
      1 + Math.log(0.8) / Math.log(0.9997),
      { rtol: 0.02 },
    );
    expect(result.warnings.map((w) => w.code)).toContain("W_CENSORED");
    expect(result.referenceCapacity.unit).toBe("mAh");
  });

  it("linear fade: 0.05 % of Q_ref per cycle, and 80 % reached at cycle 401 (interpolated)", () => {
    const capacity = Array.from({ length: 600 }, (_, i) => 150 * (1 - 0.0005 * i));
    const result = capacityFade({ capacity }, { capacityUnit: "mAh g-1", cycles: 100 });
    expect(result.linear.fadePerCycle.value).toBeAllClose(0.05, { rtol: 1e-9 });
    expect(result.retention).toEqual({ cycles: 100, cycle: 101, value: expect.closeTo(0.95, 12) });
    expect(result.cyclesToThreshold).toMatchObject({ censored: false });
    expect(result.cyclesToThreshold.cycle).toBeAllClose(401, { rtol: 1e-9 });
    expect(result.cyclesToThreshold.linearExtrapolation).toBeAllClose(401, { rtol: 1e-9 });
  });

  it("refuses bad input with the fix", () => {
    expect(() => capacityFade({ capacity: [1, 2] })).toThrow(
      /E_INSUFFICIENT_DATA.*three or more cycles/,
    );
    expect(() => capacityFade({ capacity: [1, 0, 2] })).toThrow(
      /capacity\[1\] = 0 is not positive.*Fix/,
    );
    expect(() => capacityFade({ cycle: [1, 2], capacity: [1, 2, 3] })).toThrow(/E_LENGTH_MISMATCH/);
    expect(() => capacityFade({ cycle: [1, 3, 2], capacity: [1, 1, 1] })).toThrow(/must increase/);
    expect(() => capacityFade({ capacity: [3, 2, 1] }, { referenceCycle: 9 })).toThrow(
      /no cycle 9/,
    );
  });
});

describe("capacityPerCycle", () => {
  it("integrates the discharge current of each cycle (1 mA for 1 h = 1 mAh = 3.6 C)", () => {
    const time: number[] = [];
    const current: number[] = [];
    const cycle: number[] = [];
    for (let c = 1; c <= 3; c++) {
      for (let k = 0; k <= 60; k++) {
        time.push((c - 1) * 7200 + k * 60);
        current.push(1e-3);
        cycle.push(c);
      }
      for (let k = 0; k <= 60; k++) {
        time.push((c - 1) * 7200 + 3600 + k * 60); // the step: two points at t = 3600 s
        current.push(-1e-3 * (1 - 0.01 * (c - 1)));
        cycle.push(c);
      }
    }
    const data: CyclingData = {
      kind: "cycling",
      columns: {
        time: Float64Array.from(time),
        voltage: new Float64Array(time.length).fill(3.5),
        current: Float64Array.from(current),
        cycle: Float64Array.from(cycle),
      },
      metadata: { format: "test", columns: [], warnings: [] },
    };
    const { cycle: cycles, capacity } = capacityPerCycle(data);
    expect(Array.from(cycles)).toEqual([1, 2, 3]);
    expect(capacity).toBeAllClose([3.6, 3.6 * 0.99, 3.6 * 0.98], { rtol: 1e-12 });
    expect(capacityPerCycle(data, "charge").capacity).toBeAllClose([3.6, 3.6, 3.6], {
      rtol: 1e-12,
    });
  });
});
