import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../jsonSchemas.js";
import { KINETICS_JSON_SCHEMAS } from "./index.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { OverpotentialConventionSchema } from "./kineticsWarningSchema.js";

const j0 = {
  value: 1.02,
  unit: "mA cm⁻²",
  si: 10.2,
  siUnit: "A m⁻²",
  dimension: "current density",
};

describe("kinetics result schemas", () => {
  it("an estimate may omit its uncertainty (exact data) but never holds NaN or a negative standard error", () => {
    expect(KineticsEstimateSchema.parse(j0)).toEqual(j0);
    expect(
      KineticsEstimateSchema.parse({
        ...j0,
        standardError: 0.04,
        interval: { lower: 0.94, upper: 1.1 },
      }).interval,
    ).toEqual({ lower: 0.94, upper: 1.1 });
    expect(KineticsEstimateSchema.safeParse({ ...j0, value: Number.NaN }).success).toBe(false);
    expect(KineticsEstimateSchema.safeParse({ ...j0, standardError: -1 }).success).toBe(false);
    expect(KineticsEstimateSchema.safeParse({ ...j0, extra: 1 }).success).toBe(false);
  });

  it("names the overpotential convention: electrode or cell", () => {
    expect(OverpotentialConventionSchema.options).toEqual(["electrode", "cell"]);
  });

  it("ships a JSON Schema for every kinetics result", () => {
    const files = jsonSchemas();
    expect(Object.keys(KINETICS_JSON_SCHEMAS).sort()).toEqual([
      "ArrheniusFitResult",
      "ButlerVolmerFitResult",
      "CapacityFadeResult",
      "ChargeTransferExchangeCurrentResult",
      "IonicConductivityResult",
      "MicroPolarizationResult",
      "RandlesSevcikResult",
      "TafelAnalysisResult",
      "VoltammogramPeaksResult",
    ]);
    for (const name of Object.keys(KINETICS_JSON_SCHEMAS)) {
      expect(files[name]).toMatchObject({ title: name, type: "object" });
    }
    expect(files.TafelAnalysisResult).toMatchObject({
      properties: { convention: { enum: ["electrode", "cell"] } },
    });
  });
});
