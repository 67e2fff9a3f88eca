import { LmbError } from "@lmb/errors";
import { linearRegression } from "@lmb/numerics";

/**
 * How a constant background current (side reactions such as SEI formation on fresh Li, or
 * electrolyte reduction) is removed before the Scharifker–Hills analysis, which assumes all
 * current builds nuclei:
 * - `"none"`: no correction (default);
 * - `{ value }`: subtract a known background current density, A m⁻² (same sign as the deposition
 *   current magnitude, e.g. measured on a blank);
 * - `"cottrell-tail"`: fit j = a·t^−½ + b to the tail t ≥ 4·t_m, where every SH/SM model has reached
 *   the Cottrell current (the instantaneous bracket 1 − e^{−1.2564·t/t_m} is within 0.7 % of 1
 *   there), and subtract b.
 */
export type TransientBaseline = "none" | "cottrell-tail" | { value: number };

/**
 * The background current density (A m⁻²) for the chosen {@link TransientBaseline} rule, given a
 * first estimate of t_m.
 *
 * @throws LmbError `E_INSUFFICIENT_DATA` when the tail after 4·t_m has fewer than 5 points.
 * @example
 * baselineCurrent(t, j, "cottrell-tail", 2.0); // b of j = a·t^−½ + b over t ≥ 8 s
 */
export function baselineCurrent(
  time: Float64Array,
  current: Float64Array,
  rule: TransientBaseline,
  tm: number,
): number {
  if (rule === "none") return 0;
  if (typeof rule === "object") {
    if (!Number.isFinite(rule.value)) {
      throw new LmbError("E_INVALID_ARGUMENT", "the baseline value is not finite", {
        fix: "give the background current density in A m⁻²",
      });
    }
    return rule.value;
  }
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < time.length; i++) {
    const t = time[i] as number;
    if (t >= 4 * tm) {
      x.push(1 / Math.sqrt(t));
      y.push(current[i] as number);
    }
  }
  if (x.length < 5) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `the Cottrell-tail baseline needs at least 5 points after 4·t_m = ${(4 * tm).toPrecision(3)} s, got ${x.length}`,
      { fix: "record the transient longer, or give the baseline as a value" },
    );
  }
  return linearRegression(x, y).intercept;
}
