import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullCellTrace } from "../synthetic/fullCellTrace.js";
import { lithiumCopperTrace } from "../synthetic/lithiumCopperTrace.js";
import { fullCellCycling } from "./fullCellCycling.js";

describe("fullCellCycling on synthetic Li‖LFP / Li‖NCM traces with known capacities", () => {
  it("Li‖LFP at 1 C, 0.1 % geometric fade: capacities within 0.5 %, CE within 0.1 %, 80 % at the right cycle", () => {
    const { data, truth } = fullCellTrace({
      steps: [{ cRate: 1, cycles: 240 }],
      samplingInterval: 30,
      seed: 11,
    });
    const r = fullCellCycling(data, { cathode: "LFP" });
    expect(r.cycles).toHaveLength(240);
    expect(r.activeMassSource).toBe("metadata");
    expect(r.nominalCapacity?.basis).toBe("cathode");
    expect(r.cycles.map((c) => c.dischargeCapacity)).toBeAllClose(
      truth.cycles.map((c) => c.dischargeCapacity),
      { rtol: 5e-3 },
    );
    expect(r.cycles.map((c) => c.chargeCapacity)).toBeAllClose(
      truth.cycles.map((c) => c.chargeCapacity),
      { rtol: 5e-3 },
    );
    expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      truth.cycles.map((c) => c.coulombicEfficiency),
      { atol: 1e-3 },
    );
    expect(r.cycles.map((c) => c.dischargeEnergy)).toBeAllClose(
      truth.cycles.map((c) => c.dischargeEnergy),
      { rtol: 5e-3 },
    );
    // mAh g⁻¹ and mAh cm⁻²: 170 · 0.95 · (1 − 0.03·log₂10) = 145.4 mAh g⁻¹ on 10 mg cm⁻² → 1.454 mAh cm⁻²
    const specific = 170 * 0.95 * (1 - 0.03 * Math.log2(10));
    expect((r.cycles[0]?.specificDischargeCapacity ?? 0) / 3600).toBeAllClose(specific, {
      rtol: 5e-3,
    });
    expect((r.cycles[0]?.arealDischargeCapacity ?? 0) / 36_000).toBeAllClose(specific * 0.01, {
      rtol: 5e-3,
    });
    expect(r.cycles[0]?.dischargeCRate).toBeAllClose(1, { rtol: 1e-6 });
    expect(r.cycles[0]?.averageDischargeVoltage).toBeGreaterThan(3.2);
    expect(r.cycles[0]?.averageChargeVoltage).toBeGreaterThan(
      r.cycles[0]?.averageDischargeVoltage ?? 9,
    );
    // retention and fade: 0.999^(k−1) ≤ 0.8 first at k = 225
    expect(r.referenceCycle).toBe(1);
    expect(r.retention.firstCycleBelow).toBeGreaterThanOrEqual((truth.cyclesTo80 ?? 0) - 1);
    expect(r.retention.firstCycleBelow).toBeLessThanOrEqual((truth.cyclesTo80 ?? 0) + 1);
    expect(r.retention.censored).toBe(false);
    expect(r.retention.fade?.geometric.fadePerCycle.value).toBeAllClose(0.1, { rtol: 0.02 }); // % per cycle
    expect(r.retention.fade?.cyclesToThreshold.cycle).toBeAllClose(224.03, { atol: 1 });
    expect(r.rateCapability.steps).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain JSON: no NaN, no typed arrays
  });

  it("CC–CV charge (5 % of the charge in a CV hold down to C/20): the hold is part of the charge", () => {
    const { data, truth } = fullCellTrace({
      steps: [{ cRate: 1, cycles: 10 }],
      constantVoltage: { cutoffCRate: 0.05, fraction: 0.05 },
      // segmentCycling integrates with a zero-order hold: on the decaying CV current (τ ≈ 170 s
      // here) that overestimates the hold's charge by ≈ Δt/2τ of it, 0.14 % of the charge at
      // 10 s sampling, 0.03 % at 2 s
      samplingInterval: 2,
    });
    const r = fullCellCycling(data, { cathode: "LFP" });
    expect(r.cycles).toHaveLength(10);
    expect(r.cycles.map((c) => c.chargeHalfCycles.length)).toEqual(Array(10).fill(1));
    expect(r.cycles.map((c) => c.chargeCapacity)).toBeAllClose(
      truth.cycles.map((c) => c.chargeCapacity),
      { rtol: 5e-3 },
    );
    expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      truth.cycles.map((c) => c.coulombicEfficiency),
      { atol: 1e-3 },
    );
    expect(Math.max(...data.columns.voltage)).toBeLessThan(4.2 + 2e-3);
  });

  it("warns when the record does not look like a full cell (Li‖Cu), and not on a full cell", () => {
    const { data } = fullCellTrace({ steps: [{ cRate: 1, cycles: 3 }], samplingInterval: 60 });
    expect(fullCellCycling(data).warnings.map((w) => w.code)).not.toContain("W_NOT_FULL_CELL");
    const copper = lithiumCopperTrace({ cycles: 3 });
    expect(fullCellCycling(copper.data).warnings.map((w) => w.code)).toContain("W_NOT_FULL_CELL");
  });

  it("censored cycle life when retention stays above 80 %; linear fade recovered", () => {
    const { data } = fullCellTrace({
      cathode: "NCM",
      steps: [{ cRate: 0.5, cycles: 60 }],
      fade: { model: "linear", perCycle: 0.002 },
      samplingInterval: 60,
    });
    const r = fullCellCycling(data, { cathode: "NCM" });
    expect(r.retention.censored).toBe(true);
    expect(r.retention.firstCycleBelow).toBeNull();
    expect(r.retention.fade?.linear.fadePerCycle.value).toBeAllClose(0.2, { rtol: 0.02 });
    expect(r.cycles[59]?.retention).toBeAllClose(1 - 0.002 * 59, { atol: 2e-3 });
  });

  it("rate test 0.1, 0.2, 0.5, 1, 2, 5, 0.1 C: one table row per C-rate, capacities within 0.5 % and the recovery", () => {
    const rates = [0.1, 0.2, 0.5, 1, 2, 5, 0.1];
    const { data, truth } = fullCellTrace({
      cathode: "NCM",
      steps: rates.map((cRate) => ({ cRate, cycles: 3 })),
      fade: { model: "geometric", perCycle: 0 },
      samplingInterval: 60,
    });
    const r = fullCellCycling(data, { cathode: "NCM" });
    const steps = r.rateCapability.steps;
    expect(steps.map((s) => s.dischargeCRate)).toBeAllClose(rates, { rtol: 1e-6 });
    expect(steps.map((s) => s.cycleCount)).toEqual([3, 3, 3, 3, 3, 3, 3]);
    const expected = rates.map((_, k) => truth.cycles[3 * k]?.dischargeCapacity as number);
    expect(steps.map((s) => s.meanDischargeCapacity)).toBeAllClose(expected, { rtol: 5e-3 });
    expect(steps[5]?.relativeToFirstStep).toBeAllClose(1 - 0.03 * Math.log2(50), { rtol: 5e-3 });
    expect(r.rateCapability.recovery).toEqual({ step: 6, relativeCapacity: expect.closeTo(1, 3) });
  });

  it("formation at 0.1 C, then 0.5 C: fade is measured from the first 0.5 C cycle", () => {
    const { data } = fullCellTrace({
      steps: [
        { cRate: 0.1, cycles: 2 },
        { cRate: 0.5, cycles: 30 },
      ],
      samplingInterval: 60,
    });
    const r = fullCellCycling(data);
    expect(r.referenceCycle).toBe(3);
    expect(r.retention).toMatchObject({ firstCycle: 3, lastCycle: 32 });
    expect(r.nominalCapacity).toBeNull();
    expect(r.cycles[0]?.dischargeCRate).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain("W_NO_C_RATE");
  });

  it("no mass and no area: per-gram and per-area values are null, with warnings", () => {
    const { data } = fullCellTrace({ steps: [{ cRate: 1, cycles: 3 }], samplingInterval: 60 });
    const { area: _area, activeMass: _mass, ...metadata } = data.metadata;
    const bare = { ...data, metadata };
    const r = fullCellCycling(bare);
    expect(r.cycles[0]?.specificDischargeCapacity).toBeNull();
    expect(r.cycles[0]?.arealDischargeCapacity).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["W_NO_AREA", "W_NO_MASS"]),
    );
  });

  it("a gap in the data (1 000 s missing inside cycle 3's discharge) flags that cycle, the others stay exact", () => {
    const { data, truth } = fullCellTrace({
      steps: [{ cRate: 0.5, cycles: 5 }],
      samplingInterval: 10,
    });
    const c3 = truth.cycles[2];
    if (!c3) throw new Error("no cycle 3");
    const cut = c3.end - 2500;
    const keep = Array.from(data.columns.time, (t, i) =>
      t < cut || t > cut + 1000 ? i : -1,
    ).filter((i) => i >= 0);
    const pick = (a: Float64Array) => Float64Array.from(keep, (i) => a[i] as number);
    const gapped = {
      ...data,
      columns: {
        time: pick(data.columns.time),
        voltage: pick(data.columns.voltage),
        current: pick(data.columns.current),
      },
    };
    const r = fullCellCycling(gapped);
    expect(r.cycles.map((c) => c.timeIssue)).toEqual([false, false, true, false, false]);
    expect(r.warnings.map((w) => w.code)).toContain("W_CYCLE_TIME_ISSUE");
    expect(r.cycles[2]?.dischargeCapacity).toBeLessThan(0.9 * c3.dischargeCapacity);
    expect(r.cycles[3]?.dischargeCapacity).toBeAllClose(truth.cycles[3]?.dischargeCapacity ?? 0, {
      rtol: 1e-9,
    });
  });

  it("a record that starts 80 % into the first charge: cycle 1's CE = Q_dis/(0.2·Q_ch) ≈ 5, flagged W_CE_ABOVE_100; the others exact and unflagged", () => {
    const { data, truth } = fullCellTrace({
      steps: [{ cRate: 1, cycles: 5 }],
      samplingInterval: 10,
    });
    const c1 = truth.cycles[0];
    if (!c1) throw new Error("no cycle 1");
    // The first charge runs at constant current from c1.start for Q_ch/I: keep its last 20 %.
    const chargeEnd = data.columns.time.findIndex(
      (t, i) => t > c1.start && (data.columns.current[i] as number) < 0,
    );
    const tEnd = data.columns.time[chargeEnd - 1] as number;
    const cut = tEnd - 0.2 * (tEnd - c1.start);
    const keep = Array.from(data.columns.time, (t, i) => (t >= cut ? i : -1)).filter((i) => i >= 0);
    const pick = (a: Float64Array) => Float64Array.from(keep, (i) => a[i] as number);
    const late = {
      ...data,
      columns: {
        time: pick(data.columns.time),
        voltage: pick(data.columns.voltage),
        current: pick(data.columns.current),
      },
    };
    const r = fullCellCycling(late, { electrode: "cathode" });
    expect(r.cycles).toHaveLength(5);
    expect(r.cycles[0]?.chargeCapacity).toBeAllClose(0.2 * c1.chargeCapacity, { rtol: 0.01 });
    expect(r.cycles[0]?.coulombicEfficiency).toBeAllClose(
      c1.dischargeCapacity / (0.2 * c1.chargeCapacity),
      { rtol: 0.01 },
    );
    expect(r.cycles.slice(1).map((c) => c.coulombicEfficiency)).toBeAllClose(
      truth.cycles.slice(1).map((c) => c.coulombicEfficiency),
      { atol: 1e-3 },
    );
    const w = r.warnings.find((x) => x.code === "W_CE_ABOVE_100");
    const ce1 = (100 * (r.cycles[0]?.coulombicEfficiency ?? 0)).toFixed(1); // ≈ 500 %
    expect(w?.message).toContain(`CE above 102 % in 1 of 5 cycle(s): 1 (${ce1} %);`);
    // the untouched trace (CE ≤ 100 %) is not flagged
    const whole = fullCellCycling(data, { electrode: "cathode" });
    expect(whole.warnings.map((x) => x.code)).not.toContain("W_CE_ABOVE_100");
  });

  it("recovers random capacities, fades, CEs and rates (fast-check): capacities to 0.5 %, CE to 0.1 %", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("LFP" as const, "NCM" as const),
        fc.double({ min: 0, max: 0.005, noNaN: true }),
        fc.double({ min: 0.95, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.integer({ min: 3, max: 12 }),
        fc.double({ min: 5, max: 120, noNaN: true }),
        (cathode, fade, ce, cRate, cycles, dt) => {
          const { data, truth } = fullCellTrace({
            cathode,
            fade: { model: "geometric", perCycle: fade },
            coulombicEfficiency: ce,
            steps: [{ cRate, cycles }],
            samplingInterval: dt,
          });
          const r = fullCellCycling(data, { cathode });
          expect(r.cycles.map((c) => c.dischargeCapacity)).toBeAllClose(
            truth.cycles.map((c) => c.dischargeCapacity),
            { rtol: 5e-3 },
          );
          expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
            truth.cycles.map((c) => c.coulombicEfficiency),
            { atol: 1e-3 },
          );
          expect(r.cycles[0]?.dischargeCRate).toBeAllClose(cRate, { rtol: 1e-6 });
        },
      ),
      { numRuns: 15 },
    );
  });
});
