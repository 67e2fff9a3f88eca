import type { HalfCycleOverpotential } from "../halfCycleOverpotentials.js";
import type { CyclingSegment } from "../types.js";
import type { CyclingEvent } from "./failureTypes.js";
import type { DetectorContext } from "./hardShort.js";

/** Thresholds of {@link softShorts} (see `FailureOptions`). */
export interface SoftShortRule {
  dropFraction: number;
  dropPoints: number;
  skip: number;
  recovery: number;
  noiseFactor: number;
  noiseFloor: number;
  referenceNoise: number;
}

/**
 * Soft shorts (research/cycling.md §3.5: a sudden |V| drop inside a half cycle with partial
 * recovery, noisy dV/dt). Two rules, applied to half cycles [`from`, `until`):
 *
 * - drop: after the first `skip` share of a half cycle's charge, |V| falls by
 *   ≥ `dropFraction`·R_recent·|I| (R_recent: median plateau/|I| of the preceding half cycles) below the largest of the previous `dropPoints` samples, and later
 *   in the same half cycle comes back up by ≥ `recovery` of the drop (a drop that never recovers
 *   is left to the hard-short rule);
 * - noise: the half cycle's plateau noise (mean |Δ|V|| per sample) exceeds
 *   max(`noiseFactor`·reference noise, `noiseFloor`·R_recent·|I|).
 *
 * One pass over the points with a ring of `dropPoints` values; no allocation per point.
 *
 * @returns events in time order (all of them; the caller caps the list)
 * @example
 * softShorts(ctx, rule, 1, hc.length)[0]?.evidence.drop; // V
 */
export function softShorts(
  ctx: DetectorContext,
  rule: SoftShortRule,
  from: number,
  until: number,
): CyclingEvent[] {
  const { voltage, current, time, zero, segments, halfCycles, recentResistance } = ctx;
  const events: CyclingEvent[] = [];
  const ring = new Float64Array(Math.max(1, rule.dropPoints));
  const n = time.length;
  for (let k = from; k < until; k++) {
    const seg = segments[k] as CyclingSegment;
    const h = halfCycles[k] as HalfCycleOverpotential;
    const expected = (recentResistance[k] as number) * h.absCurrent;
    const dropThreshold = rule.dropFraction * expected;
    const noiseLimit = Math.max(rule.noiseFactor * rule.referenceNoise, rule.noiseFloor * expected);
    if (h.noise > noiseLimit) {
      const t = time[seg.start] as number;
      events.push({
        kind: "soft-short",
        time: t,
        elapsed: t - ctx.t0,
        index: seg.start,
        halfCycle: k,
        cycle: h.cycle,
        message: `soft short (noise): plateau noise ${(h.noise * 1e3).toFixed(3)} mV per sample, above ${(noiseLimit * 1e3).toFixed(3)} mV (${rule.noiseFactor}× the early noise or ${rule.noiseFloor}·R_recent·|I|)`,
        evidence: {
          mode: "noise",
          noise: h.noise,
          noiseLimit,
          referenceNoise: rule.referenceNoise,
        },
      });
    }
    const inv = seg.charge > 0 ? 1 / seg.charge : 0;
    let q = 0;
    let filled = 0;
    let head = 0;
    let tracking = false;
    let dropIndex = -1;
    let vHigh = 0;
    let vLow = 0;
    for (let i = seg.start; i < seg.end; i++) {
      const I = seg.sign * (current[i] as number);
      if (!(I > zero)) {
        // A rest inside the half cycle: |V| relaxes; compare only points after it.
        filled = 0;
        continue;
      }
      let dt = i + 1 < n ? (time[i + 1] as number) - (time[i] as number) : 0;
      if (!(dt > 0)) dt = 0;
      const u = (q + 0.5 * I * dt) * inv;
      q += I * dt;
      const v = Math.abs(voltage[i] as number);
      if (tracking) {
        if (v < vLow) vLow = v;
        else if (v >= vLow + rule.recovery * (vHigh - vLow) && v > vLow) {
          const t = time[dropIndex] as number;
          events.push({
            kind: "soft-short",
            time: t,
            elapsed: t - ctx.t0,
            index: dropIndex,
            halfCycle: k,
            cycle: h.cycle,
            message: `soft short (drop): |V| fell from ${(vHigh * 1e3).toFixed(2)} mV to ${(vLow * 1e3).toFixed(2)} mV within ${rule.dropPoints} sample(s) and recovered to ${(v * 1e3).toFixed(2)} mV`,
            evidence: {
              mode: "drop",
              before: vHigh,
              low: vLow,
              recovered: v,
              drop: vHigh - vLow,
              dropThreshold,
              recoveryShare: (v - vLow) / (vHigh - vLow),
            },
          });
          tracking = false;
          filled = 0;
        }
      } else if (u >= rule.skip && filled >= ring.length) {
        let hi = 0;
        for (let r = 0; r < ring.length; r++) hi = Math.max(hi, ring[r] as number);
        if (hi - v >= dropThreshold) {
          tracking = true;
          dropIndex = i;
          vHigh = hi;
          vLow = v;
        }
      }
      ring[head] = v;
      head++;
      if (head === ring.length) head = 0;
      if (filled < ring.length) filled++;
    }
  }
  events.sort((a, b) => a.time - b.time);
  return events;
}
