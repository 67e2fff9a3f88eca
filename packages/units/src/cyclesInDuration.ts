import type { ArealCapacity, CurrentDensity } from "./electricalKinds.js";
import { requireValue } from "./internal/requireValue.js";
import { type SymmetricCycleOptions, symmetricCycleTiming } from "./symmetricCycleTiming.js";
import type { Time } from "./timeAndEnergyKinds.js";

/** What {@link cyclesInDuration} returns. */
export interface CyclesInDurationResult {
  /** Cycles in the duration, fractional: duration / cycle. */
  cycles: number;
  /** Whole cycles finished within the duration. */
  completeCycles: number;
  /** Half cycles in the duration, fractional. */
  halfCycles: number;
  /** Whole half cycles finished within the duration. */
  completeHalfCycles: number;
  /** Duration of one half cycle, s. */
  halfCycle: Time;
  /** Duration of one cycle, s. */
  cycle: Time;
}

// A duration that is a whole number of cycles up to rounding (300 h / 2 h) counts them all.
function completed(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, x) ? nearest : Math.floor(x);
}

/**
 * Number of symmetric-cell cycles in a duration: cycles = t / (2·(q/j + rest)).
 *
 * @param duration - total time t, s (≥ 0)
 * @param currentDensity - j, A m⁻² (> 0)
 * @param capacity - areal capacity per half cycle q, C m⁻² (> 0)
 * @param options - {@link SymmetricCycleOptions}
 * @returns a plain object: fractional and complete cycles and half cycles, and the durations
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * cyclesInDuration(time(300, "h"), currentDensity(5, "mA cm-2"), arealCapacity(1, "mAh cm-2"));
 * // { cycles: 750, completeCycles: 750, halfCycles: 1500, completeHalfCycles: 1500, halfCycle: 720, cycle: 1440 }
 */
export function cyclesInDuration(
  duration: Time,
  currentDensity: CurrentDensity,
  capacity: ArealCapacity,
  options: SymmetricCycleOptions = {},
): CyclesInDurationResult {
  requireValue("duration", duration, "nonNegative");
  const { halfCycle, cycle } = symmetricCycleTiming(currentDensity, capacity, options);
  const cycles = duration / cycle;
  const halfCycles = duration / halfCycle;
  return {
    cycles,
    completeCycles: completed(cycles),
    halfCycles,
    completeHalfCycles: completed(halfCycles),
    halfCycle,
    cycle,
  };
}
