import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { KineticsDataWindowSchema } from "./kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "./kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema, OverpotentialConventionSchema } from "./kineticsWarningSchema.js";

/**
 * Result of a micro-polarization analysis: the slope dj/dη of the linear low-overpotential
 * region, the charge-transfer resistance it implies and j0 = RT/((α_a + α_c)·F)·dj/dη per
 * interface (twice that for a symmetric cell's η_cell), with the linearisation error at the
 * window edge.
 *
 * @example
 * const { exchangeCurrentDensity } = MicroPolarizationResultSchema.parse(result);
 */
export const MicroPolarizationResultSchema = z
  .strictObject({
    analysis: z.literal("micro-polarization"),
    convention: OverpotentialConventionSchema,
    relation: z
      .string()
      .describe("The relation used, with the symmetric-cell factor when it applies."),
    temperature: QuantitySchema,
    transferCoefficientSum: z
      .number()
      .positive()
      .describe("α_a + α_c assumed (= n for the textbook j0 = RT/(nF·R_ct))."),
    confidenceLevel: z.number().gt(0).lt(1),
    slope: KineticsEstimateSchema.describe("dj/dη of the fitted line, mA cm⁻² mV⁻¹."),
    areaSpecificResistance: KineticsEstimateSchema.describe(
      "R_ct·A = (dj/dη)⁻¹ as measured, Ω cm² (a symmetric cell's covers both interfaces).",
    ),
    interfaceResistance: KineticsEstimateSchema.describe(
      "Charge-transfer resistance of one interface, Ω cm² (half the cell value for a symmetric cell).",
    ),
    exchangeCurrentDensity: KineticsEstimateSchema.describe("j0 per interface, mA cm⁻²."),
    linearizationError: z
      .number()
      .nonnegative()
      .describe(
        "sinh(x)/x − 1 at the window edge (α_a = α_c): how far BV departs from the line there.",
      ),
    window: KineticsDataWindowSchema,
    goodnessOfFit: KineticsGoodnessOfFitSchema,
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("j against η with the fitted line."),
  })
  .meta({
    title: "MicroPolarizationResult",
    description: "Exchange current density from the linear (micro-polarization) region.",
  });

/** A micro-polarization analysis ({@link MicroPolarizationResultSchema}). */
export type MicroPolarizationResult = z.infer<typeof MicroPolarizationResultSchema>;

/**
 * j0 from a charge-transfer resistance (impedance or micro-polarization):
 * j0 = RT/((α_a + α_c)·F·R_ct·A) per interface; a symmetric cell's R_ct covers two interfaces,
 * so j0 = 2RT/((α_a + α_c)·F·R_ct,cell·A) (theory.md §4.3).
 *
 * @example
 * const { exchangeCurrentDensity } = ChargeTransferExchangeCurrentResultSchema.parse(result);
 */
export const ChargeTransferExchangeCurrentResultSchema = z
  .strictObject({
    analysis: z.literal("charge-transfer-resistance"),
    convention: OverpotentialConventionSchema,
    relation: z.string(),
    temperature: QuantitySchema,
    transferCoefficientSum: z.number().positive(),
    confidenceLevel: z.number().gt(0).lt(1),
    chargeTransferResistance: KineticsEstimateSchema.describe(
      "R_ct as given, Ω (cell: both interfaces).",
    ),
    area: QuantitySchema.describe("Electrode area A (one electrode)."),
    interfaceResistance: KineticsEstimateSchema.describe(
      "Area-specific R_ct of one interface, Ω cm².",
    ),
    exchangeCurrentDensity: KineticsEstimateSchema.describe("j0 per interface, mA cm⁻²."),
    warnings: z.array(KineticsWarningSchema),
  })
  .meta({
    title: "ChargeTransferExchangeCurrentResult",
    description: "Exchange current density from a charge-transfer resistance.",
  });

/** j0 from R_ct ({@link ChargeTransferExchangeCurrentResultSchema}). */
export type ChargeTransferExchangeCurrentResult = z.infer<
  typeof ChargeTransferExchangeCurrentResultSchema
>;
