import type { CyclingData } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullCellTrace } from "../synthetic/fullCellTrace.js";
import { lithiumCopperTrace } from "../synthetic/lithiumCopperTrace.js";
import { lithiumCopperEfficiency } from "./lithiumCopperEfficiency.js";

/** The same record wired the other way round: Li as the working electrode (I and V negated). */
function reversed(data: CyclingData): CyclingData {
  return {
    ...data,
    columns: {
      ...data.columns,
      current: data.columns.current.map((i) => -i),
      voltage: data.columns.voltage.map((v) => -v),
    },
  };
}

describe("lithiumCopperEfficiency on synthetic Li‖Cu traces with a known CE per cycle", () => {
  // CE 98.5 % for 59 cycles, then 70 %: the cycle life at 80 % is 59 cycles (first below: 60)
  const ce = (k: number) => (k < 60 ? 0.985 - 0.0001 * k : 0.7);
  const { data, truth } = lithiumCopperTrace({ cycles: 70, coulombicEfficiency: ce, seed: 3 });
  const result = lithiumCopperEfficiency(data);

  it("recovers every cycle's CE within 0.1 % absolute (here to 1e-9) and the +1 V cut-off", () => {
    expect(result.cycles).toHaveLength(70);
    expect(result.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      truth.cycles.map((c) => c.coulombicEfficiency),
      { atol: 1e-9 },
    );
    expect(result.cutoff?.source).toBe("detected");
    expect(result.cutoff?.value).toBeAllClose(1, { atol: 2e-3 });
    expect(result.cycles.every((c) => c.cutoffReached)).toBe(true);
    expect(result.wiring).toMatchObject({ strippingSign: 1, voltagePolarity: 1, reversed: false });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("nucleation overpotential of the first plating on Cu: 60 mV spike recovered within 10 %", () => {
    expect(result.nucleation?.nucleation).toBeAllClose(truth.nucleation?.overpotential ?? 0, {
      rtol: 0.1,
    });
    expect(result.nucleation?.plateau).toBeAllClose(0.03, { rtol: 0.1 });
  });

  it("reports plated and stripped capacity per area: 1 mAh cm⁻² = 36 000 C m⁻²", () => {
    expect(result.areaSource).toBe("metadata");
    expect(result.cycles[0]?.platedAreal).toBeAllClose(36_000, { rtol: 1e-9 });
    expect(result.cycles[0]?.strippedAreal).toBeAllClose(36_000 * ce(1), { rtol: 1e-9 });
  });

  it("averages the CE over windows (whole run and from cycle 2) and finds the cycle life", () => {
    const all = truth.cycles.map((c) => c.coulombicEfficiency);
    const mean = all.reduce((a, b) => a + b, 0) / all.length;
    expect(result.windows[0]).toMatchObject({ firstCycle: 1, lastCycle: 70, cycleCount: 70 });
    expect(result.windows[0]?.mean).toBeAllClose(mean, { atol: 1e-9 });
    expect(result.windows[0]?.chargeWeighted).toBeAllClose(mean, { atol: 1e-9 }); // equal platings
    expect(result.windows[1]?.firstCycle).toBe(2);
    expect(result.cycleLife).toEqual({
      threshold: 0.8,
      consecutive: 1,
      firstCycleBelow: 60,
      censored: false,
      cyclesAbove: 59,
    });
    const custom = lithiumCopperEfficiency(data, { windows: [[10, 50]], threshold: 0.5 });
    expect(custom.windows[0]?.mean).toBeAllClose(all.slice(9, 50).reduce((a, b) => a + b, 0) / 41, {
      atol: 1e-9,
    });
    expect(custom.cycleLife).toMatchObject({
      firstCycleBelow: null,
      censored: true,
      cyclesAbove: 70,
    });
  });

  it("one noisy cycle below the threshold ends the cycle life only with consecutive = 1", () => {
    const noisy = (k: number) => (k === 20 ? 0.75 : ce(k));
    const trace = lithiumCopperTrace({ cycles: 70, coulombicEfficiency: noisy, seed: 3 });
    expect(lithiumCopperEfficiency(trace.data).cycleLife.firstCycleBelow).toBe(20);
    expect(lithiumCopperEfficiency(trace.data, { consecutive: 3 }).cycleLife).toMatchObject({
      consecutive: 3,
      firstCycleBelow: 60,
      cyclesAbove: 59,
    });
  });

  it("reads reversed wiring (Li as working electrode) from the data and gives the same CE", () => {
    const r = lithiumCopperEfficiency(reversed(data));
    expect(r.wiring).toMatchObject({ strippingSign: -1, voltagePolarity: -1, reversed: true });
    expect(r.warnings.map((w) => w.code)).toContain("W_REVERSED_WIRING");
    expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      result.cycles.map((c) => c.coulombicEfficiency),
      { atol: 1e-12 },
    );
  });

  it("flags strips that stop before the cut-off (CE a lower bound)", () => {
    const r = lithiumCopperEfficiency(data, { cutoffVoltage: 1.5 });
    expect(r.cycles.some((c) => c.cutoffReached)).toBe(false);
    expect(r.warnings.map((w) => w.code)).toContain("W_CUTOFF_NOT_REACHED");
  });

  it("warns when the record does not look like Li‖Cu (a full cell), and not on Li‖Cu", () => {
    expect(result.warnings.map((w) => w.code)).not.toContain("W_NOT_LI_CU");
    const full = fullCellTrace({ steps: [{ cRate: 1, cycles: 3 }], samplingInterval: 60 });
    expect(lithiumCopperEfficiency(full.data).warnings.map((w) => w.code)).toContain("W_NOT_LI_CU");
  });

  it("a record without a stripping is an error that names the fix", () => {
    const plateOnly: CyclingData = {
      ...data,
      columns: {
        time: Float64Array.of(0, 10, 20),
        voltage: Float64Array.of(-0.03, -0.03, -0.03),
        current: Float64Array.of(-1e-3, -1e-3, -1e-3),
      },
    };
    expect(() => lithiumCopperEfficiency(plateOnly)).toThrowError(
      /E_INSUFFICIENT_DATA.*plating and one stripping/,
    );
  });
});

describe("lithiumCopperEfficiency: rests, no area, and any CE sequence (fast-check)", () => {
  it("rests between half cycles change nothing; without an area the per-area values are null", () => {
    const { data, truth } = lithiumCopperTrace({
      cycles: 5,
      restDuration: 600,
      coulombicEfficiency: [0.9, 0.95, 0.97, 0.98, 0.99],
    });
    const { area: _area, ...metadata } = data.metadata;
    const r = lithiumCopperEfficiency({ ...data, metadata });
    expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      truth.cycles.map((c) => c.coulombicEfficiency),
      { atol: 1e-9 },
    );
    expect(r.cycles[0]?.platedAreal).toBeNull();
    expect(r.area).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain("W_NO_AREA");
  });

  it("an instrument restart (clock back to 0): in a rest CE is unchanged; during a plating the cycle is flagged", () => {
    const { data, truth } = lithiumCopperTrace({
      cycles: 4,
      restDuration: 600,
      coulombicEfficiency: 0.97,
    });
    const c2 = truth.cycles[1];
    if (!c2) throw new Error("no cycle 2");
    const restart = (at: number) => {
      const t = data.columns.time.slice();
      const k = t.findIndex((x) => x > at);
      const offset = t[k] as number;
      for (let i = k; i < t.length; i++) t[i] = (t[i] as number) - offset;
      return lithiumCopperEfficiency({ ...data, columns: { ...data.columns, time: t } });
    };
    // plating 1 mAh cm⁻² at 0.5 mA cm⁻² lasts 7 200 s, then a 600 s rest
    const inRest = restart(c2.start + 7200 + 300);
    expect(inRest.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose([0.97, 0.97, 0.97, 0.97], {
      atol: 1e-9,
    });
    expect(inRest.warnings.map((w) => w.code)).toContain("W_TIME_RESTART");
    // during the plating one sampling interval's charge (10 s of 7 200 s) is lost: the cycle is flagged
    const inPlating = restart(c2.start + 3600);
    expect(inPlating.cycles.map((c) => c.timeIssue)).toEqual([false, true, false, false]);
    expect(inPlating.warnings.map((w) => w.code)).toContain("W_CYCLE_TIME_ISSUE");
    expect(inPlating.cycles[1]?.coulombicEfficiency).toBeAllClose(0.97, { atol: 2e-3 });
  });

  it("recovers random CE sequences at random sampling intervals to 1e-9", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 2, max: 120, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (ce, dt, seed) => {
          const { data } = lithiumCopperTrace({
            cycles: ce.length,
            coulombicEfficiency: ce,
            samplingInterval: dt,
            seed,
            arealCapacity: 7200,
          });
          const r = lithiumCopperEfficiency(data);
          expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(ce, { atol: 1e-9 });
        },
      ),
      { numRuns: 25 },
    );
  });
});
