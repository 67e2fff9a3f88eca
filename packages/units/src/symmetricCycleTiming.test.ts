import { describe, expect, it } from "vitest";
import { arealCapacity, currentDensity } from "./electricalKinds.js";
import { symmetricCycleTiming } from "./symmetricCycleTiming.js";
import { time } from "./timeAndEnergyKinds.js";
import { inUnit } from "./toSI.js";

describe("symmetricCycleTiming", () => {
  it("SCIENCE.md §2: a cycle at j and q per half cycle lasts 2q/j (1 mA cm⁻², 1 mAh cm⁻² → 1 h + 1 h)", () => {
    const t = symmetricCycleTiming(currentDensity(1, "mA cm-2"), arealCapacity(1, "mAh cm-2"));
    expect(inUnit(t.halfCycle, "h")).toBeAllClose(1, { rtol: 1e-15 });
    expect(inUnit(t.cycle, "h")).toBeAllClose(2, { rtol: 1e-15 });
  });

  it("5 mA cm⁻² and 1 mAh cm⁻² give 12 min half cycles; a 10 min rest adds to each half", () => {
    const j = currentDensity(5, "mA cm-2");
    const q = arealCapacity(1, "mAh cm-2");
    expect(inUnit(symmetricCycleTiming(j, q).halfCycle, "min")).toBeAllClose(12, { rtol: 1e-14 });
    const rested = symmetricCycleTiming(j, q, { rest: time(10, "min") });
    expect(inUnit(rested.cycle, "min")).toBeAllClose(44, { rtol: 1e-14 });
  });

  it("refuses zero or negative current, capacity and rest", () => {
    const q = arealCapacity(1, "mAh cm-2");
    expect(() => symmetricCycleTiming(currentDensity(0, "mA cm-2"), q)).toThrow(/E_OUT_OF_RANGE/);
    expect(() =>
      symmetricCycleTiming(currentDensity(1, "mA cm-2"), arealCapacity(-1, "mAh cm-2")),
    ).toThrow(/E_OUT_OF_RANGE/);
    expect(() =>
      symmetricCycleTiming(currentDensity(1, "mA cm-2"), q, { rest: time(-1, "s") }),
    ).toThrow(/E_OUT_OF_RANGE/);
  });
});
