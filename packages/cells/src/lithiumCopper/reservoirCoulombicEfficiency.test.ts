import { describe, expect, it } from "vitest";
import { reservoirCoulombicEfficiencyTrace } from "../synthetic/reservoirCoulombicEfficiencyTrace.js";
import { reservoirCoulombicEfficiency } from "./reservoirCoulombicEfficiency.js";

// Adams et al., Adv. Energy Mater. 8, 1702097 (2018): Q_T = 5 mAh cm⁻², Q_C = 1 mAh cm⁻² (20 %),
// n = 10, 0.5 mA cm⁻², strip to 1 V. CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T).
describe("reservoirCoulombicEfficiency (modified Aurbach) on synthetic traces with known CE", () => {
  it("recovers CE_avg = 99 % within 0.1 % absolute, with the conditioning cycle found and excluded", () => {
    const { data, truth } = reservoirCoulombicEfficiencyTrace({
      coulombicEfficiency: 0.99,
      seed: 5,
    });
    const r = reservoirCoulombicEfficiency(data);
    expect(r.averageCoulombicEfficiency).toBeAllClose(truth.averageCoulombicEfficiency, {
      atol: 1e-3,
    });
    expect(r.averageCoulombicEfficiency).toBeAllClose(0.99, { atol: 1e-9 });
    expect(r.formulaCoulombicEfficiency).toBeAllClose(0.99, { atol: 1e-9 });
    expect(r.cycles).toBe(10);
    expect(r.conditioning?.coulombicEfficiency).toBeAllClose(0.9, { atol: 1e-9 });
    expect(r.areal?.reservoirCapacity).toBeAllClose(180_000, { rtol: 1e-9 });
    expect(r.areal?.cycleCapacity).toBeAllClose(36_000, { rtol: 1e-9 });
    // Q_S = CE·Q_T − n(1 − CE)·Q_C = 4.95 − 0.1 = 4.85 mAh cm⁻²
    expect(r.areal?.finalStripCapacity).toBeAllClose(4.85 * 36_000, { rtol: 1e-9 });
    expect(r.cycleCapacityRatio).toBeAllClose(0.2, { rtol: 1e-9 });
    expect(r.valid).toBe(true);
    expect(r.exhaustedAtCycle).toBeNull();
    expect(r.cutoff?.value).toBeAllClose(1, { atol: 2e-3 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("without conditioning, and at 97 %", () => {
    const { data, truth } = reservoirCoulombicEfficiencyTrace({
      coulombicEfficiency: 0.97,
      conditioning: false,
      cycles: 20,
    });
    const r = reservoirCoulombicEfficiency(data);
    expect(r.conditioning).toBeNull();
    expect(r.cycles).toBe(20);
    expect(r.averageCoulombicEfficiency).toBeAllClose(truth.averageCoulombicEfficiency, {
      atol: 1e-9,
    });
    expect(r.valid).toBe(true);
  });

  it("with 10 min rests between steps and with reversed wiring (Li as working electrode): the same CE_avg", () => {
    const { data, truth } = reservoirCoulombicEfficiencyTrace({
      coulombicEfficiency: 0.985,
      restDuration: 600,
    });
    const r = reservoirCoulombicEfficiency(data);
    expect(r.averageCoulombicEfficiency).toBeAllClose(truth.averageCoulombicEfficiency, {
      atol: 1e-9,
    });
    expect(r.valid).toBe(true);
    const flipped = {
      ...data,
      columns: {
        ...data.columns,
        current: data.columns.current.map((i) => -i),
        voltage: data.columns.voltage.map((v) => -v),
      },
    };
    const f = reservoirCoulombicEfficiency(flipped);
    expect(f.wiring.reversed).toBe(true);
    expect(f.averageCoulombicEfficiency).toBeAllClose(0.985, { atol: 1e-9 });
    expect(f.valid).toBe(true);
  });

  it("an exhausted reservoir (CE 70 %) fails the validity check at the right cycle", () => {
    const { data, truth } = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.7 });
    const r = reservoirCoulombicEfficiency(data);
    expect(truth.exhaustedAtCycle).toBe(10);
    expect(r.exhaustedAtCycle).toBe(10);
    expect(r.valid).toBe(false);
    expect(r.checks.find((c) => c.name === "reservoir-not-exhausted")?.passed).toBe(false);
  });

  it("a record that is not the protocol is an E_PROTOCOL error", () => {
    const { data } = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.99 });
    const n = data.columns.time.length;
    const cut = Math.floor(n * 0.6); // stops in the middle of the cycles
    const partial = {
      ...data,
      columns: {
        time: data.columns.time.slice(0, cut),
        voltage: data.columns.voltage.slice(0, cut),
        current: data.columns.current.slice(0, cut),
      },
    };
    expect(() => reservoirCoulombicEfficiency(partial, { conditioning: true })).toThrowError(
      /E_PROTOCOL/,
    );
  });
});
