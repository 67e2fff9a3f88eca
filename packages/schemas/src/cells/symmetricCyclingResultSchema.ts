import { z } from "zod";
import { ButlerVolmerFitResultSchema } from "../kinetics/butlerVolmerFitResultSchema.js";
import { NucleationOverpotentialResultSchema } from "../nucleation/nucleationOverpotentialResultSchema.js";
import { CyclingSegmentationSummarySchema, CyclingWarningSchema } from "./cyclingCommonSchemas.js";

/**
 * Overpotential statistics of one half cycle of a Li‖Li (or thick‖thin Li) cell, in mV, mA,
 * mA cm⁻², mAh, mAh cm⁻², Ω, Ω cm² and h. Half cycles and cycles are numbered from 1.
 *
 * @example
 * r.halfCycles[3].plateau; // 21.3 mV
 */
export const HalfCycleOverpotentialRowSchema = z
  .strictObject({
    halfCycle: z.number().int().positive().describe("Half cycle, 1-based."),
    cycle: z.number().int().positive().describe("Cycle, 1-based (half cycles 2k−1 and 2k)."),
    sign: z
      .union([z.literal(1), z.literal(-1)])
      .describe("+1 oxidation (stripping) at the working electrode."),
    current: z.number().nonnegative().describe("|mean current|, mA."),
    currentDensity: z
      .number()
      .nullable()
      .describe("Signed mean current density, mA cm⁻² (null without area)."),
    startTime: z.number().describe("Start, h (continuous clock)."),
    endTime: z.number().describe("End, h."),
    plateau: z.number().nonnegative().describe("Median |V| over the plateau window of charge, mV."),
    meanOverpotential: z
      .number()
      .nonnegative()
      .describe("Charge-weighted mean |V| over the plateau window, mV."),
    peak: z.number().nonnegative().describe("max |V|, mV."),
    peakPosition: z
      .number()
      .min(0)
      .max(1)
      .describe("Where the peak falls, share of the half cycle's charge."),
    end: z.number().nonnegative().describe("|V| at the last active point, mV."),
    early: z.number().describe("Mean |V| over 5–15 % of the charge, mV."),
    middle: z.number().describe("Mean |V| over 45–55 %, mV."),
    late: z.number().describe("Mean |V| over 85–95 %, mV."),
    noise: z
      .number()
      .nonnegative()
      .describe("Mean |Δ|V|| between samples in the plateau window, mV."),
    curvature: z.number().describe("((early + late)/2 − middle)/plateau."),
    shape: z.enum(["flat", "peaking", "arcing", "rising", "falling"]),
    resistance: z.number().nonnegative().describe("Apparent resistance plateau/|I|, Ω."),
    areaSpecificResistance: z
      .number()
      .nonnegative()
      .nullable()
      .describe("plateau/|j|, Ω cm² (null without area)."),
    capacity: z.number().nonnegative().describe("Charge passed, mAh."),
    cumulativeCapacity: z
      .number()
      .nonnegative()
      .describe("Charge passed up to the end of this half cycle, mAh."),
    cumulativeArealCapacity: z
      .number()
      .nonnegative()
      .nullable()
      .describe("The same per area, mAh cm⁻²."),
    elapsed: z.number().describe("Time since the record's first point at the end, h."),
  })
  .meta({ title: "HalfCycleOverpotentialRow" });

/** One half cycle's overpotentials ({@link HalfCycleOverpotentialRowSchema}). */
export type HalfCycleOverpotentialRow = z.infer<typeof HalfCycleOverpotentialRowSchema>;

/**
 * One cycle of a Li‖Li cell (its plating and stripping half cycles): the overpotential papers
 * plot per cycle (mean of the two plateaus) and the hysteresis |V₊| + |V₋|, in mV.
 *
 * @example
 * r.cycles[9].hysteresis; // 42 mV
 */
export const CycleOverpotentialRowSchema = z
  .strictObject({
    cycle: z.number().int().positive().describe("Cycle, 1-based."),
    halfCycles: z.number().int().min(1).max(2),
    platingPlateau: z.number().nullable().describe("Plateau |V| of the I < 0 half cycle, mV."),
    strippingPlateau: z.number().nullable().describe("Plateau |V| of the I > 0 half cycle, mV."),
    overpotential: z.number().nonnegative().describe("Mean of the half cycles' plateaus, mV."),
    hysteresis: z.number().nonnegative().describe("|V₊,plateau| + |V₋,plateau|, mV."),
    peak: z.number().nonnegative().describe("Largest max|V| of the cycle, mV."),
    end: z.number().nonnegative().describe("|V| at the end of the cycle, mV."),
    resistance: z.number().nonnegative().describe("overpotential/|I|, Ω."),
    areaSpecificResistance: z
      .number()
      .nonnegative()
      .nullable()
      .describe("overpotential/|j|, Ω cm²."),
    currentDensity: z
      .number()
      .nonnegative()
      .nullable()
      .describe("|j|, mA cm⁻² (null without area)."),
    startTime: z.number().describe("h."),
    endTime: z.number().describe("h."),
    elapsed: z.number().describe("Time since the first point at the end of the cycle, h."),
    cumulativeCapacity: z.number().nonnegative().describe("mAh."),
    cumulativeArealCapacity: z.number().nonnegative().nullable().describe("mAh cm⁻²."),
  })
  .meta({ title: "CycleOverpotentialRow" });

