import { describe, expect, it } from "vitest";
import { ccdLadderTrace } from "../synthetic/ccdLadderTrace.js";
import { symmetricCellTrace } from "../synthetic/symmetricCellTrace.js";
import { analyzeSymmetricCycling } from "./analyzeSymmetricCycling.js";
import { criticalCurrentDensity } from "./criticalCurrentDensity.js";

// Cross-check with the package's own synthetic generator (src/synthetic, written independently):
// Butler–Volmer plateaus (j0 = 20 A m⁻², R_s = 5e-4 Ω m²), start-of-half-cycle peaks, a nucleation
// spike, σ = 0.2 mV Gaussian noise, 10 s sampling. Its truth counts cycles from 1; ours from 0.
const HOUR = 3600;
const DT = 10;

describe("analyzeSymmetricCycling recovers symmetricCellTrace's known parameters", () => {
  it("plateau per half cycle within 2 % with +0.1 mV per cycle drift; η_nuc within 2 %", () => {
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 100 }],
      overpotentialDrift: 1e-4,
    });
    const r = analyzeSymmetricCycling(data);
    expect(r.halfCycles).toHaveLength(truth.halfCycles.length);
    expect(r.halfCycles.map((h) => h.plateau)).toBeAllClose(
      truth.halfCycles.map((h) => h.plateauOverpotential),
      { rtol: 0.02 },
    );
    expect(r.nucleation?.nucleation).toBeAllClose(truth.nucleation?.overpotential ?? Number.NaN, {
      rtol: 0.02,
    });
    expect(r.failures.first).toBeNull();
  });

  it("hard short at 150.4 h: same time (±1 sample) and cycle", () => {
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 100 }],
      hardShort: { time: 150.4 * HOUR },
    });
    const e = analyzeSymmetricCycling(data).failures.hardShort;
    expect(e?.time).toBeAllClose(truth.hardShort?.time ?? Number.NaN, { atol: DT });
    expect((e?.cycle ?? -1) + 1).toBe(truth.hardShort?.cycle);
    expect(e?.evidence.shortResistance).toBeAllClose(truth.hardShort?.resistance ?? 0, {
      rtol: 0.05,
    });
  });

  it("soft shorts at 30.3 h, 55.6 h and 80.2 h: each found at its time (±1 sample) and cycle", () => {
    const times = [30.3 * HOUR, 55.6 * HOUR, 80.2 * HOUR];
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 50 }],
      softShorts: times.map((time) => ({ time })),
    });
    const f = analyzeSymmetricCycling(data).failures;
    expect(f.hardShort).toBeNull();
    expect(f.softShorts.map((e) => e.time)).toBeAllClose(
      truth.softShorts.map((e) => e.time),
      { atol: DT },
    );
    expect(f.softShorts.map((e) => e.cycle + 1)).toEqual(truth.softShorts.map((e) => e.cycle));
  });

  it("asymmetric cell (20 µm Li, CE 0.98): Li depletion at the instrument limit, same time and cycle", () => {
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 200 }],
      firstHalfCycle: "stripping",
      lithiumReservoir: { capacity: 148_000, coulombicEfficiency: 0.98 },
    });
    const r = analyzeSymmetricCycling(data, { cell: "asymmetric" });
    const e = r.failures.voltageLimit;
    expect(truth.depletion).toBeDefined();
    expect(e?.time).toBeAllClose(truth.depletion?.time ?? Number.NaN, { atol: DT });
    expect((e?.cycle ?? -1) + 1).toBe(truth.depletion?.cycle);
  });
});

describe("criticalCurrentDensity on ccdLadderTrace", () => {
  it("ladder 0.1 → 3.2 mA cm⁻², shorts at 1.6: CCD (last stable) 0.8 mA cm⁻², failing 1.6", () => {
    const { data, truth } = ccdLadderTrace({ criticalCurrentDensity: 16 });
    const ccd = criticalCurrentDensity(analyzeSymmetricCycling(data));
    expect(ccd.criticalCurrentDensity).toBeAllClose(truth.lastStableCurrentDensity ?? 0, {
      rtol: 0.01,
    });
    expect(ccd.failingCurrentDensity).toBeAllClose(truth.failingCurrentDensity ?? 0, {
      rtol: 0.01,
    });
    expect(ccd.event?.time).toBeAllClose(truth.hardShort?.time ?? Number.NaN, { atol: DT });
  });
});
