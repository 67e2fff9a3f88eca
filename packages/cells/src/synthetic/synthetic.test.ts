import type { CyclingData } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asymmetricCellTrace } from "./asymmetricCellTrace.js";
import { ccdLadderTrace } from "./ccdLadderTrace.js";
import { fullCellTrace } from "./fullCellTrace.js";
import { lithiumCopperTrace } from "./lithiumCopperTrace.js";
import { reservoirCoulombicEfficiencyTrace } from "./reservoirCoulombicEfficiencyTrace.js";
import { symmetricCellTrace } from "./symmetricCellTrace.js";

/** ∫I dt (trapezoids) over the points with a ≤ t ≤ b and the given current sign. */
function chargeBetween(data: CyclingData, a: number, b: number, sign: 1 | -1): number {
  const { time, current } = data.columns;
  let q = 0;
  for (let i = 1; i < time.length; i++) {
    const t0 = time[i - 1] as number;
    const t1 = time[i] as number;
    if (t0 < a || t1 > b) continue;
    const i0 = current[i - 1] as number;
    const i1 = current[i] as number;
    if (Math.sign(i0) === sign && Math.sign(i1) === sign) q += 0.5 * (i0 + i1) * (t1 - t0);
  }
  return Math.abs(q);
}

function valueAt(data: CyclingData, t: number): number {
  const { time, voltage } = data.columns;
  let i = 0;
  while (i < time.length - 1 && (time[i] as number) < t) i++;
  return voltage[i] as number;
}

describe("symmetricCellTrace", () => {
  const trace = symmetricCellTrace({
    steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 20 }],
    overpotentialDrift: 5e-4,
    samplingInterval: 10,
  });
  const { data, truth } = trace;

  it("is a CyclingData record in SI with the area in the metadata", () => {
    expect(data.kind).toBe("cycling");
    expect(data.metadata.area).toBeAllClose(Math.PI * 0.006 ** 2, { rtol: 1e-12 });
    expect(data.columns.time.length).toBe(data.columns.voltage.length);
    expect(truth.halfCycles).toHaveLength(40);
    expect(truth.halfCycles[39]?.cycle).toBe(20);
    expect(data.columns.time.at(-1)).toBeAllClose(40 * 3600, { rtol: 1e-12 });
  });

  it("passes exactly 1 mAh cm⁻² per half cycle (36 000 C m⁻² × area)", () => {
    const area = data.metadata.area as number;
    for (const h of truth.halfCycles.slice(0, 4)) {
      expect(chargeBetween(data, h.start, h.end, h.sign)).toBeAllClose(36_000 * area, {
        rtol: 1e-12,
      });
    }
  });

  it("plateau η = (4RT/F)·asinh(j/2j0) + j·R_s + drift·(k − 1) (SCIENCE.md §3), sign of I", () => {
    // 25 °C, j = 10, j0 = 20 A m⁻²: 4RT/F = 0.1027703 V, asinh(0.25) = 0.247466; j·R_s = 5 mV
    const base = 0.102_770_3 * 0.247_466_5 + 10 * 5e-4;
    expect(truth.halfCycles[0]?.plateauOverpotential).toBeAllClose(base, { rtol: 1e-4 });
    expect(truth.halfCycles[9]?.plateauOverpotential).toBeAllClose(base + 4 * 5e-4, { rtol: 1e-4 });
    const mid = truth.halfCycles[9];
    if (!mid) throw new Error("no half cycle");
    // middle of a half cycle: the peak has decayed; noise σ = 0.2 mV
    const v = valueAt(data, (mid.start + mid.end) / 2);
    expect(v * mid.sign).toBeAllClose(mid.plateauOverpotential, { atol: 1.5e-3 });
  });

  it("first plating carries the nucleation spike: tip − plateau = 40 mV at 30 s", () => {
    expect(truth.nucleation?.overpotential).toBe(0.04);
    expect(truth.nucleation?.time).toBe(30);
    const noiseFree = symmetricCellTrace({
      noise: 0,
      steps: [{ currentDensity: 10, arealCapacity: 36_000 }],
    });
    expect(valueAt(noiseFree.data, 30)).toBeAllClose(noiseFree.truth.nucleation?.tipVoltage ?? 0, {
      rtol: 1e-12,
    });
  });

  it("is reproducible by seed and different across seeds", () => {
    const again = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 3600 }],
      seed: 7,
    });
    const same = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 3600 }],
      seed: 7,
    });
    const other = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 3600 }],
      seed: 8,
    });
    expect(Array.from(again.data.columns.voltage)).toEqual(Array.from(same.data.columns.voltage));
    expect(Array.from(again.data.columns.voltage)).not.toEqual(
      Array.from(other.data.columns.voltage),
    );
  });

  it("hard short at 30.5 h: cycle 16, V = I·R afterwards", () => {
    const shorted = symmetricCellTrace({
      hardShort: { time: 30.5 * 3600, resistance: 2 },
      noise: 0,
    });
    expect(shorted.truth.hardShort).toMatchObject({ cycle: 16, halfCycle: 31 });
    const i = 10 * (shorted.data.metadata.area as number);
    expect(Math.abs(valueAt(shorted.data, 33 * 3600 + 100))).toBeAllClose(2 * i, { rtol: 1e-12 });
  });

  it("soft short drops |V| by the depth at the event and recovers", () => {
    const soft = symmetricCellTrace({
      softShorts: [{ time: 10 * 3600 + 1800, depth: 0.5 }],
      noise: 0,
    });
    expect(soft.truth.softShorts).toEqual([{ time: 37_800, cycle: 6, halfCycle: 11, depth: 0.5 }]);
    const eta = soft.truth.halfCycles[10]?.plateauOverpotential as number;
    expect(Math.abs(valueAt(soft.data, 37_800))).toBeAllClose(0.5 * eta, { rtol: 1e-6 });
    expect(Math.abs(valueAt(soft.data, 37_800 + 1500))).toBeAllClose(
      eta * (1 - 0.5 * Math.exp(-5)),
      { rtol: 1e-6 },
    );
  });

  it("asymmetric cell: 20 µm Li, CE 95 %, 1 mAh cm⁻²: the limit is reached when the reservoir is gone", () => {
    const capacity = 4 * 36_000; // 4 mAh cm⁻²
    const asym = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 200 }],
      lithiumReservoir: { capacity, coulombicEfficiency: 0.95 },
      noise: 0,
    });
    // plate first: before the strip of cycle k the WE holds Q0 + k·CE·q − (k−1)·q; it runs out in
    // the first cycle with Q0 − (k − 1)·q + k·CE·q < q, i.e. k > (Q0/q)/(1 − CE) = 80 → k = 81
    expect(asym.truth.depletion).toMatchObject({ cycle: 81, halfCycle: 162, voltageLimit: 5 });
    const dep = asym.truth.depletion?.time as number;
    // Q left before the strip: 4 + 81·0.95 − 80 = 0.95 mAh cm⁻² → 0.95 h into the strip
    expect(dep - (asym.truth.halfCycles[161]?.start as number)).toBeAllClose(0.95 * 3600, {
      rtol: 1e-9,
    });
    expect(asym.data.columns.voltage.at(-1)).toBe(5);
    expect(asym.truth.halfCycles).toHaveLength(162);
  });
});

