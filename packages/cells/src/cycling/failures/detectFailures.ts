import { LmbError } from "@lmb/errors";
import type { HalfCycleOverpotential } from "../halfCycleOverpotentials.js";
import type { CyclingSegmentation } from "../types.js";
import type { CyclingEvent, FailureOptions, FailureReport } from "./failureTypes.js";
import { type DetectorContext, hardShort } from "./hardShort.js";
import { polarizationRunaway, voltageLimit } from "./polarization.js";
import { softShorts } from "./softShort.js";

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Half cycles from the reference's start before the recent reference becomes causal. */
const CAUSAL_MIN = 2;

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `option ${name} = ${String(value)} is not a positive number`,
      {
        location: { source: name },
        fix: `give ${name} > 0 (default ${fallback})`,
      },
    );
  }
  return value;
}

function count(value: number | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `option ${name} = ${String(value)} is not a whole number ≥ ${min}`,
      {
        location: { source: name },
        fix: `give ${name} as a whole number ≥ ${min} (default ${fallback})`,
      },
    );
  }
  return value;
}

/**
 * Failure detection for Li‖Li (symmetric or thick‖thin asymmetric) cycling, each event with its
 * time, half cycle, cycle and evidence (research/cycling.md §3.5, SCIENCE.md §1 and §7):
 *
 * - reference: R_ref = median(plateau/|I|) over half cycles [`referenceSkip`,
 *   `referenceSkip` + `referenceHalfCycles`); the expected |V| of half cycle k is R_ref·|I_k|, so
 *   rate and CCD steps do not trigger anything by themselves;
 * - recent reference R_recent(k) = median(plateau/|I|) over the (up to) `referenceHalfCycles`
 *   half cycles before k, from `referenceSkip` on (causal, from the reference's third half cycle;
 *   R_ref for the first two), for the shorts: they are sudden against the recent past, whereas
 *   activation can lower the overpotential severalfold over the first cycles. A hard short inside
 *   the early window is thus judged against the healthy half cycles before it, and R_ref (and the
 *   reference plateau and noise) is then taken over those half cycles only;
 * - hard short: plateau < `shortFraction`·R_recent·|I| persisting `shortConfirmHalfCycles` half
 *   cycles (see {@link hardShort});
 * - soft short: sudden drops with partial recovery, or noisy half cycles, before the hard short
 *   (see {@link softShorts});
 * - polarisation runaway: plateau/|I| > `runawayFactor`·R_ref (see {@link polarizationRunaway});
 * - voltage at the instrument limit, Li depletion (see {@link voltageLimit}).
 *
 * @param voltage - V; @param current - A; @param time - s (continuous clock)
 * @param segmentation - from {@link segmentCycling}
 * @param halfCycles - from {@link halfCycleOverpotentials}
 * @param options - thresholds ({@link FailureOptions}, each with its default)
 * @throws LmbError `E_INSUFFICIENT_DATA` when no half cycle is left for the reference;
 *   `E_INVALID_INPUT` for a bad threshold
 * @example
 * const report = detectFailures(v, i, t, seg, hc);
 * report.hardShort?.cycle; // 99
 */
