import { describe, expect, it } from "vitest";
import {
  cRateFromCurrent,
  cRateFromCurrentDensity,
  currentDensityFromCRate,
  currentFromCRate,
} from "./currentFromCRate.js";
import { current, currentDensity, specificCapacity } from "./electricalKinds.js";
import { area, arealMass } from "./materialKinds.js";
import { inUnit } from "./toSI.js";

// An NMC811-like cathode: 200 mAh g⁻¹, 10 mg cm⁻², 1.13 cm² (a 12 mm disc).
const cathode = {
  specificCapacity: specificCapacity(200, "mAh/g"),
  massLoading: arealMass(10, "mg cm-2"),
  area: area(1.13, "cm2"),
};

describe("C-rate ↔ current (SCIENCE.md §2: current = C × specific capacity × active mass)", () => {
  it("1C of 200 mAh/g × 11.3 mg is 2.26 mA; C/10 is 0.226 mA", () => {
    expect(inUnit(currentFromCRate(1, cathode), "mA")).toBeAllClose(2.26, { rtol: 1e-14 });
    expect(inUnit(currentFromCRate(0.1, cathode), "mA")).toBeAllClose(0.226, { rtol: 1e-14 });
  });

  it("1C is 2 mA cm⁻² at 200 mAh/g and 10 mg cm⁻² (= 2 mAh cm⁻² in 1 h)", () => {
    const j = currentDensityFromCRate(1, cathode);
    expect(inUnit(j, "mA cm-2")).toBeAllClose(2, { rtol: 1e-14 });
    expect(cRateFromCurrentDensity(currentDensity(4, "mA cm-2"), cathode)).toBeAllClose(2, {
      rtol: 1e-14,
    });
  });

  it("inverts: 1.13 mA on that cathode is C/2", () => {
    expect(cRateFromCurrent(current(1.13, "mA"), cathode)).toBeAllClose(0.5, { rtol: 1e-14 });
    expect(cRateFromCurrent(currentFromCRate(3.7, cathode), cathode)).toBeAllClose(3.7, {
      rtol: 1e-14,
    });
  });

  it("refuses a zero loading, area or capacity", () => {
    expect(() => currentFromCRate(1, { ...cathode, area: area(0, "cm2") })).toThrow(
      /E_OUT_OF_RANGE/,
    );
    expect(() => currentFromCRate(1, { ...cathode, massLoading: arealMass(0, "mg cm-2") })).toThrow(
      /E_OUT_OF_RANGE/,
    );
    expect(() =>
      cRateFromCurrentDensity(currentDensity(1, "mA cm-2"), {
        ...cathode,
        specificCapacity: specificCapacity(0, "mAh/g"),
      }),
    ).toThrow(/E_OUT_OF_RANGE/);
  });
});