describe("asymmetricCellTrace", () => {
  it("20 µm Li (F·ρ/M = 2062 mAh cm⁻³ → 4.124 mAh cm⁻²), CE 95 %, 1 mAh cm⁻²: depleted in cycle 83", () => {
    const { data, truth } = asymmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 200 }],
      noise: 0,
    });
    // runs out in the first cycle k with Q0 − (k − 1)·q + k·CE·q < q: k > (Q0/q)/(1 − CE) = 82.5
    expect(truth.depletion?.cycle).toBe(83);
    expect(data.metadata.notes?.generator).toBe("asymmetricCellTrace");
  });

  it("is exported from the package entry; = symmetricCellTrace with a 4.124 mAh cm⁻² reservoir at CE 95 %", async () => {
    const entry = await import("../index.js");
    expect(entry.asymmetricCellTrace).toBe(asymmetricCellTrace);
    const steps = [{ currentDensity: 10, arealCapacity: 36_000, cycles: 100 }];
    const a = entry.asymmetricCellTrace({ steps, seed: 3 });
    // 20 µm × 2062 mAh cm⁻³ = 4.124 mAh cm⁻² = 148 464 C m⁻² (to the 4th digit)
    const s = entry.symmetricCellTrace({
      steps,
      seed: 3,
      lithiumReservoir: { capacity: 4.124 * 36_000, coulombicEfficiency: 0.95 },
    });
    expect(a.truth.depletion?.cycle).toBe(83);
    expect(s.truth.depletion?.cycle).toBe(83);
    expect(a.truth.depletion?.time).toBeAllClose(s.truth.depletion?.time ?? 0, { rtol: 1e-3 });
  });
});

describe("ccdLadderTrace", () => {
  it("shorts 40 % into the first half cycle at 1.6 mA cm⁻²: CCD 0.8 mA cm⁻² (last stable)", () => {
    const { truth } = ccdLadderTrace({ criticalCurrentDensity: 16 });
    expect(truth.lastStableCurrentDensity).toBe(8);
    expect(truth.failingCurrentDensity).toBe(16);
    expect(truth.hardShort).toMatchObject({ cycle: 5, halfCycle: 9, time: 8.4 * 3600 });
    expect(truth.halfCycles.map((h) => h.currentDensity)).toEqual([
      1, 1, 2, 2, 4, 4, 8, 8, 16, 16, 32, 32,
    ]);
  });
});

