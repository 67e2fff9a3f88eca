import { z } from "zod";

/**
 * Something a cycling analysis noticed and handled without failing (a time restart or gap, a
 * missing area, a strip that ended before the cut-off), with the time (h, record clock) and the
 * 0-based point index where it applies, when it has one.
 *
 * @example
 * CyclingWarningSchema.parse({ code: "W_NO_AREA", message: "no electrode area: per-cm² numbers are null" });
 */
export const CyclingWarningSchema = z
  .strictObject({
    code: z.string().regex(/^W_[A-Z0-9_]+$/),
    message: z.string().min(1),
    time: z.number().optional().describe("Time where it applies, h (record clock)."),
    index: z.number().int().nonnegative().optional().describe("0-based point index."),
  })
  .meta({ title: "CyclingWarning" });

/** A cycling-analysis warning ({@link CyclingWarningSchema}). */
export type CyclingWarningJson = z.infer<typeof CyclingWarningSchema>;

/**
 * Where the electrode area came from: an option (`--area`), the file's metadata, or nowhere
 * (then every per-cm² number is null and a `W_NO_AREA` warning says so).
 *
 * @example AreaSourceSchema.parse("option");
 */
export const AreaSourceSchema = z
  .enum(["option", "metadata", "none"])
  .describe("option: given by the user; metadata: read from the file; none: unknown.");

/**
 * One rate step of a cycling record: consecutive half cycles at one |current| (a step of a rate
 * test or a CCD ladder).
 *
 * @example
 * RateStepRowSchema.parse({ step: 0, firstHalfCycle: 0, lastHalfCycle: 9, current: 1.13, currentDensity: 1, startTime: 0, endTime: 10 });
 */
export const RateStepRowSchema = z
  .strictObject({
    step: z.number().int().nonnegative().describe("0-based rate-step index."),
    firstHalfCycle: z.number().int().nonnegative().describe("First half cycle (0-based)."),
    lastHalfCycle: z.number().int().nonnegative().describe("Last half cycle (0-based, inclusive)."),
    current: z.number().nonnegative().describe("Mean |I| over the step, mA."),
    currentDensity: z
      .number()
      .nonnegative()
      .nullable()
      .describe("Mean |j|, mA cm⁻² (null without area)."),
    startTime: z.number().describe("Start of the step, h."),
    endTime: z.number().describe("End of the step, h."),
  })
  .meta({ title: "RateStepRow" });

/** A rate step ({@link RateStepRowSchema}). */
export type RateStepRow = z.infer<typeof RateStepRowSchema>;

/**
 * One half cycle as segmented: a maximal run of one current sign (rests ignored), with its
 * charge. Half cycles 2k−1 and 2k form cycle k (1-based).
 *
 * @example
 * HalfCycleRowSchema.parse({ halfCycle: 1, cycle: 1, sign: -1, current: 1.13, currentDensity: -1, capacity: 1.13, arealCapacity: 1, startTime: 0, duration: 1 });
 */
export const HalfCycleRowSchema = z
  .strictObject({
    halfCycle: z.number().int().positive().describe("1-based."),
    cycle: z.number().int().positive().describe("1-based."),
    sign: z
      .union([z.literal(1), z.literal(-1)])
      .describe("+1 oxidation at the working electrode (charge; stripping from Li), −1 reduction."),
    current: z.number().nonnegative().describe("|mean current|, mA."),
    currentDensity: z
      .number()
      .nullable()
      .describe("Signed mean current density, mA cm⁻² (null without area)."),
    capacity: z.number().nonnegative().describe("Charge passed, mAh."),
    arealCapacity: z.number().nonnegative().nullable().describe("mAh cm⁻² (null without area)."),
    startTime: z.number().describe("h (continuous clock)."),
    duration: z.number().nonnegative().describe("Current-carrying time, h."),
  })
  .meta({ title: "HalfCycleRow" });

/** A segmented half cycle ({@link HalfCycleRowSchema}). */
export type HalfCycleRow = z.infer<typeof HalfCycleRowSchema>;

/**
 * How a cycling record was split into half cycles, cycles and rate steps (`segmentCycling` of
 * `@lmb/cells`): the rules' thresholds, the counts, the rate steps, the time problems found and
 * the electrode area used. Units: mA, s, h, cm².
 *
 * @example
 * const s = CyclingSegmentationSummarySchema.parse(result.segmentation);
 * s.cycleCount; s.rateSteps.length;
 */
export const CyclingSegmentationSummarySchema = z
  .strictObject({
    area: z
      .number()
      .positive()
      .nullable()
      .describe("Electrode area used, cm² (null when unknown)."),
    areaSource: AreaSourceSchema,
    boundarySource: z
      .enum(["current", "file-half-cycle", "file-step"])
      .describe("Half cycles delimited by the current's sign, or by the file's own column."),
    zeroCurrentThreshold: z.number().nonnegative().describe("|I| at or below this is a rest, mA."),
    maxAbsCurrent: z.number().nonnegative().describe("Largest |I| in the record, mA."),
    typicalInterval: z.number().nonnegative().describe("Median sampling interval, s."),
    gapThreshold: z.number().nonnegative().describe("Forward time jumps above this are gaps, s."),
    pointCount: z.number().int().nonnegative().describe("Points in the record."),
    duration: z.number().nonnegative().describe("From the first to the last active point, h."),
    halfCycleCount: z.number().int().nonnegative(),
    cycleCount: z.number().int().nonnegative().describe("ceil(half cycles / 2)."),
    halfCycles: z.array(HalfCycleRowSchema).describe("Every half cycle, in order."),
    rateSteps: z.array(RateStepRowSchema),
    timeIssues: z
      .strictObject({
        gaps: z.number().int().nonnegative().describe("Gaps found (data missing while cycling)."),
        restarts: z.number().int().nonnegative().describe("Clock restarts found."),
      })
      .describe("Counts of the time problems (the warnings name the first of each)."),
  })
  .meta({
    title: "CyclingSegmentationSummary",
    description: "Half cycles, cycles and rate steps of a cycling record, and how they were found.",
  });

/** A segmentation summary ({@link CyclingSegmentationSummarySchema}). */
export type CyclingSegmentationSummary = z.infer<typeof CyclingSegmentationSummarySchema>;
