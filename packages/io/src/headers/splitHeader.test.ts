import { describe, expect, it } from "vitest";
import { instrumentUnit } from "./instrumentUnit.js";
import { splitHeader } from "./splitHeader.js";

describe("splitHeader", () => {
  it.each([
    ["Voltage (V)", "Voltage", "V", 1],
    ["Current/mA", "Current", "mA", 1e-3],
    ["Test Time / h", "Test Time", "h", 3600],
    ["I (mA/cm2)", "I", "mA/cm2", 10],
    ["Current [A]", "Current", "A", 1],
    ["Current(µA)", "Current", "µA", 1e-6],
    ["(Q-Qo)/mA.h", "(Q-Qo)", "mA.h", 3.6],
    ["Ewe/V", "Ewe", "V", 1],
    ["time/s", "time", "s", 1],
    ["Capacity(mAs)", "Capacity", "mAs", 1e-3],
    ["Spec. Cap.(mAh/g)", "Spec. Cap.", "mAh/g", 3600],
    ["Temperature (°C)", "Temperature", "°C", 1],
    ["|Energy|/W.h", "|Energy|", "W.h", 3600],
  ])("%s → name %s, unit %s (factor %d to SI)", (header, name, unitText, factor) => {
    const split = splitHeader(header);
    expect(split.name).toBe(name);
    expect(split.unitText).toBe(unitText);
    expect(split.unit?.factor).toBeCloseTo(factor, 12);
  });

  it("keeps a slash inside a name when what follows is not a unit", () => {
    expect(splitHeader("dQ/dV")).toMatchObject({ name: "dQ/dV", unitText: "" });
    expect(splitHeader("Step Type")).toMatchObject({ name: "Step Type", unit: undefined });
  });

  it("maps instrument spellings of units", () => {
    expect(instrumentUnit("mWs")?.factor).toBeCloseTo(1e-3, 15);
    expect(instrumentUnit("?C")?.offset).toBe(273.15);
    expect(instrumentUnit("Ohm")?.symbol).toBe("Ω");
    expect(instrumentUnit("furlong")).toBeUndefined();
  });
});
