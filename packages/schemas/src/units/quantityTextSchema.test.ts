import { arealCapacity, currentDensity } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { quantityTextSchema } from "./quantityTextSchema.js";

describe("quantityTextSchema", () => {
  it("accepts any parsable quantity without a kind", () => {
    const schema = quantityTextSchema();
    for (const text of ["5 mA cm-2", "5 mA cm⁻²", "5 mA/cm2", "100 um", "25 °C", "40 kJ/mol"]) {
      expect(schema.parse(text)).toBe(text);
    }
    expect(schema.safeParse("").success).toBe(false);
    expect(schema.safeParse("five mA").success).toBe(false);
  });

  it("checks the dimension against a kind, with the LmbError message and code", () => {
    const schema = quantityTextSchema(currentDensity);
    expect(schema.parse("5 mA cm-2")).toBe("5 mA cm-2");
    const result = schema.safeParse("1 mAh cm-2");
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toMatch(/^E_UNIT_MISMATCH: /);
    expect(issue).toMatchObject({ code: "custom", params: { lmbCode: "E_UNIT_MISMATCH" } });
  });

  it("is a string with a description in JSON Schema", () => {
    expect(z.toJSONSchema(quantityTextSchema(arealCapacity))).toMatchObject({
      type: "string",
      minLength: 1,
      description: 'An areal capacity with its unit, e.g. "1 mAh cm-2".',
    });
  });
});
