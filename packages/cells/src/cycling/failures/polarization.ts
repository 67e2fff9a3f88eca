import type { HalfCycleOverpotential } from "../halfCycleOverpotentials.js";
import type { CyclingSegment } from "../types.js";
import type { CyclingEvent } from "./failureTypes.js";
import type { DetectorContext } from "./hardShort.js";

/**
 * Polarisation runaway (SCIENCE.md §7: consumed Li shows as rising polarisation): the first half
 * cycle k ≥ `from` whose apparent resistance plateau/|I| exceeds `factor`·R_ref, with the next
 * half cycle (when there is one) above it too; the event is at the first active point of k
 * whose |V| exceeds `factor`·R_ref·|I|.
 *
 * @returns the event, or null
 * @example
 * polarizationRunaway(ctx, 2, 1)?.evidence.ratio; // 2.1
 */
export function polarizationRunaway(
  ctx: DetectorContext,
  factor: number,
  from: number,
): CyclingEvent | null {
  const { halfCycles, segments, referenceResistance: rRef, voltage, current, time, zero } = ctx;
  const above = (k: number): boolean =>
    (halfCycles[k] as HalfCycleOverpotential).resistance > factor * rRef;
  for (let k = from; k < halfCycles.length; k++) {
    if (!above(k) || (k + 1 < halfCycles.length && !above(k + 1))) continue;
    const h = halfCycles[k] as HalfCycleOverpotential;
    const seg = segments[k] as CyclingSegment;
    const threshold = factor * rRef * h.absCurrent;
    let index = seg.start;
    for (let i = seg.start; i < seg.end; i++) {
      if (seg.sign * (current[i] as number) > zero && Math.abs(voltage[i] as number) > threshold) {
        index = i;
        break;
      }
    }
    const t = time[index] as number;
    return {
      kind: "polarization-runaway",
      time: t,
      elapsed: t - ctx.t0,
      index,
      halfCycle: k,
      cycle: h.cycle,
      message: `polarisation runaway: plateau ${(h.plateau * 1e3).toFixed(2)} mV = ${(h.resistance / rRef).toFixed(2)}× the early R_ref·|I| (limit ${factor}×)`,
      evidence: {
        plateau: h.plateau,
        resistance: h.resistance,
        referenceResistance: rRef,
        ratio: h.resistance / rRef,
        threshold,
      },
    };
  }
  return null;
}

/**
 * Voltage at the instrument limit (SCIENCE.md §7: once the thin electrode of an asymmetric
 * cell runs out of Li, the voltage jumps to the instrument's limit, ±5 V). With `limit` given,
 * the first active point with |V| ≥ (1 − `tolerance`)·limit; without, the largest half-cycle peak
 * |V| (active points) is the limit when it is a clear jump — ≥ `factor`·R_ref·|I| of that half
 * cycle and ≥ 0.5 V.
 *
 * @returns the event, or null
 * @example
 * voltageLimit(ctx, 5, 0.02, 10, 1)?.halfCycle; // the stripping half cycle that ran out of Li
 */
export function voltageLimit(
  ctx: DetectorContext,
  limit: number | undefined,
  tolerance: number,
  factor: number,
  from: number,
): CyclingEvent | null {
  const { halfCycles, segments, referenceResistance: rRef, voltage, current, time, zero } = ctx;
  if (segments[from] === undefined) return null;
  // Per-half-cycle peaks (max |V| over active points) are known: only the half cycle that first
  // reaches the threshold is scanned point by point.
  let level = limit;
  let auto = false;
  if (level === undefined) {
    let top = -1;
    for (let k = from; k < halfCycles.length; k++) {
      if (
        top < 0 ||
        (halfCycles[k] as HalfCycleOverpotential).peak >
          (halfCycles[top] as HalfCycleOverpotential).peak
      )
        top = k;
    }
    const h = halfCycles[top] as HalfCycleOverpotential;
    if (!(h.peak >= 0.5 && h.peak >= factor * rRef * h.absCurrent)) return null;
    level = h.peak;
    auto = true;
  }
  const threshold = (1 - tolerance) * level;
  for (let k = from; k < segments.length; k++) {
    if ((halfCycles[k] as HalfCycleOverpotential).peak < threshold) continue;
    const seg = segments[k] as CyclingSegment;
    for (let i = seg.start; i < seg.end; i++) {
      if (seg.sign * (current[i] as number) <= zero) continue;
      const v = Math.abs(voltage[i] as number);
      if (v < threshold) continue;
      const h = halfCycles[k] as HalfCycleOverpotential;
      const t = time[i] as number;
      return {
        kind: "voltage-limit",
        time: t,
        elapsed: t - ctx.t0,
        index: i,
        halfCycle: k,
        cycle: h.cycle,
        message: `voltage at the instrument limit: |V| = ${v.toFixed(3)} V ≥ ${threshold.toFixed(3)} V (${auto ? "the record's max |V|" : "the given limit"}) in a ${seg.sign > 0 ? "positive (stripping from the working electrode)" : "negative (stripping from the counter electrode)"} half cycle — Li exhausted on the electrode being stripped`,
        evidence: {
          voltage: voltage[i] as number,
          limit: level,
          limitSource: auto ? "record-max" : "option",
          expected: rRef * h.absCurrent,
          halfCycleSign: seg.sign,
        },
      };
    }
  }
  return null;
}
