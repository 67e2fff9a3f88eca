import type { Rng } from "@lmb/numerics";
import type { Circuit } from "../circuit/compileCircuit.js";
import type { ParameterPlan } from "./resolveParameters.js";

/**
 * Draws a multi-start starting point around `center`: each free log-scaled parameter multiplied
 * by 10^U(−1, 1) (one decade either way), each linear one (exponents) drawn from its sampling
 * range; all clamped into their bounds. Fixed parameters keep their values.
 *
 * @example
 * const start = sampleStart(circuit, plan, plan.initial, createRng(1));
 */
export function sampleStart(
  circuit: Circuit,
  plan: ParameterPlan,
  center: Float64Array,
  rng: Rng,
): Float64Array {
  const out = Float64Array.from(center);
  circuit.parameters.forEach((spec, k) => {
    if (plan.fixed[k] === 1) return;
    const lo = plan.lower[k] as number;
    const hi = plan.upper[k] as number;
    let v: number;
    if (spec.sampling.kind === "log") {
      v = (center[k] as number) * 10 ** rng.uniformRange(-1, 1);
    } else {
      const a = Math.max(spec.sampling.low, lo);
      const b = Math.min(spec.sampling.high, hi);
      v = a < b ? rng.uniformRange(a, b) : (center[k] as number);
    }
    v = Math.min(Math.max(v, lo), hi);
    if (plan.log[k] === 1 && !(v > 0)) v = center[k] as number;
    out[k] = v;
  });
  return out;
}
