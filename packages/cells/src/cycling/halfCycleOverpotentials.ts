import { LmbError } from "@lmb/errors";
import { medianInPlace } from "./median.js";
import type { CyclingSegment, CyclingSegmentation } from "./types.js";

/** A window of a half cycle as shares of its charge, 0 ≤ from < to ≤ 1. */
export interface CapacityWindow {
  from: number;
  to: number;
}

/** Options of {@link halfCycleOverpotentials} (and of the symmetric-cell analysis). */
export interface OverpotentialOptions {
  /** Plateau window as shares of the half cycle's charge. @default { from: 0.25, to: 0.75 } */
  plateauWindow?: CapacityWindow;
  /**
   * Profile shape: "peaking" when max|V| lies in the first `peakingPosition` of the charge and
   * exceeds the plateau by ≥ `peakingRatio`·plateau. @default 0.2
   */
  peakingPosition?: number;
  /** @default 0.1 (max|V| ≥ 1.1 × plateau) */
  peakingRatio?: number;
  /**
   * "arcing" when the mean |V| over the first and the last 10 % of the charge (5–15 %, 85–95 %)
   * both exceed the mean over the middle (45–55 %) by ≥ `arcingRatio`·plateau. @default 0.05
   */
  arcingRatio?: number;
}

/** Profile shape of a half cycle (Wood et al., ACS Cent. Sci. 2016 — see {@link halfCycleOverpotentials}). */
export type ProfileShape = "flat" | "peaking" | "arcing" | "rising" | "falling";

/**
 * Overpotential statistics of one half cycle of a Li‖Li (or thick‖thin Li) cell. In a symmetric
 * cell the cell voltage is the sum of both electrodes' overpotentials (stripping + plating), so
 * |V| is the cell overpotential η_cell; voltages in V, resistances in Ω and Ω m²
 * (1 Ω m² = 10⁴ Ω cm²), times in s, charges in C, per-area values null without a cell area.
 *
 * @example
 * r.halfCycles[3].plateau; // 0.0213 V = 21.3 mV
 */
export interface HalfCycleOverpotential {
  /** Half-cycle and cycle index (as in the segmentation). */
  index: number;
  cycle: number;
  /** Current sign (+1 oxidation at the working electrode). */
  sign: 1 | -1;
  /** Signed mean current density, A m⁻² (null without area). */
  currentDensity: number | null;
  /** |mean current|, A. */
  absCurrent: number;
  /** Start and end on the continuous clock, s. */
  startTime: number;
  endTime: number;
  /** Median |V| over the plateau window of charge, V. */
  plateau: number;
  /** Charge-weighted mean |V| over the plateau window, V. */
  meanOverpotential: number;
  /** max|V| over the half cycle, V; and where it falls, as a share of the half cycle's charge. */
  peak: number;
  peakPosition: number;
  /** |V| at the last active point, V. */
  end: number;
  /** Mean |V| over 5–15 %, 45–55 % and 85–95 % of the charge, V. */
  early: number;
  middle: number;
  late: number;
  /**
   * Voltage noise: mean |Δ|V|| between consecutive points in the plateau window, V (the dV/dt
   * noise of a soft short raises it; compare within one record, it scales with sampling).
   */
  noise: number;
  /** Curvature = ((early + late)/2 − middle)/plateau: > 0 arcs up at both ends. */
  curvature: number;
  shape: ProfileShape;
  /** Apparent resistance plateau/|I|, Ω. */
  resistance: number;
  /** Apparent area-specific resistance plateau/|j|, Ω m² (null without area). */
  areaSpecificResistance: number | null;
  /** Charge passed in this half cycle and cumulated up to its end, C. */
  charge: number;
  cumulativeCharge: number;
  /** Cumulated areal capacity up to its end, C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²; null without area). */
  cumulativeArealCapacity: number | null;
  /** Time since the record's first point at the half cycle's end, s. */
  elapsed: number;
}

function checkWindow(w: CapacityWindow, name: string): CapacityWindow {
  if (w === null || typeof w !== "object" || !(w.from >= 0 && w.to <= 1 && w.from < w.to)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `option ${name} = ${JSON.stringify(w)} is not a window inside [0, 1]`,
      {
        location: { source: name },
        fix: "give { from, to } as shares of the half cycle's charge, 0 ≤ from < to ≤ 1, e.g. { from: 0.25, to: 0.75 }",
      },
    );
  }
  return w;
}

