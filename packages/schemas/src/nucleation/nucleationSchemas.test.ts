import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../jsonSchemas.js";
import { VEGA_LITE_SCHEMA_URL } from "../plots/vegaLiteSpecSchema.js";
import { ClassicalNucleationResultSchema } from "./classicalNucleationResultSchema.js";
import { NUCLEATION_JSON_SCHEMAS } from "./index.js";
import { NucleationOverpotentialSeriesResultSchema } from "./nucleationOverpotentialResultSchema.js";
import { SandTimeResultSchema } from "./sandTimeResultSchema.js";
import { TransientClassificationResultSchema } from "./transientClassificationResultSchema.js";

// The converters of @lmb/nucleation and the CLI tests check real results against these
// schemas; here: the minimal shapes, the optional parts and what is refused.
const q = (value: number, unit: string, si: number, siUnit: string, dimension: string) => ({
  value,
  unit,
  si,
  siUnit,
  dimension,
});
const mV = (v: number) => q(v, "mV", v / 1000, "V", "voltage");
const plot = { $schema: VEGA_LITE_SCHEMA_URL };

const classification = {
  analysis: "scharifker-hills",
  verdict: "instantaneous",
  reason: "closest to the instantaneous curve",
  criteria: { tolerance: 0.08, margin: 1.5, mixedShare: 0.6 },
  peakTime: q(0.7, "s", 0.7, "s", "time"),
  peakCurrentDensity: q(46.5, "mA cm⁻²", 465, "A m⁻²", "current density"),
  currentSign: "negative",
  baseline: { rule: "none", currentDensity: q(0, "mA cm⁻²", 0, "A m⁻²", "current density") },
  window: {
    variable: "t/t_m",
    lower: 1,
    upper: 10,
    unit: "",
    pointCount: 600,
    automatic: true,
    rule: "after the maximum",
  },
  distances: { instantaneous: 0.004, progressive: 0.2 },
  betweenShare: 0.1,
  warnings: [],
  plot,
};

