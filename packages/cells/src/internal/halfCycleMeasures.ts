import type { CyclingData } from "@lmb/schemas";
import type { CyclingSegment, CyclingSegmentation } from "../cycling/types.js";

/** Columns and rules shared by every half cycle of one record. */
export interface MeasureContext {
  time: Float64Array;
  voltage: Float64Array;
  current: Float64Array;
  /** |I| at or below this is a rest, A. */
  zero: number;
  /** A time step larger than this is a gap (nothing integrated across it), s. */
  gap: number;
}

/** What the analyses read off one half cycle, from its active points. */
export interface HalfCycleMeasures {
  /** Σ V·|I|·Δt over the active points (zero-order hold), J: positive when V and the current's direction agree. */
  energy: number;
  /** Σ |I|·Δt over the same points, C. */
  charge: number;
  /** energy / charge, V (NaN-free: the first active voltage when no charge passed). */
  averageVoltage: number;
  /** Voltage of the first and of the last active point, V. */
  startVoltage: number;
  endVoltage: number;
  /** Smallest and largest voltage over the active points, V. */
  minVoltage: number;
  maxVoltage: number;
}

/**
 * The context for {@link measureHalfCycle}: the record's columns, the segmentation's zero-current
 * threshold, and its gap rule (a step longer than max(20 × typical Δt, 60 s), `segmentCycling`'s
 * defaults, carries nothing). Time goes back only at restarts, where Δt ≤ 0 carries nothing.
 */
export function measureContext(data: CyclingData, seg: CyclingSegmentation): MeasureContext {
  return {
    time: data.columns.time,
    voltage: data.columns.voltage,
    current: data.columns.current,
    zero: seg.zeroCurrentThreshold,
    gap: Math.max(20 * seg.typicalInterval, 60),
  };
}

/**
 * Energy, charge and voltages of one half cycle over its active points (|I| above the zero
 * threshold with the half cycle's sign), each point's current and voltage held until the next
 * point (the zero-order hold `segmentCycling` integrates charge with).
 *
 * @param ctx - from {@link measureContext}
 * @param h - the half cycle (indices into the columns)
 */
export function measureHalfCycle(ctx: MeasureContext, h: CyclingSegment): HalfCycleMeasures {
  const { time, voltage, current, zero, gap } = ctx;
  let energy = 0;
  let charge = 0;
  let first = Number.NaN;
  let last = Number.NaN;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const n = time.length;
  for (let i = h.start; i < h.end; i++) {
    const I = (current[i] as number) * h.sign;
    if (!(I > zero)) continue;
    const v = voltage[i] as number;
    if (Number.isNaN(first)) first = v;
    last = v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (i + 1 >= n) continue;
    const dt = (time[i + 1] as number) - (time[i] as number);
    if (!(dt > 0) || dt > gap) continue;
    charge += I * dt;
    energy += v * I * dt;
  }
  return {
    energy,
    charge,
    averageVoltage: charge > 0 ? energy / charge : first,
    startVoltage: first,
    endVoltage: last,
    minVoltage: min,
    maxVoltage: max,
  };
}