function share(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value > 0 && value < 10)) {
    throw new LmbError("E_INVALID_INPUT", `option ${name} = ${String(value)} is out of range`, {
      location: { source: name },
      fix: `give ${name} as a positive fraction`,
    });
  }
  return value;
}

/**
 * Per-half-cycle overpotentials of a symmetric or asymmetric Li‖Li record (research/cycling.md
 * §3.3), one pass over each half cycle's points with no per-point allocation:
 *
 * - the share of charge u of a point is the charge passed before it plus half its own step,
 *   over the half cycle's charge (zero-order hold as in {@link segmentCycling});
 * - plateau η = median |V| over u ∈ `plateauWindow` (default 25–75 %), and the charge-weighted
 *   mean |V| over the same window;
 * - peak = max|V| and its position u; end = |V| at the last active point;
 * - apparent resistance R = η/|I| (Ω) and area-specific resistance η/|j| (Ω m²);
 * - profile shape (Wood et al., "Dendrites and pits", ACS Cent. Sci. 2, 790 (2016): "peaking"
 *   early cycles vs "arcing" from dead-Li build-up): with early/middle/late the mean |V| over
 *   u ∈ 5–15 %, 45–55 %, 85–95 %: "arcing" when early and late both exceed the middle by
 *   ≥ `arcingRatio`·plateau (high at both ends, a dip in the middle); else "peaking" when the
 *   peak lies at u ≤ `peakingPosition` and exceeds the plateau by ≥ `peakingRatio` (a spike that
 *   decays to a plateau); else "rising"/"falling" when late − early exceeds
 *   ± `arcingRatio`·plateau; else "flat" (rectangular — which Menkin et al., Faraday Discuss.
 *   2024, also read as a possible soft-short signature).
 *
 * @param voltage - V, the record's voltage column
 * @param current - A, the record's current column
 * @param time - s, continuous clock ({@link continuousTime})
 * @param segmentation - from {@link segmentCycling} on the same record
 * @param options - plateau window and shape thresholds
 * @returns one entry per half cycle
 * @throws LmbError `E_INVALID_INPUT` for a bad window or threshold
 * @example
 * const seg = segmentCycling(data, { area: 1.13e-4 });
 * const hc = halfCycleOverpotentials(data.columns.voltage, data.columns.current, continuousTime(data.columns.time), seg);
 * hc[0].plateau; // V
 */
export function halfCycleOverpotentials(
  voltage: Float64Array,
  current: Float64Array,
  time: Float64Array,
  segmentation: CyclingSegmentation,
  options: OverpotentialOptions = {},
): HalfCycleOverpotential[] {
  const window = checkWindow(options.plateauWindow ?? { from: 0.25, to: 0.75 }, "plateauWindow");
  const peakingPosition = share(options.peakingPosition, 0.2, "peakingPosition");
  const peakingRatio = share(options.peakingRatio, 0.1, "peakingRatio");
  const arcingRatio = share(options.arcingRatio, 0.05, "arcingRatio");
  const { halfCycles, area, zeroCurrentThreshold: zero, gapThreshold } = segmentation;
  let longest = 0;
  for (const h of halfCycles) longest = Math.max(longest, h.end - h.start);
  const scratch = new Float64Array(Math.max(1, longest));
  const out: HalfCycleOverpotential[] = [];
  const t0 = time[0] as number;
  let cumulative = 0;
  for (const h of halfCycles) {
    const row = oneHalfCycle(h, voltage, current, time, zero, gapThreshold, window, scratch);
    cumulative += h.charge;
    const absCurrent = Math.abs(h.meanCurrent);
    const plateau = row.plateau;
    const rel = plateau > 0 ? 1 / plateau : 0;
    const curvature = ((row.early + row.late) / 2 - row.middle) * rel;
    let shape: ProfileShape = "flat";
    if (
      (row.early - row.middle) * rel >= arcingRatio &&
      (row.late - row.middle) * rel >= arcingRatio
    ) {
      shape = "arcing";
    } else if (row.peakPosition <= peakingPosition && row.peak >= (1 + peakingRatio) * plateau) {
      shape = "peaking";
    } else if ((row.late - row.early) * rel >= arcingRatio) {
      shape = "rising";
    } else if ((row.early - row.late) * rel >= arcingRatio) {
      shape = "falling";
    }
    out.push({
      index: h.index,
      cycle: h.cycle,
      sign: h.sign,
      currentDensity: h.currentDensity,
      absCurrent,
      startTime: h.startTime,
      endTime: h.endTime,
      plateau,
      meanOverpotential: row.mean,
      peak: row.peak,
      peakPosition: row.peakPosition,
      end: row.end,
      early: row.early,
      middle: row.middle,
      late: row.late,
      noise: row.noise,
      curvature,
      shape,
      resistance: absCurrent > 0 ? plateau / absCurrent : 0,
      areaSpecificResistance:
        area === null || absCurrent <= 0 ? null : (plateau * area) / absCurrent,
      charge: h.charge,
      cumulativeCharge: cumulative,
      cumulativeArealCapacity: area === null ? null : cumulative / area,
      elapsed: h.endTime - t0,
    });
  }
  return out;
}

