import { z } from "zod";
import { NucleationOverpotentialResultSchema } from "../nucleation/nucleationOverpotentialResultSchema.js";
import { AreaSourceSchema, CyclingWarningSchema } from "./cyclingCommonSchemas.js";

/**
 * How a Li‖Cu cell was wired, read from the data: which current sign strips Li from the Cu.
 *
 * @example
 * r.wiring.reversed; // false: Cu is the working electrode
 */
export const CopperWiringSchema = z
  .strictObject({
    strippingSign: z.union([z.literal(1), z.literal(-1)]),
    voltagePolarity: z.union([z.literal(1), z.literal(-1)]),
    reversed: z.boolean().describe("True when stripping runs at negative current."),
    medianStripEndVoltage: z.number().describe("mV."),
    medianPlateEndVoltage: z.number().describe("mV."),
    evidence: z.string().min(1),
  })
  .meta({ title: "CopperWiring" });

const CutoffSchema = z
  .strictObject({
    value: z.number().positive().describe("V vs Li."),
    source: z.enum(["option", "detected"]),
  })
  .nullable()
  .describe("Stripping cut-off and where it came from (null: no strip reached one).");

/**
 * One Li‖Cu cycle: a plating on Cu and the stripping that follows; CE = stripped/plated in %.
 *
 * @example
 * r.cycles[9].coulombicEfficiency; // 98.7 %
 */
export const LithiumCopperCycleRowSchema = z
  .strictObject({
    cycle: z.number().int().positive().describe("1-based."),
    plated: z.number().nonnegative().describe("mAh."),
    stripped: z.number().nonnegative().describe("mAh."),
    platedAreal: z.number().nonnegative().nullable().describe("mAh cm⁻² (null without area)."),
    strippedAreal: z.number().nonnegative().nullable().describe("mAh cm⁻²."),
    coulombicEfficiency: z.number().nonnegative().describe("Stripped/plated, %."),
    strippingEndVoltage: z.number().describe("Voltage at the end of the strip, V vs Li."),
    cutoffReached: z
      .boolean()
      .describe("False: the CE is a lower bound (Li may remain on the Cu)."),
    startTime: z.number().describe("h."),
    endTime: z.number().describe("h."),
  })
  .meta({ title: "LithiumCopperCycleRow" });

/** A Li‖Cu cycle ({@link LithiumCopperCycleRowSchema}). */
export type LithiumCopperCycleRow = z.infer<typeof LithiumCopperCycleRowSchema>;

/**
 * The average CE over a window of cycles (arithmetic and charge-weighted), in %.
 *
 * @example r.windows[0].mean; // 97.9 %
 */
export const CoulombicEfficiencyWindowSchema = z
  .strictObject({
    firstCycle: z.number().int().positive(),
    lastCycle: z.number().int().positive(),
    cycleCount: z.number().int().positive(),
    mean: z.number().describe("Mean of the per-cycle CE, %."),
    chargeWeighted: z.number().describe("Σ stripped / Σ plated, %."),
    standardDeviation: z.number().nonnegative().describe("Sample SD of the per-cycle CE, %."),
    min: z.number().describe("%."),
    max: z.number().describe("%."),
  })
  .meta({ title: "CoulombicEfficiencyWindow" });

/**
 * Coulombic efficiency of Li on Cu cycle by cycle (`lmb cycling ce --method per-cycle`): wiring
 * and cut-off from the data, per-cycle CE, window averages and the cycle life to a CE threshold.
 *
 * @example
 * const r = LithiumCopperEfficiencyResultSchema.parse(JSON.parse(stdout));
 * r.windows[0].mean; r.cycleLife.firstCycleBelow;
 */