/** One cycle's overpotentials ({@link CycleOverpotentialRowSchema}). */
export type CycleOverpotentialRow = z.infer<typeof CycleOverpotentialRowSchema>;

/**
 * A failure event of a Li‖Li record: hard short, soft short, polarisation runaway or the voltage
 * at the instrument limit (Li depletion), with its time, cycle and the numbers behind it.
 *
 * @example
 * r.failures.first?.kind; // "hard-short"
 */
export const CyclingEventSchema = z
  .strictObject({
    kind: z.enum(["hard-short", "soft-short", "polarization-runaway", "voltage-limit"]),
    time: z.number().describe("Time on the continuous clock, h."),
    elapsed: z.number().describe("Time since the first point, h."),
    index: z.number().int().nonnegative().describe("0-based point index where it is detected."),
    halfCycle: z.number().int().positive().describe("1-based."),
    cycle: z.number().int().positive().describe("1-based."),
    message: z.string().min(1).describe("What was seen, in words with numbers."),
    evidence: z
      .record(z.string(), z.union([z.number(), z.boolean(), z.string()]))
      .describe("The numbers behind the decision (SI: V, Ω, s; ratios, counts)."),
  })
  .meta({ title: "CyclingEvent" });

/** A failure event ({@link CyclingEventSchema}). */
export type CyclingEventJson = z.infer<typeof CyclingEventSchema>;

/**
 * Failure events of a Li‖Li record and the early reference they were compared with.
 *
 * @example
 * r.failures.hardShort?.cycle; r.failures.softShortCount;
 */
export const FailureReportSchema = z
  .strictObject({
    reference: z
      .strictObject({
        firstHalfCycle: z.number().int().positive(),
        lastHalfCycle: z.number().int().nonnegative(),
        resistance: z.number().nonnegative().describe("Median plateau/|I|, Ω."),
        plateau: z.number().nonnegative().describe("Median plateau |V|, mV."),
        noise: z.number().nonnegative().describe("Median plateau noise, mV."),
      })
      .describe("The early half cycles every later one is compared with."),
    hardShort: CyclingEventSchema.nullable(),
    softShorts: z.array(CyclingEventSchema),
    softShortCount: z.number().int().nonnegative(),
    polarizationRunaway: CyclingEventSchema.nullable(),
    voltageLimit: CyclingEventSchema.nullable(),
    first: CyclingEventSchema.nullable().describe("The earliest event: the cell's failure."),
    thresholds: z
      .record(z.string(), z.number().nullable())
      .describe("The thresholds used (defaults filled in; see FailureOptions of @lmb/cells)."),
  })
  .meta({ title: "FailureReport" });

/** The failure report ({@link FailureReportSchema}). */
export type FailureReportJson = z.infer<typeof FailureReportSchema>;

/**
 * One current-density step of a rate test and its recovery when the current returns.
 *
 * @example
 * r.rateTest.steps.map((s) => [s.currentDensity, s.overpotential]);
 */
export const RateTestStepRowSchema = z
  .strictObject({
    step: z.number().int().nonnegative(),
    firstHalfCycle: z.number().int().positive().describe("1-based."),
    lastHalfCycle: z.number().int().positive().describe("1-based, inclusive."),
    current: z.number().nonnegative().describe("|I|, mA."),
    currentDensity: z.number().nonnegative().nullable().describe("|j|, mA cm⁻²."),
    overpotential: z.number().nonnegative().describe("Median of the step's plateaus, mV."),
    minOverpotential: z.number().nonnegative().describe("mV."),
    maxOverpotential: z.number().nonnegative().describe("mV."),
    resistance: z.number().nonnegative().describe("overpotential/|I|, Ω."),
    returnsTo: z.number().int().nonnegative().nullable().describe("Earlier step at this current."),
    recovery: z.number().nullable().describe("η now / η at that earlier step (1 = full recovery)."),
  })
  .meta({ title: "RateTestStepRow" });

/** A rate-test step ({@link RateTestStepRowSchema}). */
export type RateTestStepRow = z.infer<typeof RateTestStepRowSchema>;

/**
 * The rate test of a Li‖Li record: η per current-density step, the (j, η) table of first visits
 * and, with two or more current densities and an area, the symmetric Butler–Volmer fit.
 *
 * @example
 * r.rateTest.fit?.exchangeCurrentDensity.value; // mA cm⁻²
 */