interface RowStats {
  plateau: number;
  mean: number;
  peak: number;
  peakPosition: number;
  end: number;
  early: number;
  middle: number;
  late: number;
  noise: number;
}

function oneHalfCycle(
  h: CyclingSegment,
  voltage: Float64Array,
  current: Float64Array,
  time: Float64Array,
  zero: number,
  gapThreshold: number,
  window: CapacityWindow,
  scratch: Float64Array,
): RowStats {
  const sign = h.sign;
  const total = h.charge;
  const inv = total > 0 ? 1 / total : 0;
  let q = 0;
  let count = 0;
  let wSum = 0;
  let wvSum = 0;
  let peak = -1;
  let peakPosition = 0;
  let end = 0;
  let eS = 0;
  let eN = 0;
  let mS = 0;
  let mN = 0;
  let lS = 0;
  let lN = 0;
  let previous = Number.NaN;
  let dSum = 0;
  let dN = 0;
  const n = time.length;
  for (let i = h.start; i < h.end; i++) {
    const I = sign * (current[i] as number);
    if (!(I > zero)) continue;
    let dt = i + 1 < n ? (time[i + 1] as number) - (time[i] as number) : 0;
    if (!(dt > 0) || dt > gapThreshold) dt = 0;
    const dq = I * dt;
    // Share of charge at this point's midpoint (the first/last points of a 0-charge half cycle: 0).
    const u = (q + 0.5 * dq) * inv;
    q += dq;
    const v = Math.abs(voltage[i] as number);
    end = v;
    if (v > peak) {
      peak = v;
      peakPosition = u;
    }
    if (u >= window.from && u <= window.to) {
      scratch[count++] = v;
      wSum += dq;
      wvSum += dq * v;
      if (!Number.isNaN(previous)) {
        dSum += Math.abs(v - previous);
        dN++;
      }
      previous = v;
    }
    if (u >= 0.05 && u <= 0.15) {
      eS += v;
      eN++;
    } else if (u >= 0.45 && u <= 0.55) {
      mS += v;
      mN++;
    } else if (u >= 0.85 && u <= 0.95) {
      lS += v;
      lN++;
    }
  }
  let plateau: number;
  if (count > 0) {
    plateau = medianInPlace(scratch, count);
  } else {
    // Too few points to resolve the window (e.g. 2-point half cycles): all active points.
    for (let i = h.start; i < h.end; i++) {
      if (sign * (current[i] as number) > zero) scratch[count++] = Math.abs(voltage[i] as number);
    }
    plateau = medianInPlace(scratch, count);
  }
  const mean = wSum > 0 ? wvSum / wSum : plateau;
  return {
    plateau,
    mean,
    peak: Math.max(peak, 0),
    peakPosition,
    end,
    early: eN > 0 ? eS / eN : plateau,
    middle: mN > 0 ? mS / mN : plateau,
    late: lN > 0 ? lS / lN : plateau,
    noise: dN > 0 ? dSum / dN : 0,
  };
}
