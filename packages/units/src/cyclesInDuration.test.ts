import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cyclesInDuration } from "./cyclesInDuration.js";
import { arealCapacity, currentDensity } from "./electricalKinds.js";
import { time } from "./timeAndEnergyKinds.js";

describe("cyclesInDuration", () => {
  it("300 h at 5 mA cm⁻² and 1 mAh cm⁻² per half cycle: 24 min cycles, 750 cycles (2q/j, SCIENCE.md §2)", () => {
    const r = cyclesInDuration(
      time(300, "h"),
      currentDensity(5, "mA cm-2"),
      arealCapacity(1, "mAh cm-2"),
    );
    expect(r.cycle).toBeAllClose(1440, { rtol: 1e-14 });
    expect(r.halfCycle).toBeAllClose(720, { rtol: 1e-14 });
    expect(r.cycles).toBeAllClose(750, { rtol: 1e-14 });
    expect(r.completeCycles).toBe(750);
    expect(r.halfCycles).toBeAllClose(1500, { rtol: 1e-14 });
    expect(r.completeHalfCycles).toBe(1500);
  });

  it("counts only finished cycles: 5 h of 2 h cycles is 2.5 cycles, 2 complete, 5 half cycles", () => {
    const r = cyclesInDuration(
      time(5, "h"),
      currentDensity(1, "mA cm-2"),
      arealCapacity(1, "mAh cm-2"),
    );
    expect(r.cycles).toBeAllClose(2.5, { rtol: 1e-15 });
    expect(r.completeCycles).toBe(2);
    expect(r.completeHalfCycles).toBe(5);
  });

  it("property: completeCycles = floor(cycles) up to rounding, and cycles · cycle = duration", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        (hours, mA, mAh) => {
          const r = cyclesInDuration(
            time(hours, "h"),
            currentDensity(mA, "mA cm-2"),
            arealCapacity(mAh, "mAh cm-2"),
          );
          expect(r.cycles * r.cycle).toBeAllClose(hours * 3600, { rtol: 1e-12, atol: 1e-9 });
          expect(r.completeCycles).toBeLessThanOrEqual(Math.round(r.cycles));
          expect(r.completeCycles).toBeGreaterThanOrEqual(Math.floor(r.cycles));
          expect(r.halfCycles).toBeAllClose(2 * r.cycles, { rtol: 1e-12, atol: 1e-12 });
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });

  it("refuses a negative duration", () => {
    expect(() =>
      cyclesInDuration(time(-1, "h"), currentDensity(1, "mA cm-2"), arealCapacity(1, "mAh cm-2")),
    ).toThrow(/E_OUT_OF_RANGE/);
  });
});
