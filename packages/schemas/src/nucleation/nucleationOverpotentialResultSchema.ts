import { z } from "zod";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { KineticsWarningSchema } from "../kinetics/kineticsWarningSchema.js";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { NucleationTimeWindowSchema } from "./nucleationCommonSchemas.js";

/**
 * Result of a nucleation-overpotential reading of one first plating step (`lmb nucleation
 * overpotential FILE`): η_nuc = |V_tip| − |V_plateau|, the plateau (growth) overpotential and the
 * total spike |V_tip| in mV, where the tip and the plateau were read, the plating step used and,
 * when the area is known, its current density.
 *
 * @example
 * const { nucleationOverpotential } = NucleationOverpotentialResultSchema.parse(JSON.parse(stdout));
 * nucleationOverpotential.value; // mV
 */
export const NucleationOverpotentialResultSchema = z
  .strictObject({
    analysis: z.literal("nucleation-overpotential"),
    source: z.string().optional().describe("The record's label (file name)."),
    relation: z.string().describe("How η_nuc was read, in symbols."),
    nucleationOverpotential: KineticsEstimateSchema.describe("η_nuc = |V_tip| − |V_plateau|, mV."),
    plateauOverpotential: KineticsEstimateSchema.describe("Growth overpotential |V_plateau|, mV."),
    tipOverpotential: KineticsEstimateSchema.describe("Total spike |V_tip|, mV."),
    tipVoltage: QuantitySchema.describe("Voltage at the tip, as recorded (signed, mV)."),
    tipTime: QuantitySchema.describe("Time of the tip (s)."),
    plateauVoltage: QuantitySchema.describe("Median voltage over the plateau window (signed, mV)."),
    step: z
      .strictObject({
        start: QuantitySchema.describe("Onset of the first plating step (s)."),
        end: QuantitySchema.describe("End of the step (s)."),
        direction: z
          .enum(["reduction", "oxidation"])
          .describe("Sign of the step's current at the working electrode (plating is reduction)."),
        meanCurrent: QuantitySchema.describe("Mean current over the step (signed, mA)."),
        currentDensity: QuantitySchema.optional().describe(
          "|mean current|/area (mA cm⁻²); absent when the area is unknown.",
        ),
      })
      .describe("The plating step analysed."),
    tipWindow: NucleationTimeWindowSchema.describe("Stretch searched for the voltage tip."),
    plateauWindow: NucleationTimeWindowSchema.describe("Window of the plateau median."),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.optional().describe(
      "Voltage against time over the step, tip and plateau marked (absent without the trace).",
    ),
  })
  .meta({
    title: "NucleationOverpotentialResult",
    description: "Nucleation overpotential of a first plating step: tip, plateau and η_nuc.",
  });

/**
 * A nucleation-overpotential reading ({@link NucleationOverpotentialResultSchema}). Named
 * `…Json` so it does not clash with `NucleationOverpotentialResult` of `@lmb/nucleation` (SI
 * numbers), from which `nucleationOverpotentialJson` builds it.
 *
 * @example
 * const r: NucleationOverpotentialResultJson = nucleationOverpotentialJson(reading);
 */
export type NucleationOverpotentialResultJson = z.infer<typeof NucleationOverpotentialResultSchema>;

/**
 * η_nuc, plateau and tip overpotentials of several first-plating records at different current
 * densities (`lmb nucleation overpotential A.csv B.csv …`), sorted by current density, with a plot
 * of the three overpotentials against j.
 *
 * @example
 * const { rows } = NucleationOverpotentialSeriesResultSchema.parse(JSON.parse(stdout));
 */
export const NucleationOverpotentialSeriesResultSchema = z
  .strictObject({
    analysis: z.literal("nucleation-overpotential-series"),
    rows: z
      .array(
        NucleationOverpotentialResultSchema.omit({ plot: true }).extend({
          currentDensity: QuantitySchema.describe("|mean current|/area of the step (mA cm⁻²)."),
        }),
      )
      .describe("One reading per record, by increasing current density."),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("η_nuc, plateau and tip overpotentials against j."),
  })
  .meta({
    title: "NucleationOverpotentialSeriesResult",
    description: "Nucleation overpotential against current density over several records.",
  });

/** A series of nucleation-overpotential readings ({@link NucleationOverpotentialSeriesResultSchema}). */
export type NucleationOverpotentialSeriesResult = z.infer<
  typeof NucleationOverpotentialSeriesResultSchema
>;
