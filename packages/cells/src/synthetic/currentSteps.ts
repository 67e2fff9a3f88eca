import { LmbError } from "@lmb/errors";
import { requireIntegerOption, requirePositiveOption } from "../internal/requireOption.js";

/**
 * One block of galvanostatic cycling at a fixed current density: `cycles` full cycles, each two
 * half cycles of opposite sign, limited by areal capacity or by time.
 *
 * @example
 * // 1 mA cm⁻², 1 mAh cm⁻² per half cycle, 100 cycles
 * const step: CurrentStep = { currentDensity: 10, arealCapacity: 36_000, cycles: 100 };
 */
export interface CurrentStep {
  /** |j|, A m⁻² (1 mA cm⁻² = 10 A m⁻²). */
  currentDensity: number;
  /** Capacity per half cycle, C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²); or give `halfCycleDuration`. */
  arealCapacity?: number;
  /** Duration of each half cycle, s; used when `arealCapacity` is not given. */
  halfCycleDuration?: number;
  /** Full cycles at this current density. @default 1 */
  cycles?: number;
}

/** A {@link CurrentStep} checked, with its half-cycle duration in s. */
export interface ResolvedStep {
  currentDensity: number;
  halfCycleDuration: number;
  cycles: number;
}

/** Checks the steps and turns capacities into half-cycle durations (τ = q/j). */
export function resolveSteps(steps: readonly CurrentStep[]): ResolvedStep[] {
  if (steps.length === 0) {
    throw new LmbError("E_INVALID_INPUT", "no current steps to generate", {
      location: { source: "options.steps" },
      fix: "give at least one step, e.g. [{ currentDensity: 10, arealCapacity: 36000, cycles: 10 }]",
    });
  }
  return steps.map((step, k) => {
    const where = `options.steps[${k}]`;
    const j = requirePositiveOption(
      step.currentDensity,
      `${where}.currentDensity`,
      "current density (A m⁻²)",
      "give |j| in A m⁻² (1 mA cm⁻² = 10 A m⁻²)",
    );
    let duration: number;
    if (step.arealCapacity !== undefined) {
      duration =
        requirePositiveOption(
          step.arealCapacity,
          `${where}.arealCapacity`,
          "areal capacity (C m⁻²)",
          "give the capacity per half cycle in C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²)",
        ) / j;
    } else if (step.halfCycleDuration !== undefined) {
      duration = requirePositiveOption(
        step.halfCycleDuration,
        `${where}.halfCycleDuration`,
        "half-cycle duration (s)",
        "give the duration of each half cycle in seconds",
      );
    } else {
      throw new LmbError("E_INVALID_INPUT", `step ${k} has neither a capacity nor a duration`, {
        location: { source: where },
        fix: "give arealCapacity (C m⁻²) or halfCycleDuration (s)",
      });
    }
    const cycles = requireIntegerOption(
      step.cycles ?? 1,
      `${where}.cycles`,
      "number of cycles",
      1,
      "give a whole number of cycles ≥ 1",
    );
    return { currentDensity: j, halfCycleDuration: duration, cycles };
  });
}
