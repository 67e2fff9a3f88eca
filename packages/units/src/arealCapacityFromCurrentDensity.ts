import type { ArealCapacity, CurrentDensity } from "./electricalKinds.js";
import { requireValue } from "./internal/requireValue.js";
import type { Time } from "./timeAndEnergyKinds.js";

/**
 * Areal capacity passed by a constant current density for a time: q = j·t.
 * 1 mA cm⁻² for 1 h = 1 mAh cm⁻² (SCIENCE.md §2).
 *
 * @param currentDensity - j, A m⁻²
 * @param duration - t, s
 * @returns areal capacity, C m⁻² (signed like j)
 * @throws LmbError `E_NOT_FINITE`; `E_OUT_OF_RANGE` for a negative duration
 * @example
 * inUnit(arealCapacityFromCurrentDensity(currentDensity(1, "mA cm-2"), time(1, "h")), "mAh cm-2"); // 1
 */
export function arealCapacityFromCurrentDensity(
  currentDensity: CurrentDensity,
  duration: Time,
): ArealCapacity {
  requireValue("current density", currentDensity, "finite");
  requireValue("duration", duration, "nonNegative");
  return (currentDensity * duration) as ArealCapacity;
}

/**
 * Constant current density that passes an areal capacity in a time: j = q/t.
 *
 * @param capacity - q, C m⁻²
 * @param duration - t, s (> 0)
 * @returns current density, A m⁻²
 * @throws LmbError `E_NOT_FINITE`; `E_OUT_OF_RANGE` for a duration ≤ 0
 * @example
 * inUnit(currentDensityFromArealCapacity(arealCapacity(3, "mAh cm-2"), time(1, "h")), "mA cm-2"); // 3
 */
export function currentDensityFromArealCapacity(
  capacity: ArealCapacity,
  duration: Time,
): CurrentDensity {
  requireValue("areal capacity", capacity, "finite");
  requireValue("duration", duration, "positive");
  return (capacity / duration) as CurrentDensity;
}

/**
 * Time a constant current density takes to pass an areal capacity: t = q/j.
 *
 * @param capacity - q, C m⁻² (≥ 0)
 * @param currentDensity - j, A m⁻² (> 0)
 * @returns duration, s
 * @throws LmbError `E_NOT_FINITE`; `E_OUT_OF_RANGE`
 * @example
 * inUnit(durationFromArealCapacity(arealCapacity(1, "mAh cm-2"), currentDensity(0.5, "mA cm-2")), "h"); // 2
 */
export function durationFromArealCapacity(
  capacity: ArealCapacity,
  currentDensity: CurrentDensity,
): Time {
  requireValue("areal capacity", capacity, "nonNegative");
  requireValue("current density", currentDensity, "positive");
  return (capacity / currentDensity) as Time;
}
