import { describe, expect, it } from "vitest";
import { QuantitySchema } from "./quantitySchema.js";

const valid = { value: 5, unit: "mA cm⁻²", si: 50, siUnit: "A m⁻²", dimension: "current density" };

describe("QuantitySchema", () => {
  it("accepts a quantity in lmb's JSON shape", () => {
    expect(QuantitySchema.parse(valid)).toEqual(valid);
  });

  it("rejects non-finite numbers, missing fields and unknown keys", () => {
    for (const bad of [
      { ...valid, value: Number.POSITIVE_INFINITY },
      { ...valid, si: Number.NaN },
      { ...valid, unit: undefined },
      { ...valid, text: "5 mA cm⁻²" },
    ]) {
      expect(QuantitySchema.safeParse(bad).success).toBe(false);
    }
  });
});
