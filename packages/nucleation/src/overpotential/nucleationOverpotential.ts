import { LmbError } from "@lmb/errors";

/** Options of {@link nucleationOverpotential}. */
export interface NucleationOverpotentialOptions {
  /** |I| above this share of the largest |I| marks the plating step. @default 0.05 */
  onsetShare?: number;
  /** Share of the step (from its onset) searched for the voltage tip. @default 0.25 */
  tipShare?: number;
  /**
   * Plateau window as shares of the step time remaining after the tip.
   * @default { from: 0.25, to: 0.5 } — after the nucleation dip has relaxed, before end-of-step effects
   */
  plateauShare?: { from: number; to: number };
}

/** Result of {@link nucleationOverpotential} (voltages in V, times in s). */
export interface NucleationOverpotentialResult {
  /** η_nuc = |V_tip| − |V_plateau|, V. */
  nucleation: number;
  /** Plateau (growth) overpotential |V_plateau|, V. */
  plateau: number;
  /** Total spike |V_tip|, V. */
  tip: number;
  /** Voltage at the tip and its time. */
  tipVoltage: number;
  tipTime: number;
  /** Median voltage over the plateau window. */
  plateauVoltage: number;
  /** The plating step used: onset and end times, current sign (−1 = reduction at the WE). */
  step: { from: number; to: number; sign: 1 | -1; meanCurrent: number };
  /** Window searched for the tip and window of the plateau, s. */
  tipWindow: { from: number; to: number };
  plateauWindow: { from: number; to: number };
  /** Warnings (e.g. no dip: the tip is not beyond the plateau). */
  warnings: { code: `W_${string}`; message: string }[];
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function validate(
  time: ArrayLike<number>,
  voltage: ArrayLike<number>,
  current: ArrayLike<number>,
): void {
  const n = time.length;
  if (voltage.length !== n || current.length !== n) {
    throw new LmbError("E_LENGTH_MISMATCH", "time, voltage and current differ in length", {
      fix: "pass the columns of one record",
    });
  }
  for (let i = 0; i < n; i++) {
    if (
      !Number.isFinite(time[i] as number) ||
      !Number.isFinite(voltage[i] as number) ||
      !Number.isFinite(current[i] as number)
    ) {
      throw new LmbError("E_NON_FINITE_DATA", `point ${i} is not finite`, {
        location: { line: i + 1 },
        fix: "remove missing values from the record",
      });
    }
    if (i > 0 && (time[i] as number) < (time[i - 1] as number)) {
      throw new LmbError("E_NOT_MONOTONIC", `time runs backwards at point ${i}`, {
        location: { line: i + 1 },
        fix: "sort the record by time",
      });
    }
  }
}

/**
 * Nucleation overpotential of the first plating step of a galvanostatic record (Li‖Cu, Li‖Li or
 * any voltage–time trace with its current): the step starts where |I| first exceeds
 * `onsetShare`·max|I| and runs while the current keeps that sign; the voltage tip is the extreme
 * voltage in the current's direction (minimum for reduction at the working electrode) within
 * the first `tipShare` of the step; the plateau is the median voltage over `plateauShare` of
 * the time after the tip. η_nuc = |V_tip| − |V_plateau|, the plateau (growth) overpotential is
 * |V_plateau| and the total spike |V_tip| (report all three: which one enters CNT scaling is
 * not settled). Works with either sign convention because the direction comes from the current.
 *
 * Source: K. Yan et al., Nat. Energy 1 (2016) 16010 (tip minus plateau); A. Pei et al., Nano
 * Lett. 17 (2017) 1132. Reported: 44 mV on bare Li, ≈ 2 mV on a lithiophilic coating at
 * 0.5 mA cm⁻².
 *
 * @param time - s; @param voltage - V; @param current - A (or A m⁻²)
 * @throws LmbError `E_NO_PLATING_STEP` when the current is zero throughout; `E_INSUFFICIENT_DATA`
 *   for a step with too few points; `E_NOT_MONOTONIC`, `E_NON_FINITE_DATA`, `E_LENGTH_MISMATCH`.
 * @example
 * const r = nucleationOverpotential(data.columns.time, data.columns.voltage, data.columns.current);
 * r.nucleation; // 0.044 V
 */
export function nucleationOverpotential(
  time: ArrayLike<number>,
  voltage: ArrayLike<number>,
  current: ArrayLike<number>,
  options: NucleationOverpotentialOptions = {},
): NucleationOverpotentialResult {
  validate(time, voltage, current);
  const n = time.length;
  let peak = 0;
  for (let i = 0; i < n; i++) peak = Math.max(peak, Math.abs(current[i] as number));
  const threshold = (options.onsetShare ?? 0.05) * peak;
  let onset = -1;
  for (let i = 0; i < n; i++) {
    if (Math.abs(current[i] as number) > threshold && threshold > 0) {
      onset = i;
      break;
    }
  }
  if (onset < 0) {
    throw new LmbError("E_NO_PLATING_STEP", "the current is zero throughout: no plating step", {
      fix: "pass a galvanostatic record that includes the first plating step",
    });
  }
  const sign: 1 | -1 = (current[onset] as number) < 0 ? -1 : 1;
  let end = onset;
  let sum = 0;
  while (end < n && sign * (current[end] as number) > threshold) {
    sum += current[end] as number;
    end++;
  }
  const steps = end - onset;
  if (steps < 10) {
    throw new LmbError("E_INSUFFICIENT_DATA", `the first plating step has only ${steps} points`, {
      fix: "record the plating step with a finer interval (≥ 10 points; the tip needs resolving)",
    });
  }
  const t0 = time[onset] as number;
  const t1 = time[end - 1] as number;
  const tipEnd = t0 + (options.tipShare ?? 0.25) * (t1 - t0);
  let tip = onset;
  for (let i = onset; i < end && (time[i] as number) <= tipEnd; i++) {
    if (sign * (voltage[i] as number) > sign * (voltage[tip] as number)) tip = i;
  }
  const tTip = time[tip] as number;
  const share = options.plateauShare ?? { from: 0.25, to: 0.5 };
  const plateauWindow = {
    from: tTip + share.from * (t1 - tTip),
    to: tTip + share.to * (t1 - tTip),
  };
  const plateauValues: number[] = [];
  for (let i = tip; i < end; i++) {
    const t = time[i] as number;
    if (t >= plateauWindow.from && t <= plateauWindow.to) plateauValues.push(voltage[i] as number);
  }
  if (plateauValues.length < 3) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `only ${plateauValues.length} points in the plateau window`,
      {
        fix: "widen plateauShare or record the step with a finer interval",
      },
    );
  }
  const tipVoltage = voltage[tip] as number;
  const plateauVoltage = median(plateauValues);
  const warnings: NucleationOverpotentialResult["warnings"] = [];
  const nucleation = Math.abs(tipVoltage) - Math.abs(plateauVoltage);
  if (nucleation <= 0) {
    warnings.push({
      code: "W_NO_DIP",
      message:
        "the voltage tip does not exceed the plateau: no nucleation barrier resolved (η_nuc ≤ 0)",
    });
  }
  if (Math.sign(tipVoltage) !== Math.sign(plateauVoltage) && plateauVoltage !== 0) {
    warnings.push({
      code: "W_POLARITY",
      message: "the tip and the plateau have opposite signs: check that the step is plating",
    });
  }
  return {
    nucleation,
    plateau: Math.abs(plateauVoltage),
    tip: Math.abs(tipVoltage),
    tipVoltage,
    tipTime: tTip,
    plateauVoltage,
    step: { from: t0, to: t1, sign, meanCurrent: sum / steps },
    tipWindow: { from: t0, to: tipEnd },
    plateauWindow,
    warnings,
  };
}
