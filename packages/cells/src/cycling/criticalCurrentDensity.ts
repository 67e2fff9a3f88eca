import { LmbError } from "@lmb/errors";
import type { SymmetricCyclingResult } from "./analyzeSymmetricCycling.js";
import type { CyclingEvent, FailureKind } from "./failures/failureTypes.js";
import type { CyclingWarning } from "./types.js";

/** Options of {@link criticalCurrentDensity}. */
export interface CriticalCurrentDensityOptions {
  /** Which events end a step as failed. @default ["hard-short", "soft-short", "voltage-limit"] */
  failOn?: FailureKind[];
}

/** One rung of the CCD ladder. */
export interface CcdRung {
  step: number;
  /** |j|, A m⁻² (null without area) and |I|, A. */
  absCurrentDensity: number | null;
  absCurrent: number;
  halfCycles: number;
  /** Median charge per half cycle, C, and areal capacity, C m⁻² (null without area). */
  chargePerHalfCycle: number;
  arealCapacityPerHalfCycle: number | null;
  /** Median half-cycle duration, s. */
  durationPerHalfCycle: number;
  /** Median plateau |V| of the step, V. */
  overpotential: number;
}

/**
 * The critical current density of a step-increase protocol (research/cycling.md §3.6).
 *
 * @example
 * ccd.criticalCurrentDensity; // 10 A m⁻² = 1.0 mA cm⁻² (last stable)
 * ccd.failingCurrentDensity; // 12 A m⁻² (the step that shorted)
 */
export interface CriticalCurrentDensityResult {
  /**
   * Rule: the ladder's rate steps in time order; the failing step is the one holding the first
   * failure event (of the kinds in `failOn`); CCD = |j| of the step before it (the last
   * current density completed without failure). null when the first step fails or nothing fails.
   */
  criticalCurrentDensity: number | null;
  /** |j| of the failing step, A m⁻² (null when nothing failed or without area). */
  failingCurrentDensity: number | null;
  lastStableStep: number | null;
  failingStep: number | null;
  /** The event that failed the step. */
  event: CyclingEvent | null;
  /** True when no step failed: the CCD is above the last step (right-censored). */
  censored: boolean;
  /** The ladder as applied: every step's current density, capacity and duration per half cycle. */
  ladder: CcdRung[];
  rule: string;
  warnings: CyclingWarning[];
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Critical current density from a step-increase (CCD) protocol analysed by
 * {@link analyzeSymmetricCycling}: the failing step holds the first short (hard or soft) or
 * voltage-limit event; the CCD is the current density of the step before it, i.e. the last
 * one completed without failure, and the failing one is reported beside it. The ladder (j,
 * capacity and duration per half cycle) is returned with the result, because the CCD depends on
 * the areal capacity per half cycle (Commun. Chem. 2023, "Standardizing CCD measurements in
 * lithium garnets"; Flatscher et al., J. Mater. Chem. A 2020).
 *
 * @param result - a symmetric-cycling analysis of the CCD record
 * @param options - which event kinds count as failure
 * @throws LmbError `E_NO_AREA` when the analysis had no cell area (a CCD is a current density)
 * @example
 * const ccd = criticalCurrentDensity(analyzeSymmetricCycling(data, { area: 1e-4 }));
 * ccd.criticalCurrentDensity; // A m⁻²
 */
export function criticalCurrentDensity(
  result: SymmetricCyclingResult,
  options: CriticalCurrentDensityOptions = {},
): CriticalCurrentDensityResult {
  const { segmentation, halfCycles, failures } = result;
  if (segmentation.area === null) {
    throw new LmbError("E_NO_AREA", "a critical current density needs the electrode area", {
      location: { source: "area" },
      fix: 'give the area (option area in m², --area "1.13 cm2") or read a file that records it',
    });
  }
  const failOn = new Set<FailureKind>(
    options.failOn ?? ["hard-short", "soft-short", "voltage-limit"],
  );
  const ladder: CcdRung[] = segmentation.rateSteps.map((s) => {
    const members = halfCycles.slice(s.firstHalfCycle, s.lastHalfCycle + 1);
    const charge = median(members.map((h) => h.charge));
    return {
      step: s.index,
      absCurrentDensity: s.absCurrentDensity,
      absCurrent: s.absCurrent,
      halfCycles: members.length,
      chargePerHalfCycle: charge,
      arealCapacityPerHalfCycle: charge / (segmentation.area as number),
      durationPerHalfCycle: median(members.map((h) => h.endTime - h.startTime)),
      overpotential: median(members.map((h) => h.plateau)),
    };
  });
  const candidates: CyclingEvent[] = [];
  if (failures.hardShort && failOn.has("hard-short")) candidates.push(failures.hardShort);
  if (failures.softShorts[0] && failOn.has("soft-short")) candidates.push(failures.softShorts[0]);
  if (failures.voltageLimit && failOn.has("voltage-limit")) candidates.push(failures.voltageLimit);
  if (failures.polarizationRunaway && failOn.has("polarization-runaway")) {
    candidates.push(failures.polarizationRunaway);
  }
  candidates.sort((a, b) => a.time - b.time);
  const event = candidates[0] ?? null;
  const warnings: CyclingWarning[] = [];
  const rule =
    "failing step = the rate step holding the first failure event (" +
    [...failOn].join(", ") +
    "); CCD = |j| of the step before it (the last completed without failure)";
  if (event === null) {
    const top = ladder[ladder.length - 1];
    return {
      criticalCurrentDensity: null,
      failingCurrentDensity: null,
      lastStableStep: top?.step ?? null,
      failingStep: null,
      event: null,
      censored: true,
      ladder,
      rule,
      warnings: [
        {
          code: "W_CCD_CENSORED",
          message: `no step failed: the CCD is above the last step (${top?.absCurrentDensity ?? "?"} A m⁻²)`,
        },
      ],
    };
  }
  const failingHalf = segmentation.halfCycles[event.halfCycle];
  const failingStep = failingHalf?.rateStep ?? 0;
  for (let k = 1; k <= failingStep; k++) {
    const a = ladder[k - 1]?.absCurrent ?? 0;
    const b = ladder[k]?.absCurrent ?? 0;
    if (!(b > a)) {
      warnings.push({
        code: "W_CCD_NOT_INCREASING",
        message: `the current does not increase from step ${k - 1} to step ${k}: this is not a step-increase ladder there`,
      });
      break;
    }
  }
  const stable = failingStep > 0 ? ladder[failingStep - 1] : undefined;
  if (stable === undefined) {
    warnings.push({
      code: "W_CCD_FIRST_STEP",
      message:
        "the cell failed in the first step: the CCD is below the smallest current density applied",
    });
  }
  return {
    criticalCurrentDensity: stable?.absCurrentDensity ?? null,
    failingCurrentDensity: ladder[failingStep]?.absCurrentDensity ?? null,
    lastStableStep: stable?.step ?? null,
    failingStep,
    event,
    censored: false,
    ladder,
    rule,
    warnings,
  };
}
