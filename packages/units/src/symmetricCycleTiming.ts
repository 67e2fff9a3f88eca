import type { ArealCapacity, CurrentDensity } from "./electricalKinds.js";
import { requireValue } from "./internal/requireValue.js";
import type { Time } from "./timeAndEnergyKinds.js";

/** Options of {@link symmetricCycleTiming} and {@link cyclesInDuration}. */
export interface SymmetricCycleOptions {
  /** Rest (open circuit) after each half cycle, s. @default 0 */
  rest?: Time;
}

/** Durations of one half cycle (strip or plate) and one full cycle, s. */
export interface SymmetricCycleTiming {
  halfCycle: Time;
  cycle: Time;
}

/**
 * Half-cycle and cycle durations of a galvanostatic symmetric-cell protocol (Li‖Li):
 * half cycle = q/j + rest, cycle = 2·(q/j + rest) (SCIENCE.md §2: a cycle at current j and
 * capacity q per half cycle lasts 2q/j).
 *
 * @param currentDensity - j, A m⁻² (> 0)
 * @param capacity - areal capacity per half cycle q, C m⁻² (> 0)
 * @param options - {@link SymmetricCycleOptions}
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * const t = symmetricCycleTiming(currentDensity(1, "mA cm-2"), arealCapacity(1, "mAh cm-2"));
 * inUnit(t.halfCycle, "h"); // 1
 * inUnit(t.cycle, "h"); // 2
 */
export function symmetricCycleTiming(
  currentDensity: CurrentDensity,
  capacity: ArealCapacity,
  options: SymmetricCycleOptions = {},
): SymmetricCycleTiming {
  requireValue("current density", currentDensity, "positive");
  requireValue("areal capacity", capacity, "positive");
  const rest = options.rest ?? 0;
  requireValue("rest", rest, "nonNegative");
  const halfCycle = capacity / currentDensity + rest;
  return { halfCycle: halfCycle as Time, cycle: (2 * halfCycle) as Time };
}
