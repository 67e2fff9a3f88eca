import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";

/** Per-cycle capacities from {@link capacityPerCycle}. */
export interface CycleCapacities {
  /** Cycle numbers, as the instrument numbered them. */
  cycle: Float64Array;
  /** Charge passed in the chosen direction in each cycle, C (> 0). */
  capacity: Float64Array;
}

/**
 * Charge or discharge capacity of every cycle of a cycling record, by integrating the current
 * over time (trapezoids between consecutive points of the same cycle, split where the current
 * changes sign; discharge is negative current, charge positive — lmb's current is positive for
 * oxidation at the working electrode). Integrating rather than reading the instrument's
 * capacity column makes the result independent of how each instrument resets it. Cycles that
 * pass no charge in that direction are left out.
 *
 * @param data - a `CyclingData` dataset with a `cycle` column
 * @param direction - "discharge" (current < 0) or "charge" (current > 0). @default "discharge"
 * @returns cycle numbers and capacities (C)
 * @throws LmbError `E_INVALID_INPUT` when the record has no cycle column or no such current
 * @example
 * const { cycle, capacity } = capacityPerCycle(record); // capacity in C; / 3.6 for mAh
 */
export function capacityPerCycle(
  data: CyclingData,
  direction: "discharge" | "charge" = "discharge",
): CycleCapacities {
  const { time, current, cycle } = data.columns;
  if (cycle === undefined) {
    throw new LmbError("E_INVALID_INPUT", "the cycling record has no cycle column", {
      location: { source: data.metadata.sourceFile ?? "cycle" },
      fix: "give per-cycle capacities directly (capacityFade({ cycle, capacity }), lmb kinetics fade --points)",
    });
  }
  const sign = direction === "discharge" ? -1 : 1;
  const totals = new Map<number, number>();
  for (let i = 1; i < time.length; i++) {
    const c = cycle[i] as number;
    if (c !== cycle[i - 1] || Number.isNaN(c)) continue;
    const a = sign * (current[i - 1] as number);
    const b = sign * (current[i] as number);
    const dt = (time[i] as number) - (time[i - 1] as number);
    // trapezoid of the part of the step with current in this direction (split at a sign change)
    let q = 0;
    if (a >= 0 && b >= 0) q = 0.5 * (a + b) * dt;
    else if (a > 0) q = (0.5 * a * a * dt) / (a - b);
    else if (b > 0) q = (0.5 * b * b * dt) / (b - a);
    if (q > 0) totals.set(c, (totals.get(c) ?? 0) + q);
  }
  const cycles = [...totals.entries()].filter(([, q]) => q > 0).sort((a, b) => a[0] - b[0]);
  if (cycles.length === 0) {
    throw new LmbError("E_INVALID_INPUT", `the cycling record has no ${direction} current`, {
      fix: `check the file, or analyse the ${direction === "discharge" ? "charge" : "discharge"} capacity instead`,
    });
  }
  return {
    cycle: Float64Array.from(cycles, ([c]) => c),
    capacity: Float64Array.from(cycles, ([, q]) => q),
  };
}