export const LithiumCopperEfficiencyResultSchema = z
  .strictObject({
    analysis: z.literal("lithium-copper-efficiency"),
    source: z.string().optional(),
    wiring: CopperWiringSchema,
    cutoff: CutoffSchema,
    area: z.number().positive().nullable().describe("cm²."),
    areaSource: AreaSourceSchema,
    cycles: z.array(LithiumCopperCycleRowSchema).min(1),
    windows: z.array(CoulombicEfficiencyWindowSchema),
    cycleLife: z
      .strictObject({
        threshold: z.number().describe("CE threshold, %."),
        consecutive: z
          .number()
          .int()
          .positive()
          .describe("Cycles in a row below the threshold that end the life (1: the first)."),
        firstCycleBelow: z.number().int().positive().nullable(),
        censored: z.boolean(),
        cyclesAbove: z.number().int().nonnegative(),
      })
      .describe("The first cycle whose CE falls below the threshold (censored when none)."),
    nucleation: NucleationOverpotentialResultSchema.nullable().describe(
      "Nucleation overpotential of the first plating on Cu (null when not resolvable; a warning says why).",
    ),
    warnings: z.array(CyclingWarningSchema),
  })
  .meta({
    title: "LithiumCopperEfficiencyResult",
    description: "Li‖Cu Coulombic efficiency per cycle, window averages and cycle life.",
  });

/** A Li‖Cu CE result ({@link LithiumCopperEfficiencyResultSchema}). */
export type LithiumCopperEfficiencyResultJson = z.infer<typeof LithiumCopperEfficiencyResultSchema>;

/**
 * Average CE of Li on Cu by the reservoir ("modified Aurbach") method of Adams et al., Adv.
 * Energy Mater. 8, 1702097 (2018) (`lmb cycling ce --method aurbach`), with its validity checks.
 * Charges in mAh, CE in %.
 *
 * @example
 * const r = ReservoirCoulombicEfficiencyResultSchema.parse(JSON.parse(stdout));
 * r.valid && r.averageCoulombicEfficiency; // 99.1 %
 */
export const ReservoirCoulombicEfficiencyResultSchema = z
  .strictObject({
    analysis: z.literal("reservoir-coulombic-efficiency"),
    source: z.string().optional(),
    method: z.string().min(1),
    wiring: CopperWiringSchema,
    cutoff: CutoffSchema,
    area: z.number().positive().nullable().describe("cm²."),
    areaSource: AreaSourceSchema,
    conditioning: z
      .strictObject({
        plated: z.number().describe("mAh."),
        stripped: z.number().describe("mAh."),
        coulombicEfficiency: z.number().describe("%."),
      })
      .nullable(),
    reservoirCapacity: z.number().nonnegative().describe("Q_T, mAh."),
    cycleCapacity: z.number().nonnegative().describe("Q_C (mean plating of the n cycles), mAh."),
    cycleCapacityRatio: z.number().nonnegative().describe("Q_C/Q_T, %."),
    cycles: z.number().int().nonnegative().describe("n."),
    finalStripCapacity: z.number().nonnegative().describe("Q_S, mAh."),
    areal: z
      .strictObject({
        reservoirCapacity: z.number().describe("mAh cm⁻²."),
        cycleCapacity: z.number().describe("mAh cm⁻²."),
        finalStripCapacity: z.number().describe("mAh cm⁻²."),
      })
      .nullable(),
    cycleStrips: z.array(z.number()).describe("mAh."),
    cyclePlatings: z.array(z.number()).describe("mAh."),
    averageCoulombicEfficiency: z.number().describe("(Σ strips + Q_S)/(Q_T + Σ platings), %."),
    formulaCoulombicEfficiency: z.number().describe("(n·Q_C + Q_S)/(n·Q_C + Q_T), %."),
    valid: z.boolean().describe("True only when every check passed."),
    checks: z.array(
      z.strictObject({ name: z.string().min(1), passed: z.boolean(), message: z.string().min(1) }),
    ),
    exhaustedAtCycle: z.number().int().positive().nullable(),
    warnings: z.array(CyclingWarningSchema),
  })
  .meta({
    title: "ReservoirCoulombicEfficiencyResult",
    description: "Average Li CE by the Adams 2018 reservoir (modified Aurbach) method.",
  });

/** A reservoir CE result ({@link ReservoirCoulombicEfficiencyResultSchema}). */
export type ReservoirCoulombicEfficiencyResultJson = z.infer<
  typeof ReservoirCoulombicEfficiencyResultSchema
>;
