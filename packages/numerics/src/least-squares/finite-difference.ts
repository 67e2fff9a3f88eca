import { LmbError } from "@lmb/errors";
import type { FiniteDifferenceMethod } from "./types.js";

/** Everything {@link finiteDifferenceJacobian} needs besides the point. */
export interface FiniteDifferenceSetup {
  residuals: (p: Float64Array, out: Float64Array) => void;
  residualCount: number;
  free: Int32Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Starting values (the scale of a parameter that is currently 0). */
  initial: Float64Array;
  /** User steps (0 = automatic). */
  steps: Float64Array;
  method: FiniteDifferenceMethod;
  names: string[];
  /** Scratch, length n each. */
  plus: Float64Array;
  minus: Float64Array;
}

const CBRT_EPS = Math.cbrt(Number.EPSILON);
const SQRT_EPS = Math.sqrt(Number.EPSILON);

function allFinite(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i] as number)) return false;
  return true;
}

/**
 * Finite-difference Jacobian ∂r_i/∂p_j of the residuals over the free parameters, written
 * row-major (n × m) into `jac`.
 *
 * Central: (r(p + h e_j) − r(p − h e_j)) / 2h with h = ε^(1/3)·|p_j|, truncation O(h²).
 * Forward: (r(p + h e_j) − r(p)) / h with h = √ε·|p_j|. |p_j| is replaced by |initial_j|, then 1,
 * when zero; a user `step` overrides h. Near a bound the scheme turns one-sided so the model is
 * never evaluated outside [min, max]; when one side gives non-finite residuals the other is used.
 * Source: Nocedal & Wright, *Numerical Optimization*, 2nd ed., §8.1.
 *
 * @param x - all parameters (restored on return)
 * @param r0 - residuals at x
 * @returns number of residual evaluations used
 * @throws LmbError `E_MODEL_NON_FINITE` when neither side gives finite residuals
 * @example
 * const evaluations = finiteDifferenceJacobian(setup, x, r0, jac);
 */
export function finiteDifferenceJacobian(
  s: FiniteDifferenceSetup,
  x: Float64Array,
  r0: Float64Array,
  jac: Float64Array,
): number {
  const { free, lower, upper, residuals, plus, minus, residualCount: n } = s;
  const m = free.length;
  let evaluations = 0;
  for (let j = 0; j < m; j++) {
    const k = free[j] as number;
    const xk = x[k] as number;
    const scale =
      xk !== 0 ? Math.abs(xk) : s.initial[k] !== 0 ? Math.abs(s.initial[k] as number) : 1;
    const userStep = s.steps[k] as number;
    const central = s.method === "central";
    let h = userStep > 0 ? userStep : (central ? CBRT_EPS : SQRT_EPS) * scale;
    const lo = lower[k] as number;
    const hi = upper[k] as number;
    const roomUp = hi - xk;
    const roomDown = xk - lo;
    if (roomUp < h && roomDown < h) h = Math.max(roomUp, roomDown);
    let hPlus = roomUp >= h ? h : 0;
    let hMinus = roomDown >= h ? h : 0;
    if (!central && hPlus > 0) hMinus = 0;
    if (!central && hPlus === 0) hMinus = h;
    let okPlus = false;
    let okMinus = false;
    if (hPlus > 0) {
      x[k] = xk + hPlus;
      hPlus = (x[k] as number) - xk;
      residuals(x, plus);
      evaluations++;
      okPlus = allFinite(plus);
    }
    if (hMinus > 0 || (!okPlus && roomDown >= h)) {
      hMinus = hMinus > 0 ? hMinus : h;
      x[k] = xk - hMinus;
      hMinus = xk - (x[k] as number);
      residuals(x, minus);
      evaluations++;
      okMinus = allFinite(minus);
    }
    x[k] = xk;
    if (okPlus && okMinus) {
      const span = hPlus + hMinus;
      for (let i = 0; i < n; i++) {
        jac[i * m + j] = ((plus[i] as number) - (minus[i] as number)) / span;
      }
    } else if (okPlus) {
      for (let i = 0; i < n; i++)
        jac[i * m + j] = ((plus[i] as number) - (r0[i] as number)) / hPlus;
    } else if (okMinus) {
      for (let i = 0; i < n; i++)
        jac[i * m + j] = ((r0[i] as number) - (minus[i] as number)) / hMinus;
    } else {
      throw new LmbError(
        "E_MODEL_NON_FINITE",
        `the model gives non-finite values when parameter "${s.names[k]}" moves by ±${h} from ${xk}`,
        {
          fix: "check the model's domain (logs, roots, divisions) or give the parameter bounds or a `step`",
          details: { parameter: s.names[k], value: xk, step: h },
        },
      );
    }
  }
  return evaluations;
}