export function detectFailures(
  voltage: Float64Array,
  current: Float64Array,
  time: Float64Array,
  segmentation: CyclingSegmentation,
  halfCycles: HalfCycleOverpotential[],
  options: FailureOptions = {},
): FailureReport {
  const nHalf = halfCycles.length;
  let skip = count(options.referenceSkip, 1, "referenceSkip", 0);
  const span = count(options.referenceHalfCycles, 10, "referenceHalfCycles", 1);
  if (nHalf === 0) {
    throw new LmbError("E_INSUFFICIENT_DATA", "the record has no half cycles to analyse", {
      fix: "analyse a galvanostatic cycling record",
    });
  }
  if (skip >= nHalf) skip = 0;
  const windowEnd = Math.min(nHalf, skip + span);
  const referenceOver = (to: number): FailureReport["reference"] => {
    const rows = halfCycles.slice(skip, to);
    return {
      from: skip,
      to,
      resistance: median(rows.map((h) => h.resistance)),
      plateau: median(rows.map((h) => h.plateau)),
      noise: median(rows.map((h) => h.noise)),
    };
  };
  let reference = referenceOver(windowEnd);
  const thresholds = {
    referenceSkip: skip,
    referenceHalfCycles: span,
    shortFraction: positive(options.shortFraction, 0.25, "shortFraction"),
    shortConfirmHalfCycles: count(options.shortConfirmHalfCycles, 2, "shortConfirmHalfCycles", 0),
    softDropFraction: positive(options.softDropFraction, 0.3, "softDropFraction"),
    softDropPoints: count(options.softDropPoints, 3, "softDropPoints", 1),
    softSkip: positive(options.softSkip, 0.1, "softSkip"),
    softRecovery: positive(options.softRecovery, 0.3, "softRecovery"),
    noiseFactor: positive(options.noiseFactor, 5, "noiseFactor"),
    noiseFloor: positive(options.noiseFloor, 0.02, "noiseFloor"),
    runawayFactor: positive(options.runawayFactor, 2, "runawayFactor"),
    voltageLimit:
      options.voltageLimit === undefined ? null : positive(options.voltageLimit, 5, "voltageLimit"),
    limitTolerance: positive(options.limitTolerance, 0.02, "limitTolerance"),
    limitFactor: positive(options.limitFactor, 10, "limitFactor"),
    maxEvents: count(options.maxEvents, 100, "maxEvents", 1),
  };
  // Causal recent reference: the median of the (up to `span`) half cycles before k from the
  // reference's start on, once there are `CAUSAL_MIN` of them, so that a short inside the early
  // window is judged against the half cycles before it, not against a median it dominates; the
  // first `CAUSAL_MIN` half cycles of the window use the whole window's median.
  const recentResistance = new Float64Array(nHalf);
  const window: number[] = [];
  for (let k = 0; k < nHalf; k++) {
    if (k < skip + CAUSAL_MIN) {
      recentResistance[k] = reference.resistance;
    } else {
      window.length = 0;
      for (let m = Math.max(skip, k - span); m < k; m++)
        window.push((halfCycles[m] as HalfCycleOverpotential).resistance);
      recentResistance[k] = median(window);
    }
  }
  const ctx: DetectorContext = {
    voltage,
    current,
    time,
    t0: time[0] as number,
    zero: segmentation.zeroCurrentThreshold,
    segments: segmentation.halfCycles,
    halfCycles,
    referenceResistance: reference.resistance,
    recentResistance,
  };
  // Detection starts after the reference window's first half cycle (the reference itself must
  // be healthy; a cell shorted from the start has no healthy reference and shows none).
  const from = skip;
  const hard =
    reference.resistance > 0
      ? hardShort(ctx, thresholds.shortFraction, thresholds.shortConfirmHalfCycles, from)
      : null;
  // A short inside the early window: the reference (R_ref, plateau, noise) keeps only the
  // healthy half cycles before it.
  if (hard !== null && hard.halfCycle < windowEnd && hard.halfCycle > skip) {
    reference = referenceOver(hard.halfCycle);
    ctx.referenceResistance = reference.resistance;
  }
  const referenceResistance = reference.resistance;
  const until = hard === null ? nHalf : hard.halfCycle;
  const soft =
    referenceResistance > 0
      ? softShorts(
          ctx,
          {
            dropFraction: thresholds.softDropFraction,
            dropPoints: thresholds.softDropPoints,
            skip: thresholds.softSkip,
            recovery: thresholds.softRecovery,
            noiseFactor: thresholds.noiseFactor,
            noiseFloor: thresholds.noiseFloor,
            referenceNoise: reference.noise,
          },
          from,
          until,
        )
      : [];
  const runaway =
    referenceResistance > 0 ? polarizationRunaway(ctx, thresholds.runawayFactor, from) : null;
  const limit = voltageLimit(
    ctx,
    thresholds.voltageLimit ?? undefined,
    thresholds.limitTolerance,
    thresholds.limitFactor,
    from,
  );
  const candidates: CyclingEvent[] = [];
  if (hard !== null) candidates.push(hard);
  if (soft[0] !== undefined) candidates.push(soft[0]);
  if (runaway !== null) candidates.push(runaway);
  if (limit !== null) candidates.push(limit);
  candidates.sort((a, b) => a.time - b.time);
  return {
    reference,
    hardShort: hard,
    softShorts: soft.slice(0, thresholds.maxEvents),
    softShortCount: soft.length,
    polarizationRunaway: runaway,
    voltageLimit: limit,
    first: candidates[0] ?? null,
    thresholds,
  };
}
