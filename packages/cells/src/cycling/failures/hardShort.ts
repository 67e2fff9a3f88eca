import type { HalfCycleOverpotential } from "../halfCycleOverpotentials.js";
import type { CyclingSegment } from "../types.js";
import type { CyclingEvent } from "./failureTypes.js";

/** Inputs shared by the detectors. */
export interface DetectorContext {
  voltage: Float64Array;
  current: Float64Array;
  time: Float64Array;
  t0: number;
  zero: number;
  segments: CyclingSegment[];
  halfCycles: HalfCycleOverpotential[];
  /** Early reference R_ref, Ω (polarisation runaway, voltage limit). */
  referenceResistance: number;
  /**
   * Recent reference per half cycle, Ω: median plateau/|I| of the (up to) `referenceHalfCycles`
   * half cycles before it (causal; R_ref for the reference's first two half cycles) — shorts are
   * sudden against the recent past, while activation can lower the overpotential severalfold over
   * the first cycles.
   */
  recentResistance: Float64Array;
}

/**
 * First point of a half cycle from which |V| stays below `threshold`: the first active point
 * below it after which ≥ 90 % of the remaining active points are below too, and at least
 * `minTail` points remain. −1 when there is none.
 */
function collapsePoint(
  ctx: DetectorContext,
  h: CyclingSegment,
  threshold: number,
  minTail: number,
): number {
  const { voltage, current, zero } = ctx;
  let below = 0;
  let total = 0;
  for (let i = h.start; i < h.end; i++) {
    if (h.sign * (current[i] as number) <= zero) continue;
    total++;
    if (Math.abs(voltage[i] as number) < threshold) below++;
  }
  let seenBelow = 0;
  let seen = 0;
  for (let i = h.start; i < h.end; i++) {
    if (h.sign * (current[i] as number) <= zero) continue;
    const isBelow = Math.abs(voltage[i] as number) < threshold;
    const tail = total - seen;
    if (isBelow && tail >= minTail && below - seenBelow >= 0.9 * tail) return i;
    seen++;
    if (isBelow) seenBelow++;
  }
  return -1;
}

/**
 * Hard short (research/cycling.md §3.5: |V| collapses to a few mV and stays; V ∝ I, ohmic; no
 * half-cycle structure). Rule: the first half cycle k whose plateau is below
 * `fraction`·R_recent(k)·|I_k| (R_recent: median plateau/|I| of the half cycles before k) and stays
 * below `fraction`·R_recent(k)·|I| for the next `confirm` half cycles (or to the end of the
 * record); the event is at the first point from which |V| stays below that threshold — in the
 * tail of half cycle k − 1 when the short came late in it, else in half cycle k. Evidence: the
 * plateau after the short, the apparent short resistance (median plateau/|I| over the shorted
 * half cycles) against R_ref, the share of points whose voltage follows the current's sign, and
 * the ohmic check — the spread (max − min)/median of plateau/|I| over the shorted half cycles
 * with the ratio of the largest to the smallest |I| among them (V ∝ I: spread ≈ 0 even when the
 * current changes).
 *
 * @returns the event, or null
 * @example
 * hardShort(ctx, 0.25, 2)?.cycle; // 99
 */
export function hardShort(
  ctx: DetectorContext,
  fraction: number,
  confirm: number,
  from: number,
): CyclingEvent | null {
  const { halfCycles, segments, recentResistance } = ctx;
  const collapsed = (m: number, rRef: number): boolean => {
    const h = halfCycles[m] as HalfCycleOverpotential;
    return h.plateau < fraction * rRef * h.absCurrent;
  };
  for (let k = from; k < halfCycles.length; k++) {
    const rRef = recentResistance[k] as number;
    if (!collapsed(k, rRef)) continue;
    let persists = true;
    const last = Math.min(halfCycles.length - 1, k + confirm);
    for (let m = k + 1; m <= last; m++) {
      if (!collapsed(m, rRef)) {
        persists = false;
        break;
      }
    }
    if (!persists) continue;
    const seg = segments[k] as CyclingSegment;
    const threshold = fraction * rRef * (halfCycles[k] as HalfCycleOverpotential).absCurrent;
    let where = k;
    let index = -1;
    const before = segments[k - 1];
    if (before !== undefined && k - 1 >= from) {
      const thrBefore = fraction * rRef * (halfCycles[k - 1] as HalfCycleOverpotential).absCurrent;
      index = collapsePoint(ctx, before, thrBefore, Math.max(3, Math.ceil(0.02 * before.points)));
      if (index >= 0) where = k - 1;
    }
    if (index < 0) {
      index = collapsePoint(ctx, seg, threshold, 1);
      if (index < 0) index = seg.start;
    }
    // Evidence over the shorted half cycles k..last.
    const resistances: number[] = [];
    let plateauSum = 0;
    for (let m = k; m <= last; m++) {
      const h = halfCycles[m] as HalfCycleOverpotential;
      resistances.push(h.resistance);
      plateauSum += h.plateau;
    }
    resistances.sort((a, b) => a - b);
    const rShort = resistances[resistances.length >> 1] as number;
    // Ohmic: |V|/|I| the same whatever the current (a CCD ladder keeps stepping after a short).
    const spread =
      rShort > 0
        ? ((resistances[resistances.length - 1] as number) - (resistances[0] as number)) / rShort
        : 0;
    let iMin = Number.POSITIVE_INFINITY;
    let iMax = 0;
    for (let m = k; m <= last; m++) {
      const a = (halfCycles[m] as HalfCycleOverpotential).absCurrent;
      iMin = Math.min(iMin, a);
      iMax = Math.max(iMax, a);
    }
    let agree = 0;
    let total = 0;
    const { voltage, current, zero } = ctx;
    for (let m = k; m <= last; m++) {
      const s = segments[m] as CyclingSegment;
      for (let i = s.start; i < s.end; i++) {
        const I = current[i] as number;
        if (s.sign * I <= zero) continue;
        total++;
        if ((voltage[i] as number) * I > 0) agree++;
      }
    }
    const h = halfCycles[where] as HalfCycleOverpotential;
    const t = ctx.time[index] as number;
    const voltageAfter = plateauSum / (last - k + 1);
    return {
      kind: "hard-short",
      time: t,
      elapsed: t - ctx.t0,
      index,
      halfCycle: where,
      cycle: h.cycle,
      message: `hard short: |V| collapsed to ${(voltageAfter * 1e3).toFixed(2)} mV (below ${(threshold * 1e3).toFixed(2)} mV = ${fraction}·R_recent·|I|) and stayed there for ${last - k + 1} half cycle(s); apparent short resistance ${rShort.toPrecision(3)} Ω vs ${rRef.toPrecision(3)} Ω before`,
      evidence: {
        voltageAfter,
        threshold,
        shortResistance: rShort,
        referenceResistance: rRef,
        resistanceRatio: rShort / rRef,
        ohmicSignAgreement: total > 0 ? agree / total : 0,
        resistanceSpread: spread,
        currentRatio: iMin > 0 ? iMax / iMin : 1,
        halfCyclesConfirmed: last - k + 1,
      },
    };
  }
  return null;
}