export const RateTestResultSchema = z
  .strictObject({
    steps: z.array(RateTestStepRowSchema),
    polarization: z
      .strictObject({
        currentDensity: z.array(z.number()).describe("mA cm⁻²."),
        overpotential: z.array(z.number()).describe("mV."),
      })
      .describe("(j, η) of each distinct current density, first visits only."),
    fit: ButlerVolmerFitResultSchema.nullable().describe(
      "Symmetric-cell Butler–Volmer fit (null with fewer than 2 current densities or no area).",
    ),
  })
  .meta({ title: "RateTestResult" });

/** A rate test ({@link RateTestResultSchema}). */
export type RateTestResultJson = z.infer<typeof RateTestResultSchema>;

/**
 * Analysis of a symmetric (Li‖Li) or asymmetric (thick‖thin Li) galvanostatic cycling record
 * (`analyzeSymmetricCycling` of `@lmb/cells` through `symmetricCyclingJson`): segmentation,
 * per-half-cycle and per-cycle overpotentials, nucleation of the first plating, rate test and
 * failure events.
 *
 * @example
 * const r = SymmetricCyclingResultSchema.parse(result);
 * r.cycles.map((c) => c.overpotential); // mV
 */
export const SymmetricCyclingResultSchema = z
  .strictObject({
    analysis: z.literal("symmetric-cycling"),
    cell: z.enum(["symmetric", "asymmetric"]),
    polarity: z
      .number()
      .min(0)
      .max(1)
      .describe("Share of early active points where V has the current's sign (Li‖Li: ~1)."),
    segmentation: CyclingSegmentationSummarySchema,
    plateauWindow: z
      .strictObject({ from: z.number().min(0).max(1), to: z.number().min(0).max(1) })
      .describe("Plateau window, shares of each half cycle's charge."),
    halfCycles: z.array(HalfCycleOverpotentialRowSchema),
    cycles: z.array(CycleOverpotentialRowSchema),
    nucleation: NucleationOverpotentialResultSchema.nullable().describe(
      "Nucleation overpotential of the first plating (null when not resolvable; a warning says why).",
    ),
    rateTest: RateTestResultSchema,
    failures: FailureReportSchema,
    warnings: z.array(CyclingWarningSchema),
  })
  .meta({
    title: "SymmetricCyclingResult",
    description:
      "Li‖Li cycling: overpotentials per half cycle and cycle, nucleation, rate test, failures.",
  });

/** A Li‖Li analysis ({@link SymmetricCyclingResultSchema}); `…Json` beside the SI result of `@lmb/cells`. */
export type SymmetricCyclingResultJson = z.infer<typeof SymmetricCyclingResultSchema>;

/**
 * One rung of a CCD ladder: current density, capacity and duration per half cycle, overpotential.
 *
 * @example
 * ccd.ladder.map((r) => r.currentDensity); // [0.1, 0.2, 0.4, …] mA cm⁻²
 */
export const CcdRungSchema = z
  .strictObject({
    step: z.number().int().nonnegative(),
    currentDensity: z.number().nonnegative().nullable().describe("|j|, mA cm⁻²."),
    current: z.number().nonnegative().describe("|I|, mA."),
    halfCycles: z.number().int().nonnegative(),
    capacityPerHalfCycle: z.number().nonnegative().describe("Median, mAh."),
    arealCapacityPerHalfCycle: z.number().nonnegative().nullable().describe("Median, mAh cm⁻²."),
    durationPerHalfCycle: z.number().nonnegative().describe("Median, h."),
    overpotential: z.number().nonnegative().describe("Median plateau |V|, mV."),
  })
  .meta({ title: "CcdRung" });

/**
 * Critical current density of a step-increase protocol (`lmb cycling ccd`): the last stable and
 * the failing current density, the event that failed the step, the ladder and the rule.
 *
 * @example
 * const ccd = CriticalCurrentDensityResultSchema.parse(JSON.parse(stdout));
 * ccd.criticalCurrentDensity; // mA cm⁻²
 */
export const CriticalCurrentDensityResultSchema = z
  .strictObject({
    analysis: z.literal("critical-current-density"),
    source: z.string().optional(),
    criticalCurrentDensity: z
      .number()
      .nonnegative()
      .nullable()
      .describe(
        "Last current density completed without failure, mA cm⁻² (null: first step failed, or censored).",
      ),
    failingCurrentDensity: z.number().nonnegative().nullable().describe("mA cm⁻²."),
    lastStableStep: z.number().int().nonnegative().nullable(),
    failingStep: z.number().int().nonnegative().nullable(),
    event: CyclingEventSchema.nullable(),
    censored: z.boolean().describe("True when no step failed: the CCD is above the last step."),
    ladder: z.array(CcdRungSchema),
    rule: z.string().min(1),
    warnings: z.array(CyclingWarningSchema),
  })
  .meta({
    title: "CriticalCurrentDensityResult",
    description: "Critical current density of a step-increase plating/stripping protocol.",
  });

/** A CCD result ({@link CriticalCurrentDensityResultSchema}). */
export type CriticalCurrentDensityResultJson = z.infer<typeof CriticalCurrentDensityResultSchema>;
