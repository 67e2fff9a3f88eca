import { isLmbError, type LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dimension } from "./Dimension.js";
import { parseUnit } from "./parseUnit.js";

const CURRENT_DENSITY: Dimension = [-2, 0, 0, 1, 0, 0, 0];
const AREAL_CAPACITY: Dimension = [-2, 0, 1, 1, 0, 0, 0];

function parseError(text: string): LmbError {
  try {
    parseUnit(text);
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed`);
}

describe("parseUnit: the notations of SCIENCE.md §2 and issue 2", () => {
  // [text, canonical symbol, SI factor, dimension]
  const cases: [string, string, number, Dimension][] = [
    ["mA cm^-2", "mA cm⁻²", 10, CURRENT_DENSITY],
    ["mA cm⁻²", "mA cm⁻²", 10, CURRENT_DENSITY],
    ["mA/cm2", "mA cm⁻²", 10, CURRENT_DENSITY],
    ["mA·cm-2", "mA cm⁻²", 10, CURRENT_DENSITY],
    ["mA⋅cm−2", "mA cm⁻²", 10, CURRENT_DENSITY],
    ["mA*cm**-2", "mA cm⁻²", 10, CURRENT_DENSITY],
    ["mAh cm-2", "mAh cm⁻²", 36000, AREAL_CAPACITY],
    ["mA h cm^-2", "mA h cm⁻²", 36000, AREAL_CAPACITY],
    ["mAh/g", "mAh g⁻¹", 3600, [0, -1, 1, 1, 0, 0, 0]],
    ["\u00b5m", "µm", 1e-6, [1, 0, 0, 0, 0, 0, 0]],
    ["\u03bcm", "µm", 1e-6, [1, 0, 0, 0, 0, 0, 0]],
    ["um", "µm", 1e-6, [1, 0, 0, 0, 0, 0, 0]],
    ["mS cm-1", "mS cm⁻¹", 0.1, [-3, -1, 3, 2, 0, 0, 0]],
    ["S/m", "S m⁻¹", 1, [-3, -1, 3, 2, 0, 0, 0]],
    ["kJ mol-1", "kJ mol⁻¹", 1000, [2, 1, -2, 0, 0, -1, 0]],
    ["kJ/mol", "kJ mol⁻¹", 1000, [2, 1, -2, 0, 0, -1, 0]],
    ["eV", "eV", 1.602176634e-19, [2, 1, -2, 0, 0, 0, 0]],
    ["K", "K", 1, [0, 0, 0, 0, 1, 0, 0]],
    ["mV s-1", "mV s⁻¹", 1e-3, [2, 1, -4, -1, 0, 0, 0]],
    ["\u03a9", "Ω", 1, [2, 1, -3, -2, 0, 0, 0]],
    ["\u2126", "Ω", 1, [2, 1, -3, -2, 0, 0, 0]],
    ["Ohm", "Ω", 1, [2, 1, -3, -2, 0, 0, 0]],
    ["ohm", "Ω", 1, [2, 1, -3, -2, 0, 0, 0]],
    ["kOhm", "kΩ", 1000, [2, 1, -3, -2, 0, 0, 0]],
    ["ohm cm2", "Ω cm²", 1e-4, [4, 1, -3, -2, 0, 0, 0]],
    ["Ω cm²", "Ω cm²", 1e-4, [4, 1, -3, -2, 0, 0, 0]],
    ["mol L-1", "mol L⁻¹", 1000, [-3, 0, 0, 0, 0, 1, 0]],
    ["M", "M", 1000, [-3, 0, 0, 0, 0, 1, 0]],
    ["mM", "mM", 1, [-3, 0, 0, 0, 0, 1, 0]],
    ["cm2 s-1", "cm² s⁻¹", 1e-4, [2, 0, -1, 0, 0, 0, 0]],
    ["h", "h", 3600, [0, 0, 1, 0, 0, 0, 0]],
    ["min", "min", 60, [0, 0, 1, 0, 0, 0, 0]],
    ["s", "s", 1, [0, 0, 1, 0, 0, 0, 0]],
    ["%", "%", 0.01, [0, 0, 0, 0, 0, 0, 0]],
    ["Pa", "Pa", 1, [-1, 1, -2, 0, 0, 0, 0]],
    ["MPa", "MPa", 1e6, [-1, 1, -2, 0, 0, 0, 0]],
    ["Ah", "Ah", 3600, [0, 0, 1, 1, 0, 0, 0]],
    ["Wh", "Wh", 3600, [2, 1, -2, 0, 0, 0, 0]],
    ["mWh", "mWh", 3.6, [2, 1, -2, 0, 0, 0, 0]],
    ["g", "g", 1e-3, [0, 1, 0, 0, 0, 0, 0]],
    ["mg", "mg", 1e-6, [0, 1, 0, 0, 0, 0, 0]],
    ["kg", "kg", 1, [0, 1, 0, 0, 0, 0, 0]],
    ["mV", "mV", 1e-3, [2, 1, -3, -1, 0, 0, 0]],
    ["µA", "µA", 1e-6, [0, 0, 0, 1, 0, 0, 0]],
    ["uA", "µA", 1e-6, [0, 0, 0, 1, 0, 0, 0]],
    ["mS", "mS", 1e-3, [-2, -1, 3, 2, 0, 0, 0]],
    ["ms", "ms", 1e-3, [0, 0, 1, 0, 0, 0, 0]],
    ["F", "F", 1, [-2, -1, 4, 2, 0, 0, 0]],
    ["kHz", "kHz", 1000, [0, 0, -1, 0, 0, 0, 0]],
    ["C", "C", 1, [0, 0, 1, 1, 0, 0, 0]],
    ["kJ", "kJ", 1000, [2, 1, -2, 0, 0, 0, 0]],
    ["mL", "mL", 1e-6, [3, 0, 0, 0, 0, 0, 0]],
    ["mol", "mol", 1, [0, 0, 0, 0, 0, 1, 0]],
    ["J/(mol K)", "J mol⁻¹ K⁻¹", 1, [2, 1, -2, 0, -1, -1, 0]],
    ["J/mol/K", "J mol⁻¹ K⁻¹", 1, [2, 1, -2, 0, -1, -1, 0]],
    ["(mol K)^-1", "mol⁻¹ K⁻¹", 1, [0, 0, 0, 0, -1, -1, 0]],
    ["1/s", "s⁻¹", 1, [0, 0, -1, 0, 0, 0, 0]],
    ["Ω s^-1/2", "Ω s^(-1/2)", 1, [2, 1, -3.5, -2, 0, 0, 0]],
    ["Ohm s^(-0.5)", "Ω s^(-1/2)", 1, [2, 1, -3.5, -2, 0, 0, 0]],
    ["kcal/mol", "kcal mol⁻¹", 4184, [2, 1, -2, 0, 0, -1, 0]],
    ["Å", "Å", 1e-10, [1, 0, 0, 0, 0, 0, 0]],
    ["1", "", 1, [0, 0, 0, 0, 0, 0, 0]],
  ];
  it.each(cases)("%s → %s", (text, symbol, factor, dimension) => {
    const unit = parseUnit(text);
    expect(unit.symbol).toBe(symbol);
    expect(unit.factor).toBeAllClose(factor, { rtol: 1e-14 });
    expect(unit.offset).toBe(0);
    expect(unit.dimension).toEqual(dimension);
  });

  it("°C, degC and ℃ are degrees Celsius with the 273.15 K offset (SI brochure)", () => {
    for (const text of ["°C", "degC", "\u2103"]) {
      const unit = parseUnit(text);
      expect(unit).toEqual({
        symbol: "°C",
        factor: 1,
        offset: 273.15,
        dimension: [0, 0, 0, 0, 1, 0, 0],
      });
    }
  });

  it("°C inside a product or power is a difference (no offset)", () => {
    expect(parseUnit("mV/°C")).toMatchObject({ symbol: "mV °C⁻¹", factor: 1e-3, offset: 0 });
    expect(parseUnit("°C/min").offset).toBe(0);
  });

  it("merges repeated units and drops the ones that cancel", () => {
    expect(parseUnit("cm cm").symbol).toBe("cm²");
    expect(parseUnit("m/m")).toMatchObject({
      symbol: "",
      factor: 1,
      dimension: [0, 0, 0, 0, 0, 0, 0],
    });
  });
});

describe("parseUnit: ambiguity rules", () => {
  it("exact symbols win over prefix readings: min, M, Pa, cd", () => {
    expect(parseUnit("min").factor).toBe(60); // minute, not milli-inch
    expect(parseUnit("M").factor).toBe(1000); // mol/L, not the mega prefix
    expect(parseUnit("MΩ").factor).toBe(1e6); // mega before a unit
    expect(parseUnit("Pa").dimension).toEqual([-1, 1, -2, 0, 0, 0, 0]); // pascal, not peta-annum
    expect(parseUnit("cd").dimension).toEqual([0, 0, 0, 0, 0, 0, 1]); // candela
  });

  it("refuses a juxtaposed unit after '/' (J/mol K)", () => {
    const error = parseError("J/mol K");
    expect(error.code).toBe("E_UNIT_PARSE");
    expect(error.problem).toContain('"K" at column 7');
    expect(error.location?.column).toBe(7);
    expect(error.fix).toContain("J/(mol K)");
    expect(parseError("mA/cm2·h").location?.column).toBe(8);
  });

  it("refuses ° C (angle × coulomb) and names the fix °C", () => {
    const error = parseError("° C");
    expect(error.fix).toContain('"°C"');
    expect(parseError("deg C").code).toBe("E_UNIT_PARSE");
  });

  it("refuses pH, wt% and Fahrenheit with a reason", () => {
    expect(parseError("pH").problem).toContain("picohenry");
    expect(parseError("wt%").problem).toContain("composition");
    expect(parseError("°F").problem).toContain("Fahrenheit");
  });
});

describe("parseUnit: errors name the token, its column and a fix", () => {
  it.each([
    ["mA cm-2 xyz", "xyz", 9],
    ["mAhh", "mAhh", 1],
    ["mA  /  foo", "foo", 8],
  ])("unknown token in %s", (text, token, column) => {
    const error = parseError(text);
    expect(error.code).toBe("E_UNIT_PARSE");
    expect(error.details?.token).toBe(token);
    expect(error.location?.column).toBe(column);
    expect(error.problem).toContain(`"${token}" at column ${column}`);
    expect(error.fix).toBeTruthy();
  });

  it("suggests the case fix and the missing space", () => {
    expect(parseError("KJ").fix).toContain('"kJ"');
    expect(parseError("mAhg").fix).toContain('"mAh g"');
  });

  it.each([
    ["", 1],
    ["mA cm -2", 7],
    ["mA/", 4],
    ["/cm2", 1],
    ["(mol K", 1],
    ["mol)", 4],
    ["m^", 2],
    ["m^0", 2],
    ["m^99", 2],
    ["cm2.5", 4],
    ["5 mA", 1],
  ])("malformed %j → E_UNIT_PARSE at column %i", (text, column) => {
    const error = parseError(text);
    expect(error.code).toBe("E_UNIT_PARSE");
    expect(error.location?.column).toBe(column);
  });

  it("property: on any string it returns a unit or throws LmbError E_UNIT_PARSE, nothing else", () => {
    const alphabet = [..."mAhcgkuµμΩ°CVsSJKlLMolPa%^*/·()-−+0123456789 ⁻²³¹ .,eE"];
    const unitLike = fc
      .array(fc.constantFrom(...alphabet), { maxLength: 16 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 24 }), unitLike), (text) => {
        try {
          const unit = parseUnit(text);
          return Number.isFinite(unit.factor) && unit.factor > 0 && unit.dimension.length === 7;
        } catch (error) {
          return isLmbError(error) && error.code === "E_UNIT_PARSE";
        }
      }),
      { numRuns: 3000, seed: 20261 },
    );
  });
});
