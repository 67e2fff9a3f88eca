import { isLmbError, LmbError } from "@lmb/errors";
import {
  type NucleationOverpotentialOptions,
  type NucleationOverpotentialResult,
  nucleationOverpotential,
} from "@lmb/nucleation";
import type { CyclingData } from "@lmb/schemas";
import { continuousTime } from "../cycling/continuousTime.js";
import type { AreaSource, CyclingWarning } from "../cycling/types.js";
import { requireNumber } from "../internal/requireOption.js";
import { type CopperAnalysisOptions, type CopperWiring, copperRecord } from "./copperHalfCycles.js";

/** Options of {@link lithiumCopperEfficiency}. */
export interface LithiumCopperEfficiencyOptions extends CopperAnalysisOptions {
  /**
   * Cycle windows (1-based, inclusive) to average the CE over. @default the whole run, and from
   * cycle 2 on (leaving out the first cycle's SEI-formation loss) when there are ≥ 3 cycles
   */
  windows?: readonly (readonly [number, number])[];
  /** CE below this ends the cycle life. @default 0.8 */
  threshold?: number;
  /**
   * Cycles in a row that must fall below the threshold before the cycle life ends (one noisy
   * cycle does not end it); the cycle life is the first of them. @default 1
   */
  consecutive?: number;
  /** Options of `nucleationOverpotential` (`@lmb/nucleation`) for the first plating, or false to skip it. */
  nucleation?: NucleationOverpotentialOptions | false;
}

/** One Li‖Cu cycle: a plating on Cu followed by a stripping. Charges in C, per area in C m⁻². */
export interface LithiumCopperCycle {
  /** Cycle, 1-based. */
  cycle: number;
  /** Segmentation half-cycle indices (0-based) of the plating and the stripping. */
  platingHalfCycles: number[];
  strippingHalfCycles: number[];
  /** Charge plated and stripped, C. */
  plated: number;
  stripped: number;
  /** The same per electrode area, C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²); null without an area. */
  platedAreal: number | null;
  strippedAreal: number | null;
  /** CE = stripped / plated. */
  coulombicEfficiency: number;
  /** Voltage at the end of the strip, V vs Li. */
  strippingEndVoltage: number;
  /** True when the strip ended at the cut-off (else the CE is a lower bound: Li may remain). */
  cutoffReached: boolean;
  /** True when a time gap or clock restart falls inside the cycle: its charges may be incomplete. */
  timeIssue: boolean;
  /** Start of the plating and end of the strip, s. */
  startTime: number;
  endTime: number;
}

/** Average CE over a window of cycles. */
export interface CoulombicEfficiencyWindow {
  firstCycle: number;
  lastCycle: number;
  cycleCount: number;
  /** Arithmetic mean of the per-cycle CE. */
  mean: number;
  /** Σ stripped / Σ plated over the window (charge-weighted). */
  chargeWeighted: number;
  /** Sample standard deviation of the per-cycle CE (0 for one cycle). */
  standardDeviation: number;
  min: number;
  max: number;
}

/** Result of {@link lithiumCopperEfficiency}. */
export interface LithiumCopperEfficiencyResult {
  analysis: "lithium-copper-efficiency";
  wiring: CopperWiring;
  /** Stripping cut-off, V vs Li, and where it came from; null when no strip reached one. */
  cutoff: { value: number; source: "option" | "detected" } | null;
  /** Electrode area used, m², and where it came from. */
  area: number | null;
  areaSource: AreaSource;
  cycles: LithiumCopperCycle[];
  windows: CoulombicEfficiencyWindow[];
  /** Cycle life: the first cycle with CE < threshold; censored (null) when the CE never fell below it. */
  cycleLife: {
    threshold: number;
    /** Cycles in a row below the threshold that ended it. */
    consecutive: number;
    firstCycleBelow: number | null;
    censored: boolean;
    cyclesAbove: number;
  };
  /** Nucleation overpotential of the first plating on Cu (η_nuc = |V_tip| − |V_plateau|), from `@lmb/nucleation`; null when skipped or not resolvable (a warning says why). */
  nucleation: NucleationOverpotentialResult | null;
  warnings: CyclingWarning[];
}

