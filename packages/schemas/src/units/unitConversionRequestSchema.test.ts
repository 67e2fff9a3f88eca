import { describe, expect, it } from "vitest";
import { UnitConversionRequestSchema } from "./unitConversionRequestSchema.js";

describe("UnitConversionRequestSchema", () => {
  it("accepts a form's fields, trimmed, with an optional material", () => {
    expect(
      UnitConversionRequestSchema.parse({ quantity: " 100 um ", to: "mAh cm-2", material: "Li" }),
    ).toEqual({ quantity: "100 um", to: "mAh cm-2", material: "Li" });
    expect(UnitConversionRequestSchema.parse({ quantity: "5 mA cm-2", to: "A m-2" })).toEqual({
      quantity: "5 mA cm-2",
      to: "A m-2",
    });
  });

  it("rejects empty fields with a message a form can show, and unknown materials", () => {
    const empty = UnitConversionRequestSchema.safeParse({ quantity: "  ", to: "" });
    expect(empty.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["quantity", "enter a quantity with its unit, e.g. 5 mA cm-2"],
      ["to", "enter the unit to convert to, e.g. A m-2"],
    ]);
    expect(
      UnitConversionRequestSchema.safeParse({ quantity: "1 um", to: "nm", material: "Na" }).success,
    ).toBe(false);
  });
});