describe("lithiumCopperTrace", () => {
  const { data, truth } = lithiumCopperTrace({
    cycles: 10,
    coulombicEfficiency: (k) => 0.9 + 0.008 * k,
  });

  it("strips CE_k of the plated charge, to the +1 V cut-off", () => {
    const area = data.metadata.area as number;
    for (const c of truth.cycles) {
      expect(chargeBetween(data, c.start, c.end, -1)).toBeAllClose(36_000 * area, { rtol: 1e-12 });
      expect(chargeBetween(data, c.start, c.end, 1) / (36_000 * area)).toBeAllClose(
        c.coulombicEfficiency,
        { rtol: 1e-12 },
      );
    }
    expect(truth.cycles[9]?.coulombicEfficiency).toBeAllClose(0.98, { rtol: 1e-12 });
    const noiseFree = lithiumCopperTrace({ cycles: 2, noise: 0 });
    expect(valueAt(noiseFree.data, noiseFree.truth.cycles[0]?.end as number)).toBeAllClose(1, {
      rtol: 1e-12,
    });
    expect(Math.min(...noiseFree.data.columns.voltage)).toBeAllClose(-0.09, { rtol: 1e-9 });
  });
});

describe("reservoirCoulombicEfficiencyTrace (Adams et al. 2018)", () => {
  it("CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T) equals the Li CE while the reservoir lasts", () => {
    const { truth } = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.99 });
    expect(truth.averageCoulombicEfficiency).toBeAllClose(0.99, { rtol: 1e-12 });
    // Q_S = CE·Q_T − n(1 − CE)Q_C = 0.99·5 − 10·0.01·1 = 4.85 mAh cm⁻²
    expect(truth.finalStripCapacity / 36_000).toBeAllClose(4.85, { rtol: 1e-12 });
    expect(truth.exhaustedAtCycle).toBeUndefined();
    expect(truth.halfCycles.map((h) => h.role).slice(0, 5)).toEqual([
      "conditioning-plate",
      "conditioning-strip",
      "reservoir-plate",
      "cycle-strip",
      "cycle-plate",
    ]);
  });

  it("a poor CE exhausts the reservoir: the strip of cycle k hits the cut-off", () => {
    // usable before the strip of cycle k: CE·Q_T − (k−1)(1−CE)Q_C; CE 0.7: 3.5 − 0.3(k−1) < 1 → k = 10
    const { truth } = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.7 });
    expect(truth.exhaustedAtCycle).toBe(10);
  });
});

describe("fullCellTrace", () => {
  it("Li‖LFP at 1 C: capacities, CE and the 80 % cycle from the known fade", () => {
    const { data, truth } = fullCellTrace({
      steps: [{ cRate: 1, cycles: 240 }],
      fade: { model: "geometric", perCycle: 0.001 },
      samplingInterval: 60,
    });
    const q1 = 170 * 3.6 * 1.131e-5 * 1e3 * 0.95 * (1 - 0.03 * Math.log2(10)); // C
    expect(truth.cycles[0]?.dischargeCapacity).toBeAllClose(q1, { rtol: 1e-9 });
    expect(truth.cycles[0]?.coulombicEfficiency).toBeAllClose(0.998, { rtol: 1e-12 });
    expect(truth.cycles[99]?.dischargeCapacity).toBeAllClose(q1 * 0.999 ** 99, { rtol: 1e-9 });
    // 0.999^(k−1) ≤ 0.8 → k − 1 ≥ 223.03 → k = 225
    expect(truth.cyclesTo80).toBe(225);
    expect(Math.max(...data.columns.voltage)).toBeLessThanOrEqual(4.2 + 1e-3);
    expect(Math.min(...data.columns.voltage)).toBeGreaterThanOrEqual(2.5 - 1e-3);
    expect(data.metadata.activeMass).toBe(1.131e-5);
    const c = truth.cycles[5];
    if (!c) throw new Error("no cycle");
    expect(chargeBetween(data, c.start, c.end, 1)).toBeAllClose(c.chargeCapacity, { rtol: 1e-12 });
    // LFP discharges on its ≈ 3.4 V plateau
    expect(c.dischargeEnergy / c.dischargeCapacity).toBeAllClose(3.35, { atol: 0.1 });
  });
});

describe("generator invariants (fast-check)", () => {
  it("every symmetric half cycle passes |j|·area·τ and alternates sign; times never go back", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            currentDensity: fc.double({ min: 0.5, max: 100, noNaN: true }),
            halfCycleDuration: fc.double({ min: 5, max: 4000, noNaN: true }),
            cycles: fc.integer({ min: 1, max: 3 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.double({ min: 1, max: 60, noNaN: true }),
        (steps, dt) => {
          const { data, truth } = symmetricCellTrace({ steps, samplingInterval: dt, noise: 0 });
          const area = data.metadata.area as number;
          const time = data.columns.time;
          for (let i = 1; i < time.length; i++)
            expect(time[i]).toBeGreaterThanOrEqual(time[i - 1] as number);
          truth.halfCycles.forEach((h, k) => {
            if (k > 0) expect(h.sign).toBe(-(truth.halfCycles[k - 1]?.sign as number));
            const q = chargeBetween(data, h.start, h.end, h.sign);
            expect(q).toBeAllClose(h.currentDensity * area * (h.end - h.start), { rtol: 1e-9 });
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});