/**
 * Coulombic efficiency of a Li‖Cu cell, cycle by cycle (research/cycling.md §3.2, method 1):
 * each plating on Cu and the stripping that follows form a cycle, CE_k = Q_strip,k / Q_plate,k,
 * with Q the charge `segmentCycling` integrates. The wiring (which current sign strips) is read
 * from the data, the stripping cut-off detected (or given) and each cycle says whether its strip
 * reached it. Averages over cycle windows (arithmetic and charge-weighted) and the cycle life:
 * the first cycle with CE below the threshold (censored when it never falls). The nucleation
 * overpotential of the first plating on Cu (SCIENCE.md §1) comes from `nucleationOverpotential`
 * of `@lmb/nucleation` (tip minus growth plateau; Yan et al., Nat. Energy 2016).
 *
 * @param data - a Li‖Cu cycling record (SI; current positive = oxidation at the working electrode)
 * @param options - area (m²), segmentation to reuse, cut-off (V), windows, threshold
 * @returns per-cycle CE with the evidence, window averages, cycle life and warnings
 * @throws LmbError `E_INSUFFICIENT_DATA` (no complete plate/strip cycle), `E_INVALID_INPUT` (bad option),
 *   and the errors of `segmentCycling`
 * @example
 * const r = lithiumCopperEfficiency(data, { threshold: 0.9 });
 * r.cycles[9].coulombicEfficiency; r.windows[0].mean; r.cycleLife.firstCycleBelow;
 */
