import { brent } from "@lmb/numerics";
import type { SimulationColumns } from "./simulationColumns.js";
import type { StepEvolution } from "./stepEvolution.js";

/** How the points of a step are placed. */
export interface Sampling {
  /** Points per step before its end point (uniform in time), when no interval is given. */
  pointsPerStep: number;
  /** Fixed time between points, s (overrides `pointsPerStep`). */
  samplingInterval?: number;
}

/** A voltage the step must stop at: the step's own limit or the instrument's. */
export interface VoltageStop {
  volts: number;
  /** `step`: a protocol limit (the step ends normally); `instrument`: the safety limit. */
  kind: "step" | "instrument";
  /** Crossed upwards (+1), downwards (−1) or either way (0, step limits "from either side"). */
  direction: 1 | -1 | 0;
}

/** Where sampling stopped. */
export interface SampledStep {
  /** τ at the step's last point, s. */
  end: number;
  /** The stop that was reached before `until`, if any. */
  stop?: VoltageStop;
  /** The barrier reached zero (Sand: no salt left at the plating surface) at `end`. */
  barrier?: true;
}

/** A quantity that must stay positive during the step, and the voltage written when it does not. */
export interface StepBarrier {
  value: (tau: number) => number;
  /** Voltage recorded at the crossing (the instrument limit the cell runs to), V. */
  volts: number;
}

/**
 * Writes the points of one step from τ = 0 to `until` (uniform grid plus the end) and stops
 * early where the voltage crosses one of `stops` (located between two samples by Brent's method,
 * and written at exactly the limit voltage, as a cycler records its cut-off).
 */
export function sampleStep(
  columns: SimulationColumns,
  start: number,
  until: number,
  current: number,
  voltage: (tau: number) => number,
  evolution: StepEvolution,
  stops: readonly VoltageStop[],
  sampling: Sampling,
  barrier?: StepBarrier,
): SampledStep {
  const dt = sampling.samplingInterval ?? until / sampling.pointsPerStep;
  const count = until > 0 ? Math.max(1, Math.ceil(until / dt - 1e-9)) : 0;
  columns.reserve(count + 2);
  const v0 = voltage(0);
  const side = stops.map((s) => Math.sign(v0 - s.volts));
  const crossed = (v: number, i: number): boolean => {
    const s = stops[i] as VoltageStop;
    if (s.direction === 1) return v >= s.volts;
    if (s.direction === -1) return v <= s.volts;
    return side[i] === 0 || Math.sign(v - s.volts) !== side[i];
  };
  let prevTau = 0;
  for (let k = 0; k <= count; k++) {
    const tau = k === count ? until : k * dt;
    if (barrier && k > 0 && barrier.value(tau) <= 0) {
      const f = barrier.value;
      const at =
        f(prevTau) > 0 ? brent(f, prevTau, tau, { xtol: 1e-12 * Math.max(1, tau) }).root : prevTau;
      writePoint(columns, start, at, barrier.volts, current, evolution);
      return { end: at, barrier: true };
    }
    const v = k === 0 ? v0 : voltage(tau);
    for (let i = 0; i < stops.length; i++) {
      if (!crossed(v, i)) continue;
      const stop = stops[i] as VoltageStop;
      let at = tau;
      if (k > 0) {
        const f = (t: number) => voltage(t) - stop.volts;
        at =
          f(prevTau) * f(tau) < 0
            ? brent(f, prevTau, tau, { xtol: 1e-12 * Math.max(1, tau) }).root
            : tau;
      }
      writePoint(columns, start, at, stop.volts, current, evolution);
      return { end: at, stop };
    }
    writePoint(columns, start, tau, v, current, evolution);
    prevTau = tau;
  }
  return { end: until };
}

/** Appends the point at τ with voltage v and the state there. */
export function writePoint(
  columns: SimulationColumns,
  start: number,
  tau: number,
  v: number,
  current: number,
  e: StepEvolution,
): void {
  const w = e.working;
  const c = e.counter;
  columns.push(
    start + tau,
    v,
    current,
    w.inventory(tau),
    c.inventory(tau),
    e.deadLithium(tau),
    e.interphaseLoss(tau),
    w.thickness(tau),
    c.thickness(tau),
    w.leakage(tau) + c.leakage(tau),
  );
}
