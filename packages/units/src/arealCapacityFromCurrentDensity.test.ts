import { describe, expect, it } from "vitest";
import {
  arealCapacityFromCurrentDensity,
  currentDensityFromArealCapacity,
  durationFromArealCapacity,
} from "./arealCapacityFromCurrentDensity.js";
import { arealCapacity, currentDensity } from "./electricalKinds.js";
import { time } from "./timeAndEnergyKinds.js";
import { inUnit } from "./toSI.js";

describe("current density × time ↔ areal capacity", () => {
  it("SCIENCE.md §2: 1 mA cm⁻² for 1 h = 1 mAh cm⁻² (= 36000 C m⁻²)", () => {
    const q = arealCapacityFromCurrentDensity(currentDensity(1, "mA cm-2"), time(1, "h"));
    expect(q).toBeAllClose(36000, { rtol: 1e-15 });
    expect(inUnit(q, "mAh cm-2")).toBeAllClose(1, { rtol: 1e-15 });
  });

  it("inverts: 3 mAh cm⁻² in 1 h is 3 mA cm⁻²; 1 mAh cm⁻² at 0.5 mA cm⁻² takes 2 h", () => {
    const j = currentDensityFromArealCapacity(arealCapacity(3, "mAh cm-2"), time(60, "min"));
    expect(inUnit(j, "mA cm-2")).toBeAllClose(3, { rtol: 1e-15 });
    const t = durationFromArealCapacity(
      arealCapacity(1, "mAh cm-2"),
      currentDensity(0.5, "mA cm-2"),
    );
    expect(inUnit(t, "h")).toBeAllClose(2, { rtol: 1e-15 });
  });

  it("refuses a zero duration or current and NaN", () => {
    expect(() =>
      currentDensityFromArealCapacity(arealCapacity(1, "mAh cm-2"), time(0, "s")),
    ).toThrow(/E_OUT_OF_RANGE/);
    expect(() =>
      durationFromArealCapacity(arealCapacity(1, "mAh cm-2"), currentDensity(0, "mA cm-2")),
    ).toThrow(/E_OUT_OF_RANGE/);
    expect(() =>
      arealCapacityFromCurrentDensity(currentDensity.fromSI(Number.NaN), time(1, "h")),
    ).toThrow(/E_NOT_FINITE/);
  });
});
