import { convertQuantity, parseQuantity, quantity, toSI } from "@lmb/units";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuantitySchema } from "./quantitySchema.js";
import { dimensionFormula, toQuantityJson } from "./toQuantityJson.js";

const UNITS = [
  "mA cm-2",
  "mAh cm-2",
  "mAh/g",
  "um",
  "mS cm-1",
  "kJ mol-1",
  "eV",
  "°C",
  "K",
  "ohm cm2",
  "mol L-1",
  "cm2 s-1",
  "h",
  "V",
  "mV s-1",
  "%",
  "C mol-1",
];

describe("toQuantityJson", () => {
  it("gives value, formatted unit, SI value, SI unit and dimension name", () => {
    expect(toQuantityJson(parseQuantity("5 mA cm-2"))).toEqual({
      value: 5,
      unit: "mA cm⁻²",
      si: 50,
      siUnit: "A m⁻²",
      dimension: "current density",
    });
    const celsius = toQuantityJson(parseQuantity("25 °C"));
    expect(celsius.si).toBeAllClose(298.15, { rtol: 1e-12 });
    expect(celsius.unit).toBe("°C");
  });

  it("falls back to the dimension formula for unnamed dimensions", () => {
    const json = toQuantityJson(parseQuantity("3 kg A"));
    expect(json.dimension).toBe(dimensionFormula([0, 1, 0, 1, 0, 0, 0]));
    expect(json.dimension).toBe("M I");
  });

  it("always matches QuantitySchema, with si = toSI(q) (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom(...UNITS),
        (value, unit) => {
          const q = quantity(value, unit);
          const json = QuantitySchema.parse(toQuantityJson(q));
          expect(json.value).toBe(value);
          expect(json.si).toBe(toSI(q));
          // The formatted unit reads back as the same unit.
          expect(toSI(convertQuantity(quantity(value, json.unit), unit))).toBeAllClose(toSI(q), {
            rtol: 1e-12,
            atol: 1e-300,
          });
        },
      ),
    );
  });

  it("throws E_NOT_FINITE rather than emit a non-finite SI value", () => {
    const huge = { value: 1e308, unit: parseQuantity("1 km").unit };
    expect(() => toQuantityJson(huge)).toThrow(expect.objectContaining({ code: "E_NOT_FINITE" }));
  });
});

describe("dimensionFormula", () => {
  it("writes exponents as superscripts and fractional ones with ^", () => {
    expect(dimensionFormula([0, 0, 0, 0, 0, 0, 0])).toBe("1");
    expect(dimensionFormula([2, 1, -3, -2, 0, 0, 0])).toBe("L² M T⁻³ I⁻²");
    expect(dimensionFormula([0, 0, -0.5, 0, 0, 0, 0])).toBe("T^-0.5");
  });
});
