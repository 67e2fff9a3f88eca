/** Kinds of failure {@link detectFailures} recognises (research/cycling.md §3.5, SCIENCE.md §7). */
export type FailureKind = "hard-short" | "soft-short" | "polarization-runaway" | "voltage-limit";

/**
 * A detected failure event with where it happened and the evidence for it (plain numbers, so
 * the result serialises to JSON). Times on the continuous clock (s), voltages in V,
 * resistances in Ω.
 *
 * @example
 * { kind: "hard-short", time: 720000, elapsed: 720000, index: 720000, halfCycle: 199, cycle: 99,
 *   message: "…", evidence: { voltageAfter: 0.0004, threshold: 0.005, resistance: 0.35, … } }
 */
export interface CyclingEvent {
  kind: FailureKind;
  /** Time of the event on the continuous clock, s. */
  time: number;
  /** Time since the record's first point, s. */
  elapsed: number;
  /** Point index where it is detected. */
  index: number;
  halfCycle: number;
  cycle: number;
  /** What was seen, in words with numbers. */
  message: string;
  /** The numbers behind the decision (V, Ω, ratios, counts). */
  evidence: Record<string, number | boolean | string>;
}

/**
 * Thresholds of {@link detectFailures}, all with documented defaults. Most are relative to the
 * early reference resistance R_ref = median(plateau/|I|) over half cycles
 * [`referenceSkip`, `referenceSkip` + `referenceHalfCycles`), so that the expected |V| of any
 * half cycle is R_ref·|I| (rate and CCD steps included).
 */
export interface FailureOptions {
  /** Half cycles skipped before the reference (the first plating carries nucleation). @default 1 */
  referenceSkip?: number;
  /** Half cycles in the reference. @default 10 */
  referenceHalfCycles?: number;
  /**
   * Hard short: plateau below `shortFraction`·R_recent·|I|, R_recent being the median plateau/|I|
   * of the (up to) `referenceHalfCycles` half cycles before, from `referenceSkip` on (R_ref for the
   * reference's first two half cycles). @default 0.25
   */
  shortFraction?: number;
  /** Hard short: the collapse must persist over this many following half cycles (or to the end). @default 2 */
  shortConfirmHalfCycles?: number;
  /**
   * Soft short: |V| falls by ≥ `softDropFraction`·R_recent·|I| within `softDropPoints` samples,
   * after the first `softSkip` share of the half cycle's charge (the nucleation peak decays there).
   * @default 0.3
   */
  softDropFraction?: number;
  /** @default 3 */
  softDropPoints?: number;
  /** @default 0.1 */
  softSkip?: number;
  /** Soft short: |V| must come back by ≥ `softRecovery` of the drop within the half cycle. @default 0.3 */
  softRecovery?: number;
  /**
   * Soft short by noise: a half cycle whose plateau noise (mean |Δ|V|| per sample) exceeds
   * max(`noiseFactor`·reference noise, `noiseFloor`·R_recent·|I|). @default 5
   */
  noiseFactor?: number;
  /** @default 0.02 */
  noiseFloor?: number;
  /** Polarisation runaway: plateau/|I| above `runawayFactor`·R_ref for two half cycles running. @default 2 */
  runawayFactor?: number;
  /**
   * Voltage at the instrument limit (Li depletion): |V| ≥ (1 − `limitTolerance`)·`voltageLimit`.
   * Without `voltageLimit` the largest half-cycle max|V| is taken as the limit when it is at least
   * `limitFactor`·R_ref·|I| and ≥ 0.5 V (a clear jump, not ordinary polarisation).
   */
  voltageLimit?: number;
  /** @default 0.02 */
  limitTolerance?: number;
  /** @default 10 */
  limitFactor?: number;
  /** Most events of one kind listed (the first is always kept; counts are in the summary). @default 100 */
  maxEvents?: number;
}

/** The early reference {@link detectFailures} compares against. */
export interface FailureReference {
  /** Half cycles used, [from, to). */
  from: number;
  to: number;
  /** Median plateau/|I| over them, Ω. */
  resistance: number;
  /** Median plateau |V| over them, V. */
  plateau: number;
  /** Median plateau noise over them, V. */
  noise: number;
}

/** Everything {@link detectFailures} found. */
export interface FailureReport {
  reference: FailureReference;
  /** The first hard short (a short does not un-short), or null. */
  hardShort: CyclingEvent | null;
  /** Soft-short events (drops with partial recovery, noisy half cycles), in time order. */
  softShorts: CyclingEvent[];
  /** Total soft-short events (also those beyond `maxEvents`). */
  softShortCount: number;
  polarizationRunaway: CyclingEvent | null;
  voltageLimit: CyclingEvent | null;
  /** The earliest of all events, or null: the cell's failure. */
  first: CyclingEvent | null;
  /** The thresholds used (defaults filled in). */
  thresholds: Required<Omit<FailureOptions, "voltageLimit">> & { voltageLimit: number | null };
}
