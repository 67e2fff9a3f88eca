import { describe, expect, it } from "vitest";
import { analyzeSymmetricCycling } from "../cycling/analyzeSymmetricCycling.js";
import { criticalCurrentDensity } from "../cycling/criticalCurrentDensity.js";
import { ccdLadderTrace } from "./ccdLadderTrace.js";
import { symmetricCellTrace } from "./symmetricCellTrace.js";

// Issue 9 validation: the Li‖Li analysis recovers what the generator put in — overpotentials
// within 2 %, events at the right cycle (±1). The analysis numbers cycles from 0, the generator from 1.
describe("analyzeSymmetricCycling recovers the synthetic traces' known parameters", () => {
  it("plateau overpotential per cycle within 2 % (drift 0.2 mV per cycle) and the nucleation spike", () => {
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 40 }],
      overpotentialDrift: 2e-4,
      seed: 21,
    });
    const r = analyzeSymmetricCycling(data);
    expect(r.halfCycles).toHaveLength(truth.halfCycles.length);
    expect(r.cycles.map((c) => c.overpotential)).toBeAllClose(
      truth.halfCycles.filter((h) => h.halfCycle % 2 === 1).map((h) => h.plateauOverpotential),
      { rtol: 0.02 },
    );
    expect(r.nucleation?.nucleation).toBeAllClose(truth.nucleation?.overpotential ?? 0, {
      rtol: 0.1,
    });
    expect(r.failures.first).toBeNull();
  });

  it("hard short at a known time: detected in the right cycle (±1)", () => {
    const { data, truth } = symmetricCellTrace({ hardShort: { time: 25.5 * 3600 }, seed: 2 });
    const r = analyzeSymmetricCycling(data);
    expect(r.failures.hardShort).not.toBeNull();
    expect(
      Math.abs((r.failures.hardShort?.cycle ?? -9) + 1 - (truth.hardShort?.cycle ?? 0)),
    ).toBeLessThanOrEqual(1);
  });

  it("hard short early, in half cycles 3–6 (inside the reference window): detected in the right cycle (±1), near its time", () => {
    for (const hours of [2.5, 3.5, 4.5, 5.5]) {
      const { data, truth } = symmetricCellTrace({ hardShort: { time: hours * 3600 }, seed: 2 });
      const r = analyzeSymmetricCycling(data);
      const short = r.failures.hardShort;
      expect(short, `${hours} h`).not.toBeNull();
      expect(
        Math.abs((short?.cycle ?? -9) + 1 - (truth.hardShort?.cycle ?? 0)),
        `${hours} h`,
      ).toBeLessThanOrEqual(1);
      // within one half cycle (1 h) of the short
      expect(Math.abs((short?.time ?? 0) - hours * 3600), `${hours} h`).toBeLessThanOrEqual(3600);
      // the early reference holds only healthy half cycles (the short's resistance is ≪ R_ref)
      expect(r.failures.reference.to, `${hours} h`).toBeLessThanOrEqual(
        (short?.halfCycle ?? 0) + 1,
      );
      expect(short?.evidence.resistanceRatio as number, `${hours} h`).toBeLessThan(0.25);
      expect(r.failures.polarizationRunaway, `${hours} h`).toBeNull();
    }
  });

  it("soft short: detected in the right cycle (±1)", () => {
    const { data, truth } = symmetricCellTrace({
      softShorts: [{ time: 12.5 * 3600, depth: 0.7 }],
      seed: 4,
    });
    const r = analyzeSymmetricCycling(data);
    const event = r.failures.softShorts[0];
    expect(event).toBeDefined();
    expect(
      Math.abs((event?.cycle ?? -9) + 1 - (truth.softShorts[0]?.cycle ?? 0)),
    ).toBeLessThanOrEqual(1);
  });

  it("asymmetric cell: the voltage limit when the thin Li runs out, in the right cycle (±1)", () => {
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 100 }],
      lithiumReservoir: { capacity: 3 * 36_000, coulombicEfficiency: 0.96 },
      seed: 6,
    });
    const r = analyzeSymmetricCycling(data, { cell: "asymmetric" });
    expect(r.failures.voltageLimit).not.toBeNull();
    expect(
      Math.abs((r.failures.voltageLimit?.cycle ?? -9) + 1 - (truth.depletion?.cycle ?? 0)),
    ).toBeLessThanOrEqual(1);
  });

  it("CCD ladder 0.1 → 3.2 mA cm⁻², short at 1.6: CCD 0.8 mA cm⁻² (last stable)", () => {
    const { data, truth } = ccdLadderTrace({ criticalCurrentDensity: 16, seed: 8 });
    const ccd = criticalCurrentDensity(analyzeSymmetricCycling(data));
    expect(ccd.criticalCurrentDensity).toBeAllClose(truth.lastStableCurrentDensity ?? 0, {
      rtol: 0.01,
    });
    expect(ccd.failingCurrentDensity).toBeAllClose(truth.failingCurrentDensity ?? 0, {
      rtol: 0.01,
    });
  });
});
