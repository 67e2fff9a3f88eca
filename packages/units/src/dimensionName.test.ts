import { describe, expect, it } from "vitest";
import { customaryUnit } from "./customaryUnit.js";
import { DIMENSIONLESS, multiplyDimensions, powerDimension } from "./Dimension.js";
import { describeDimension, dimensionName } from "./dimensionName.js";
import { allNamedDimensions } from "./internal/namedDimensions.js";
import { parseUnit } from "./parseUnit.js";
import { siUnitSymbol } from "./siUnitSymbol.js";

describe("dimensionName, siUnitSymbol, customaryUnit", () => {
  it.each([
    ["mA cm-2", "current density", "A m⁻²", "mA cm⁻²"],
    ["mAh cm-2", "areal capacity", "C m⁻²", "mAh cm⁻²"],
    ["mAh/g", "specific capacity", "C kg⁻¹", "mAh g⁻¹"],
    ["mS cm-1", "conductivity", "S m⁻¹", "mS cm⁻¹"],
    ["Ohm cm2", "area-specific resistance", "Ω m²", "Ω cm²"],
    ["kJ/mol", "molar energy", "J mol⁻¹", "kJ mol⁻¹"],
    ["cm2/s", "diffusion coefficient", "m² s⁻¹", "cm² s⁻¹"],
    ["mM", "concentration", "mol m⁻³", "M"],
    ["mV/s", "scan rate", "V s⁻¹", "mV s⁻¹"],
    ["mg cm-2", "areal mass", "kg m⁻²", "mg cm⁻²"],
    ["degC", "temperature", "K", "°C"],
    ["J/(mol K)", "molar entropy", "J mol⁻¹ K⁻¹", "J mol⁻¹ K⁻¹"],
  ])("%s is %s (%s), customary %s", (unit, name, si, customary) => {
    const d = parseUnit(unit).dimension;
    expect(dimensionName(d)).toBe(name);
    expect(siUnitSymbol(d)).toBe(si);
    expect(customaryUnit(d).symbol).toBe(customary);
    expect(describeDimension(d)).toBe(`${name} (${si})`);
  });

  it("has one name per dimension, and each name's SI and customary units share it", () => {
    const all = allNamedDimensions();
    expect(new Set(all.map((n) => n.dimension.join(","))).size).toBe(all.length);
    for (const n of all) expect(n.customaryUnit.dimension).toEqual(n.dimension);
  });

  it("falls back to base units (SI brochure order) for unnamed dimensions", () => {
    const d = parseUnit("kg m-1 s-3").dimension;
    expect(dimensionName(d)).toBeUndefined();
    expect(siUnitSymbol(d)).toBe("m⁻¹ kg s⁻³");
    expect(siUnitSymbol(d, { ascii: true })).toBe("m-1 kg s-3");
    expect(describeDimension(d)).toBe("quantity in m⁻¹ kg s⁻³");
    expect(customaryUnit(d).factor).toBe(1);
    expect(siUnitSymbol(DIMENSIONLESS)).toBe("1");
  });

  it("dimension algebra: (A m⁻²)·s = C m⁻²; exponents stay exact for fractions", () => {
    const j = parseUnit("A m-2").dimension;
    expect(multiplyDimensions(j, parseUnit("s").dimension)).toEqual(parseUnit("C m-2").dimension);
    expect(powerDimension(powerDimension([1, 0, 0, 0, 0, 0, 0], 1 / 3), 3)).toEqual([
      1, 0, 0, 0, 0, 0, 0,
    ]);
  });
});
