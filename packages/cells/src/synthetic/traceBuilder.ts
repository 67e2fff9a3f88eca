import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import type { CyclingData, DatasetMetadata } from "@lmb/schemas";

/** Most points a synthetic trace may hold (8 × 3 columns × 5·10⁷ = 1.2 GB would not be sensible). */
const MAX_POINTS = 50_000_000;

/** Index range [start, end] (inclusive) of one constant-current step in the columns. */
export interface StepRange {
  start: number;
  end: number;
}

/**
 * Appends galvanostatic steps to growing time/voltage/current columns. A step of duration τ
 * starting at t₀ is sampled at t₀ + k·Δt and once more exactly at t₀ + τ, so the trapezoidal
 * integral of its (constant) current is exactly I·τ; the next step starts with a sample at the
 * same time (duplicate time stamps, as instruments record a step's end and the next step's start).
 */
export class TraceBuilder {
  private time: Float64Array;
  private voltage: Float64Array;
  private current: Float64Array;
  private length = 0;
  /** Time at the end of the last step, s. */
  now = 0;

  constructor(private readonly samplingInterval: number) {
    this.time = new Float64Array(1024);
    this.voltage = new Float64Array(1024);
    this.current = new Float64Array(1024);
  }

  /** Points written so far. */
  get pointCount(): number {
    return this.length;
  }

  /**
   * A constant-current step.
   *
   * @param current - I, A (positive = oxidation at the working electrode)
   * @param duration - τ, s (> 0)
   * @param voltageAt - the noise-free voltage (V) at `elapsed` s into the step and absolute time `t`
   * @returns the index range written
   */
  step(
    current: number,
    duration: number,
    voltageAt: (elapsed: number, t: number) => number,
  ): StepRange {
    const dt = this.samplingInterval;
    const whole = Math.floor(duration / dt - 1e-9);
    const count = whole + 2; // k = 0 … whole, then the end
    this.reserve(count);
    const start = this.length;
    const t0 = this.now;
    const { time, voltage } = this;
    this.current.fill(current, start, start + count);
    let j = start;
    for (let k = 0; k <= whole; k++, j++) {
      const e = k * dt;
      time[j] = t0 + e;
      voltage[j] = voltageAt(e, t0 + e);
    }
    time[j] = t0 + duration;
    voltage[j] = voltageAt(duration, t0 + duration);
    this.length = j + 1;
    this.now = t0 + duration;
    return { start, end: this.length - 1 };
  }

  /**
   * A step whose current varies: like {@link TraceBuilder.step}, with the current (A) given as a
   * function of the time into the step.
   */
  variableStep(
    duration: number,
    currentAt: (elapsed: number) => number,
    voltageAt: (elapsed: number, t: number) => number,
  ): StepRange {
    const dt = this.samplingInterval;
    const whole = Math.floor(duration / dt - 1e-9);
    this.reserve(whole + 2);
    const start = this.length;
    const t0 = this.now;
    for (let k = 0; k <= whole; k++) {
      const e = k * dt;
      this.push(t0 + e, currentAt(e), voltageAt(e, t0 + e));
    }
    this.push(t0 + duration, currentAt(duration), voltageAt(duration, t0 + duration));
    this.now = t0 + duration;
    return { start, end: this.length - 1 };
  }

  /**
   * Charge (C) and energy (J) of the noise-free points `range`, by trapezoids: ∫I dt and ∫V·I dt.
   */
  integrate(range: StepRange): { charge: number; energy: number } {
    let charge = 0;
    let energy = 0;
    for (let k = range.start + 1; k <= range.end; k++) {
      const dt = (this.time[k] as number) - (this.time[k - 1] as number);
      const i0 = this.current[k - 1] as number;
      const i1 = this.current[k] as number;
      charge += 0.5 * (i0 + i1) * dt;
      energy +=
        0.5 * (i0 * (this.voltage[k - 1] as number) + i1 * (this.voltage[k] as number)) * dt;
    }
    return { charge, energy };
  }

  /**
   * The finished columns, trimmed, with seeded Gaussian voltage noise of standard deviation
   * `noise` V (none when 0), clamped to ±`limit` V when given.
   */
  finish(noise: number, seed: number, limit?: number): CyclingData["columns"] {
    const n = this.length;
    const time = this.time.slice(0, n);
    const voltage = this.voltage.slice(0, n);
    const current = this.current.slice(0, n);
    if (noise > 0) {
      const rng = createRng(seed);
      for (let i = 0; i < n; i++) voltage[i] = (voltage[i] as number) + noise * rng.normal();
    }
    if (limit !== undefined) {
      for (let i = 0; i < n; i++) {
        const v = voltage[i] as number;
        if (v > limit) voltage[i] = limit;
        else if (v < -limit) voltage[i] = -limit;
      }
    }
    return { time, voltage, current };
  }

  private push(t: number, i: number, v: number): void {
    const k = this.length++;
    this.time[k] = t;
    this.current[k] = i;
    this.voltage[k] = v;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed > MAX_POINTS) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `the synthetic trace would hold more than ${MAX_POINTS} points`,
        {
          location: { source: "options.samplingInterval" },
          fix: "sample less often (a larger samplingInterval) or generate fewer cycles",
        },
      );
    }
    if (needed <= this.time.length) return;
    const size = Math.max(needed, Math.ceil(this.time.length * 1.5));
    this.time = grow(this.time, size);
    this.voltage = grow(this.voltage, size);
    this.current = grow(this.current, size);
  }
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/**
 * Metadata of a synthetic trace: format `synthetic`, SI columns, the generator and its seed in
 * `notes`, area (m²) and active mass (kg) when given.
 */
export function syntheticMetadata(
  generator: string,
  technique: string,
  extra: { area?: number; activeMass?: number; seed: number },
): DatasetMetadata {
  return {
    format: "synthetic",
    instrument: "@lmb/cells synthetic generator",
    technique,
    currentSign: "positive-oxidation",
    ...(extra.area === undefined ? {} : { area: extra.area }),
    ...(extra.activeMass === undefined ? {} : { activeMass: extra.activeMass }),
    columns: [
      { key: "time", unit: "s", sourceName: "time", sourceUnit: "s" },
      { key: "voltage", unit: "V", sourceName: "voltage", sourceUnit: "V" },
      { key: "current", unit: "A", sourceName: "current", sourceUnit: "A" },
    ],
    warnings: [],
    notes: { generator, seed: extra.seed },
  };
}
