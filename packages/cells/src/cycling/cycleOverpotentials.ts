import type { HalfCycleOverpotential } from "./halfCycleOverpotentials.js";

/**
 * One cycle of a Li‖Li cell: its two half cycles (one each sign) combined. Voltages in V,
 * resistances in Ω and Ω m², times in s, charges in C (areal: C m⁻², 1 mAh cm⁻² = 36 000 C m⁻²).
 *
 * @example
 * r.cycles[9].hysteresis; // 0.042 V: |V₊| + |V₋| plateaus of cycle 10
 */
export interface CycleOverpotential {
  /** 0-based cycle index. */
  cycle: number;
  /** Half cycles in this cycle (1 for a trailing lone half cycle). */
  halfCycles: number;
  /** Plateau |V| of the negative-current (plating on the working electrode) half cycle, V (null if absent). */
  platingPlateau: number | null;
  /** Plateau |V| of the positive-current (stripping from the working electrode) half cycle, V. */
  strippingPlateau: number | null;
  /** Mean of the half cycles' plateaus, V: the per-cycle overpotential papers plot. */
  overpotential: number;
  /**
   * Voltage hysteresis = |V₊,plateau| + |V₋,plateau| (research/cycling.md §3.3), V; with one half
   * cycle only, twice its plateau.
   */
  hysteresis: number;
  /** Largest max|V| of the cycle, V. */
  peak: number;
  /** |V| at the end of the cycle's last half cycle, V. */
  end: number;
  /** Apparent resistance overpotential/|I| (mean over the half cycles), Ω. */
  resistance: number;
  /** overpotential/|j|, Ω m² (null without area). */
  areaSpecificResistance: number | null;
  /** |j| of the cycle (mean of its half cycles), A m⁻² (null without area). */
  absCurrentDensity: number | null;
  startTime: number;
  endTime: number;
  /** Time since the record's first point at the end of the cycle, s. */
  elapsed: number;
  /** Charge cumulated up to the end of the cycle, C; areal, C m⁻² (null without area). */
  cumulativeCharge: number;
  cumulativeArealCapacity: number | null;
}

/**
 * Combines half-cycle overpotentials into cycles (half cycles 2k and 2k+1 form cycle k):
 * overpotential = mean of the two plateaus, hysteresis = sum of the two plateaus
 * (|V₊| + |V₋|, research/cycling.md §3.3), peak = larger peak.
 *
 * @param halfCycles - from {@link halfCycleOverpotentials}
 * @returns one entry per cycle
 * @example
 * cycleOverpotentials(hc).map((c) => c.overpotential); // V per cycle
 */
export function cycleOverpotentials(halfCycles: HalfCycleOverpotential[]): CycleOverpotential[] {
  const out: CycleOverpotential[] = [];
  for (let k = 0; k < halfCycles.length; k += 2) {
    const a = halfCycles[k] as HalfCycleOverpotential;
    const b = halfCycles[k + 1];
    const members = b === undefined ? [a] : [a, b];
    let plating: number | null = null;
    let stripping: number | null = null;
    let sum = 0;
    let peak = 0;
    let resistance = 0;
    let jSum = 0;
    let jKnown = true;
    for (const h of members) {
      if (h.sign < 0) plating = h.plateau;
      else stripping = h.plateau;
      sum += h.plateau;
      peak = Math.max(peak, h.peak);
      resistance += h.resistance;
      if (h.currentDensity === null) jKnown = false;
      else jSum += Math.abs(h.currentDensity);
    }
    const last = members[members.length - 1] as HalfCycleOverpotential;
    const overpotential = sum / members.length;
    const absJ = jKnown ? jSum / members.length : null;
    out.push({
      cycle: a.cycle,
      halfCycles: members.length,
      platingPlateau: plating,
      strippingPlateau: stripping,
      overpotential,
      hysteresis: members.length === 2 ? sum : 2 * sum,
      peak,
      end: last.end,
      resistance: resistance / members.length,
      areaSpecificResistance: absJ === null || absJ <= 0 ? null : overpotential / absJ,
      absCurrentDensity: absJ,
      startTime: a.startTime,
      endTime: last.endTime,
      elapsed: last.elapsed,
      cumulativeCharge: last.cumulativeCharge,
      cumulativeArealCapacity: last.cumulativeArealCapacity,
    });
  }
  return out;
}
