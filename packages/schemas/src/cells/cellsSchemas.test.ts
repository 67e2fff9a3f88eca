import { describe, expect, it } from "vitest";
import { ResistanceRoleSchema, ResistanceTotalSchema } from "../impedance/index.js";
import { jsonSchemas } from "../jsonSchemas.js";
import { CELLS_JSON_SCHEMAS } from "./index.js";

const ohm = { value: 25, unit: "Ω", si: 25, siUnit: "Ω", dimension: "resistance" };

describe("Li-metal impedance result schemas", () => {
  it("names the four resistance roles", () => {
    expect(ResistanceRoleSchema.options).toEqual(["bulk", "sei", "chargeTransfer", "other"]);
  });

  it("a resistance total needs its parameters and never holds NaN", () => {
    expect(ResistanceTotalSchema.parse({ parameters: ["R2"], resistance: ohm })).toEqual({
      parameters: ["R2"],
      resistance: ohm,
    });
    expect(ResistanceTotalSchema.safeParse({ parameters: [], resistance: ohm }).success).toBe(
      false,
    );
    expect(
      ResistanceTotalSchema.safeParse({
        parameters: ["R2"],
        resistance: { ...ohm, value: Number.NaN },
      }).success,
    ).toBe(false);
  });

  it("ships JSON Schemas for the resistances, one spectrum and a series", () => {
    const files = jsonSchemas();
    expect(Object.keys(CELLS_JSON_SCHEMAS).slice(0, 2)).toEqual([
      "InterfaceImpedanceResult",
      "InterfaceImpedanceSeriesResult",
    ]);
    for (const name of [...Object.keys(CELLS_JSON_SCHEMAS), "InterfaceResistancesResult"]) {
      expect(files[name]).toMatchObject({ title: name, type: "object" });
    }
    expect(files.InterfaceImpedanceSeriesResult).toMatchObject({
      properties: { by: { enum: ["temperature", "time"] } },
    });
  });
});
