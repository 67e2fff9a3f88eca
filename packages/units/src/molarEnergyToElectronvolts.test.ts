import { describe, expect, it } from "vitest";
import {
  electronvoltsToMolarEnergy,
  molarEnergyToElectronvolts,
} from "./molarEnergyToElectronvolts.js";
import { molarEnergy } from "./timeAndEnergyKinds.js";
import { inUnit } from "./toSI.js";

describe("kJ mol⁻¹ ↔ eV per particle", () => {
  it("1 eV = 96.485 kJ/mol (CODATA 2018: e·N_A; theory.md §5: 96.4853)", () => {
    expect(inUnit(electronvoltsToMolarEnergy(1), "kJ/mol")).toBeAllClose(96.4853, { rtol: 1e-6 });
    expect(inUnit(electronvoltsToMolarEnergy(1), "kJ/mol")).toBeAllClose(96.48533212331, {
      rtol: 1e-13,
    });
  });

  it("50 kJ/mol (a typical E_a) is 0.51821 eV; round trip", () => {
    const ea = molarEnergy(50, "kJ mol-1");
    expect(molarEnergyToElectronvolts(ea)).toBeAllClose(0.518213, { rtol: 1e-6 });
    expect(electronvoltsToMolarEnergy(molarEnergyToElectronvolts(ea))).toBeAllClose(ea, {
      rtol: 1e-15,
    });
  });

  it("refuses NaN", () => {
    expect(() => electronvoltsToMolarEnergy(Number.NaN)).toThrow(/E_NOT_FINITE/);
  });
});
