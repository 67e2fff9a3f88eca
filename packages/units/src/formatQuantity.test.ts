import { describe, expect, it } from "vitest";
import { formatQuantity, formatSI } from "./formatQuantity.js";
import { formatUnit } from "./formatUnit.js";
import { parseQuantity } from "./parseQuantity.js";
import { parseUnit } from "./parseUnit.js";

describe("formatUnit", () => {
  it.each([
    ["mA/cm2", "mA cm⁻²", "mA cm-2"],
    ["µS cm⁻¹", "µS cm⁻¹", "uS cm-1"],
    ["ohm cm2", "Ω cm²", "Ohm cm2"],
    ["degC", "°C", "degC"],
    ["J/(mol K)", "J mol⁻¹ K⁻¹", "J mol-1 K-1"],
    ["Ω s^-1/2", "Ω s^(-1/2)", "Ohm s^(-1/2)"],
    ["Å", "Å", "Angstrom"],
    ["kJ/mol", "kJ mol⁻¹", "kJ mol-1"],
  ])("%s → %s / %s", (text, unicode, ascii) => {
    expect(formatUnit(text)).toBe(unicode);
    expect(formatUnit(parseUnit(text), { ascii: true })).toBe(ascii);
    expect(parseUnit(ascii)).toEqual(parseUnit(text));
  });

  it("shows a hand-made unit's symbol as given", () => {
    expect(
      formatUnit({ symbol: "widgets", factor: 1, offset: 0, dimension: [0, 0, 0, 0, 0, 0, 0] }),
    ).toBe("widgets");
  });
});

describe("formatQuantity", () => {
  it("writes the customary form: 5 mA cm⁻² (issue 2)", () => {
    expect(formatQuantity(parseQuantity("5 mA/cm2"))).toBe("5 mA cm⁻²");
    expect(formatQuantity("5 mA/cm2", { ascii: true })).toBe("5 mA cm-2");
    expect(formatQuantity("50 A m-2", { unit: "customary" })).toBe("5 mA cm⁻²");
    expect(formatQuantity("25 °C", { unit: "K" })).toBe("298.15 K");
  });

  it.each([
    [3861.8789, 5, false, "3861.9"],
    [0.206225, 4, false, "0.2062"],
    [0.001, 5, false, "0.001"],
    [0.00015, 5, false, "1.5 × 10⁻⁴"],
    [0.00015, 5, true, "1.5e-4"],
    [1234567, 3, false, "1.23 × 10⁶"],
    [123456, 5, false, "123460"],
    [-0.5, 5, false, "-0.5"],
    [0, 5, false, "0"],
    [-0, 5, false, "0"],
  ])("%d with %i digits (ascii %s) → %s", (value, significantDigits, ascii, text) => {
    expect(formatQuantity({ value, unit: parseUnit("1") }, { significantDigits, ascii })).toBe(
      text,
    );
  });

  it("refuses NaN, infinities and bad digit counts", () => {
    expect(() => formatQuantity({ value: Number.NaN, unit: parseUnit("V") })).toThrow(
      /E_NOT_FINITE/,
    );
    expect(() => formatQuantity("1 V", { significantDigits: 0 })).toThrow(/E_INVALID_ARGUMENT/);
    expect(() => formatQuantity("1 V", { unit: "A" })).toThrow(/E_UNIT_MISMATCH/);
  });
});

describe("formatSI", () => {
  it("shows SI numbers in the customary unit of their dimension", () => {
    expect(formatSI(50, [-2, 0, 0, 1, 0, 0, 0])).toBe("5 mA cm⁻²");
    expect(formatSI(36000, [-2, 0, 1, 1, 0, 0, 0])).toBe("1 mAh cm⁻²");
    expect(formatSI(298.15, [0, 0, 0, 0, 1, 0, 0])).toBe("25 °C");
    expect(formatSI(0.1, [-3, -1, 3, 2, 0, 0, 0], { ascii: true })).toBe("1 mS cm-1");
    expect(formatSI(50, [-2, 0, 0, 1, 0, 0, 0], { unit: "A m-2" })).toBe("50 A m⁻²");
  });

  it("falls back to SI base units for a dimension without a name", () => {
    expect(formatSI(2, [-1, 1, -3, 0, 0, 0, 0])).toBe("2 m⁻¹ kg s⁻³");
  });

  it("refuses a unit of another dimension", () => {
    expect(() => formatSI(50, [-2, 0, 0, 1, 0, 0, 0], { unit: "mAh cm-2" })).toThrow(
      /E_UNIT_MISMATCH/,
    );
  });
});