describe("nucleation result schemas", () => {
  it("a classification needs no concentration; with one it carries D and N0 under both models", () => {
    expect(TransientClassificationResultSchema.parse(classification).verdict).toBe("instantaneous");
    const d = q(1e-6, "cm² s⁻¹", 1e-10, "m² s⁻¹", "diffusion coefficient");
    const n = q(1e6, "cm⁻²", 1e10, "m⁻²", "areal number density");
    const withQuantities = {
      ...classification,
      conditions: {
        concentration: q(1, "M", 1000, "mol m⁻³", "concentration"),
        molarVolume: q(12.996, "cm³ mol⁻¹", 1.2996e-5, "m³ mol⁻¹", "molar volume"),
        chargeNumber: 1,
      },
      quantities: {
        instantaneous: { diffusivity: d, siteDensity: n },
        progressive: {
          diffusivity: d,
          rateDensity: q(1e6, "cm⁻² s⁻¹", 1e10, "m⁻² s⁻¹", "L⁻² T⁻¹"),
          saturationDensity: n,
        },
      },
    };
    expect(TransientClassificationResultSchema.parse(withQuantities).quantities).toBeDefined();
    for (const bad of [
      { ...classification, verdict: "dendritic" },
      { ...classification, betweenShare: 1.5 },
      { ...classification, plot: undefined },
      { ...classification, extra: 1 },
    ]) {
      expect(TransientClassificationResultSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("CNT keeps ΔG*/kT as a plain number and Sand's time may be absent below the limiting current", () => {
    const cnt = {
      analysis: "classical-nucleation",
      relation: "r* = 2γV_m/(zF|η|)",
      overpotential: mV(50),
      surfaceEnergy: q(0.5, "J m⁻²", 0.5, "J m⁻²", "surface energy"),
      molarVolume: q(12.996, "cm³ mol⁻¹", 1.2996e-5, "m³ mol⁻¹", "molar volume"),
      chargeNumber: 1,
      temperature: q(298.15, "K", 298.15, "K", "temperature"),
      criticalRadius: q(2.694, "nm", 2.694e-9, "m", "length"),
      barrier: q(94.9, "eV", 1.52e-17, "J", "energy"),
      barrierInThermalEnergy: 3700,
      criticalAtoms: 3800,
      warnings: [],
    };
    expect(ClassicalNucleationResultSchema.parse(cnt).barrierInThermalEnergy).toBe(3700);
    expect(
      ClassicalNucleationResultSchema.safeParse({ ...cnt, barrierInThermalEnergy: -1 }).success,
    ).toBe(false);
    const sand = {
      analysis: "sand-time",
      relation: "t_Sand = πD(zc0F)²/(4J²(1 − t₊)²)",
      currentDensity: q(5, "mA cm⁻²", 50, "A m⁻²", "current density"),
      diffusivity: q(5e-6, "cm² s⁻¹", 5e-10, "m² s⁻¹", "diffusion coefficient"),
      concentration: q(1, "M", 1000, "mol m⁻³", "concentration"),
      transferenceNumber: 0.4,
      chargeNumber: 1,
      thickness: q(25, "µm", 2.5e-5, "m", "length"),
      applies: false,
      note: "no Sand time: below the limiting current",
      limitingCurrentDensity: q(643, "mA cm⁻²", 6430, "A m⁻²", "current density"),
      warnings: [{ code: "W_BELOW_LIMITING_CURRENT", message: "no Sand time" }],
    };
    expect(SandTimeResultSchema.parse(sand).sandTime).toBeUndefined();
    expect(SandTimeResultSchema.safeParse({ ...sand, transferenceNumber: 1 }).success).toBe(false);
  });

  it("a series row is a reading without its own plot, plus its current density", () => {
    const row = {
      analysis: "nucleation-overpotential",
      relation: "η_nuc = |V_tip| − |V_plateau|",
      nucleationOverpotential: mV(44),
      plateauOverpotential: mV(20),
      tipOverpotential: mV(64),
      tipVoltage: mV(-64),
      tipTime: q(120, "s", 120, "s", "time"),
      plateauVoltage: mV(-20),
      step: {
        start: q(60, "s", 60, "s", "time"),
        end: q(3999, "s", 3999, "s", "time"),
        direction: "reduction",
        meanCurrent: q(-0.5, "mA", -5e-4, "A", "current"),
      },
      tipWindow: { lower: 60, upper: 1045, unit: "s", rule: "first 25 % of the step" },
      plateauWindow: { lower: 1090, upper: 2060, unit: "s", rule: "25–50 % after the tip" },
      warnings: [],
      currentDensity: q(0.5, "mA cm⁻²", 5, "A m⁻²", "current density"),
    };
    const series = { analysis: "nucleation-overpotential-series", rows: [row], warnings: [], plot };
    expect(NucleationOverpotentialSeriesResultSchema.parse(series).rows).toHaveLength(1);
    expect(
      NucleationOverpotentialSeriesResultSchema.safeParse({ ...series, rows: [{ ...row, plot }] })
        .success,
    ).toBe(false);
  });

  it("ships a JSON Schema for every nucleation result", () => {
    const files = jsonSchemas();
    expect(Object.keys(NUCLEATION_JSON_SCHEMAS).sort()).toEqual([
      "ClassicalNucleationResult",
      "MostanyFitResult",
      "NucleationOverpotentialResult",
      "NucleationOverpotentialSeriesResult",
      "SandTimeResult",
      "TransientClassificationResult",
    ]);
    for (const name of Object.keys(NUCLEATION_JSON_SCHEMAS)) {
      expect(files[name]).toMatchObject({ title: name, type: "object" });
    }
    expect(files.TransientClassificationResult).toMatchObject({
      properties: { verdict: { enum: ["instantaneous", "progressive", "mixed", "neither"] } },
    });
  });
});