export function lithiumCopperEfficiency(
  data: CyclingData,
  options: LithiumCopperEfficiencyOptions = {},
): LithiumCopperEfficiencyResult {
  const threshold = requireNumber(
    options.threshold ?? 0.8,
    "options.threshold",
    "CE threshold",
    { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true },
    "give a fraction such as 0.8",
  );
  const record = copperRecord(data, options);
  const { segmentation, runs, warnings } = record;
  const area = segmentation.area;
  const cycles: LithiumCopperCycle[] = [];
  let k = 0;
  while (k < runs.length && runs[k]?.role === "strip") k++;
  if (k > 0) {
    warnings.push({
      code: "W_LEADING_STRIP",
      message:
        "the record starts with a stripping before any plating on Cu (Li already on the Cu?); it is left out of the CE",
    });
  }
  for (; k + 1 < runs.length; k += 2) {
    const plating = runs[k];
    const stripping = runs[k + 1];
    if (!plating || !stripping || plating.role !== "plate" || stripping.role !== "strip") break;
    if (!(plating.charge > 0)) continue;
    cycles.push({
      cycle: cycles.length + 1,
      platingHalfCycles: plating.halfCycles,
      strippingHalfCycles: stripping.halfCycles,
      plated: plating.charge,
      stripped: stripping.charge,
      platedAreal: area === null ? null : plating.charge / area,
      strippedAreal: area === null ? null : stripping.charge / area,
      coulombicEfficiency: stripping.charge / plating.charge,
      strippingEndVoltage: stripping.endVoltage,
      cutoffReached: record.reached(stripping),
      timeIssue: plating.timeIssue || stripping.timeIssue,
      startTime: plating.startTime,
      endTime: stripping.endTime,
    });
  }
  if (k < runs.length) {
    warnings.push({
      code: "W_INCOMPLETE_CYCLE",
      message: "the record ends with a plating that was not stripped; it is left out of the CE",
    });
  }
  if (cycles.length === 0) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      "no plating on Cu followed by a stripping was found",
      {
        location: { source: data.metadata.sourceFile ?? "current" },
        fix: "give a Li‖Cu record with at least one plate/strip cycle",
      },
    );
  }
  const troubled = cycles.filter((c) => c.timeIssue).map((c) => c.cycle);
  if (troubled.length > 0) {
    warnings.push({
      code: "W_CYCLE_TIME_ISSUE",
      message: `a time gap or clock restart falls inside cycle(s) ${troubled.slice(0, 20).join(", ")}${troubled.length > 20 ? ", …" : ""}: their charges, and so their CE, may be incomplete`,
    });
  }
  const notReached = cycles.filter((c) => !c.cutoffReached).length;
  if (record.cutoff !== null && notReached > 0) {
    warnings.push({
      code: "W_CUTOFF_NOT_REACHED",
      message: `${notReached} of ${cycles.length} strips ended before the ${record.cutoff.value.toFixed(3)} V cut-off: their CE is a lower bound (Li may remain on the Cu)`,
    });
  }
  const n = cycles.length;
  const windows = (
    options.windows ??
    (n >= 3
      ? [
          [1, n],
          [2, n],
        ]
      : [[1, n]])
  ).map(([a, b], w) => {
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= a && b <= n)) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `window ${w} = [${a}, ${b}] is not a cycle range within 1–${n}`,
        {
          location: { source: `options.windows[${w}]` },
          fix: `give [first, last] cycles with 1 ≤ first ≤ last ≤ ${n}`,
        },
      );
    }
    return ceWindow(cycles.slice(a - 1, b));
  });
  const consecutive = options.consecutive ?? 1;
  if (!(Number.isInteger(consecutive) && consecutive >= 1)) {
    throw new LmbError("E_INVALID_INPUT", `consecutive = ${consecutive} is not an integer ≥ 1`, {
      location: { source: "options.consecutive" },
      fix: "give how many cycles in a row must fall below the threshold, e.g. 3",
    });
  }
  const below = cycles.find(
    (_, i) =>
      cycles.slice(i, i + consecutive).length === consecutive &&
      cycles.slice(i, i + consecutive).every((c) => c.coulombicEfficiency < threshold),
  );
  let nucleation: NucleationOverpotentialResult | null = null;
  const firstPlating = segmentation.halfCycles[cycles[0]?.platingHalfCycles[0] ?? -1];
  if (options.nucleation !== false && firstPlating !== undefined) {
    const time = continuousTime(data.columns.time);
    try {
      nucleation = nucleationOverpotential(
        time.subarray(firstPlating.start, firstPlating.end),
        data.columns.voltage.subarray(firstPlating.start, firstPlating.end),
        data.columns.current.subarray(firstPlating.start, firstPlating.end),
        options.nucleation ?? {},
      );
      for (const w of nucleation.warnings)
        warnings.push({ code: w.code, message: `nucleation: ${w.message}` });
    } catch (error) {
      if (!isLmbError(error)) throw error;
      warnings.push({
        code: "W_NO_NUCLEATION",
        message: `no nucleation overpotential for the first plating: ${error.problem}`,
      });
    }
  }
  return {
    analysis: "lithium-copper-efficiency",
    wiring: record.wiring,
    cutoff: record.cutoff,
    area,
    areaSource: segmentation.areaSource,
    cycles,
    windows,
    cycleLife: {
      threshold,
      consecutive,
      firstCycleBelow: below?.cycle ?? null,
      censored: below === undefined,
      cyclesAbove: below === undefined ? n : below.cycle - 1,
    },
    nucleation,
    warnings,
  };
}

function ceWindow(cycles: LithiumCopperCycle[]): CoulombicEfficiencyWindow {
  const ce = cycles.map((c) => c.coulombicEfficiency);
  const n = ce.length;
  const mean = ce.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? ce.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const plated = cycles.reduce((a, c) => a + c.plated, 0);
  const stripped = cycles.reduce((a, c) => a + c.stripped, 0);
  return {
    firstCycle: cycles[0]?.cycle as number,
    lastCycle: cycles[n - 1]?.cycle as number,
    cycleCount: n,
    mean,
    chargeWeighted: stripped / plated,
    standardDeviation: Math.sqrt(variance),
    min: Math.min(...ce),
    max: Math.max(...ce),
  };
}
