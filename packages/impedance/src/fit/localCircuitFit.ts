import { fitLeastSquares, type LeastSquaresOptions, type LeastSquaresResult } from "@lmb/numerics";
import type { BoundCircuit, Circuit } from "../circuit/compileCircuit.js";
import type { CheckedImpedanceData } from "./impedanceData.js";
import type { ParameterPlan } from "./resolveParameters.js";

/** One local fit: the solver's result (in the fitted parameterization) and the values p. */
export interface LocalCircuitFit {
  result: LeastSquaresResult;
  /** All parameters at the solution, SI units. */
  values: Float64Array;
  /** dp/dθ per parameter: p for log-fitted ones, 1 otherwise (0 for fixed). */
  scale: Float64Array;
}

/** Buffers a local fit reuses; make one per (circuit, data) and pass it to every start. */
export interface LocalFitWorkspace {
  /** The circuit bound to the spectrum's frequencies. */
  model: BoundCircuit;
  re: Float64Array;
  im: Float64Array;
  jRe: Float64Array;
  jIm: Float64Array;
  p: Float64Array;
}

/**
 * Binds the circuit to the spectrum's angular frequencies and allocates the buffers of
 * {@link localCircuitFit}.
 *
 * @example
 * const work = createLocalFitWorkspace(circuit, data.omega);
 */
export function createLocalFitWorkspace(circuit: Circuit, omega: Float64Array): LocalFitWorkspace {
  const n = omega.length;
  const parameterCount = circuit.parameters.length;
  return {
    model: circuit.bind(omega),
    re: new Float64Array(n),
    im: new Float64Array(n),
    jRe: new Float64Array(n * parameterCount),
    jIm: new Float64Array(n * parameterCount),
    p: new Float64Array(parameterCount),
  };
}

/**
 * Runs one Levenberg–Marquardt fit (`fitLeastSquares` of `@lmb/numerics`) of a circuit to a
 * spectrum from `start`, minimising χ² = Σ[((Z′_fit − Z′)/σ′)² + ((Z″_fit − Z″)/σ″)²] over the 2N
 * stacked residuals with the circuit's analytic Jacobian.
 *
 * Parameters flagged `log` in the plan are fitted as θ = ln p (∂r/∂θ = p·∂r/∂p): positive by
 * construction, scale-free, and — on impedance.py's reference problem — the route to the true
 * local minimum (research/eis.md §2.5). Their bounds map to ln bounds.
 *
 * @param start - all parameters (fixed ones at their values), SI units
 * @throws LmbError from `fitLeastSquares`, e.g. `E_MODEL_NON_FINITE` at an impossible start
 * @example
 * const fit = localCircuitFit(circuit, data, sigmas, plan, plan.initial, createLocalFitWorkspace(circuit, data.omega), {});
 */
export function localCircuitFit(
  circuit: Circuit,
  data: CheckedImpedanceData,
  sigma: { re: Float64Array; im: Float64Array },
  plan: ParameterPlan,
  start: Float64Array,
  work: LocalFitWorkspace,
  options: LeastSquaresOptions,
): LocalCircuitFit {
  const { zReal, zImag } = data;
  const n = zReal.length;
  const P = circuit.parameters.length;
  const { model, re, im, jRe, jIm, p } = work;
  const { log } = plan;
  const invRe = Float64Array.from(sigma.re, (s) => 1 / s);
  const invIm = Float64Array.from(sigma.im, (s) => 1 / s);
  const toValues = (t: Float64Array) => {
    for (let k = 0; k < P; k++) p[k] = log[k] === 1 ? Math.exp(t[k] as number) : (t[k] as number);
  };
  const parameters = circuit.parameters.map((spec, k) => {
    const lo = plan.lower[k] as number;
    const hi = plan.upper[k] as number;
    const x = start[k] as number;
    if (log[k] === 1) {
      return {
        name: spec.name,
        initial: Math.log(x),
        min: lo > 0 ? Math.log(lo) : Number.NEGATIVE_INFINITY,
        max: Number.isFinite(hi) ? Math.log(hi) : Number.POSITIVE_INFINITY,
      };
    }
    return { name: spec.name, initial: x, min: lo, max: hi, fixed: plan.fixed[k] === 1 };
  });
  // Residuals are evaluated with the Jacobian, which is kept for the solver's next Jacobian
  // request at the same point (an accepted step): one model pass per iteration instead of two.
  const cachedAt = new Float64Array(P).fill(Number.NaN);
  const multiplier = new Float64Array(P);
  const evaluate = (t: Float64Array) => {
    toValues(t);
    model.impedanceAndJacobian(p, re, im, jRe, jIm);
    cachedAt.set(t);
    for (let k = 0; k < P; k++) multiplier[k] = log[k] === 1 ? (p[k] as number) : 1;
  };
  const result = fitLeastSquares(
    {
      parameters,
      residualCount: 2 * n,
      residuals: (t, out) => {
        evaluate(t);
        for (let i = 0; i < n; i++) {
          out[2 * i] = ((re[i] as number) - (zReal[i] as number)) * (invRe[i] as number);
          out[2 * i + 1] = ((im[i] as number) - (zImag[i] as number)) * (invIm[i] as number);
        }
      },
      jacobian: (t, out) => {
        let same = true;
        for (let k = 0; k < P; k++) if (t[k] !== cachedAt[k]) same = false;
        if (!same) evaluate(t);
        for (let i = 0; i < n; i++) {
          const a = invRe[i] as number;
          const b = invIm[i] as number;
          const rowRe = 2 * i * P;
          const rowIm = rowRe + P;
          const src = i * P;
          for (let k = 0; k < P; k++) {
            const s = multiplier[k] as number;
            out[rowRe + k] = a * s * (jRe[src + k] as number);
            out[rowIm + k] = b * s * (jIm[src + k] as number);
          }
        }
      },
    },
    options,
  );
  const theta = Float64Array.from(circuit.parameters, (spec) => result.values[spec.name] as number);
  toValues(theta);
  const values = Float64Array.from(p);
  // exp(ln b) need not return b exactly: snap log parameters that ended on a bound.
  result.parameters.forEach((fitted, k) => {
    if (log[k] !== 1 || fitted.atBound === undefined) return;
    values[k] = fitted.atBound === "min" ? (plan.lower[k] as number) : (plan.upper[k] as number);
  });
  const scale = Float64Array.from(values, (v, k) =>
    plan.fixed[k] === 1 ? 0 : log[k] === 1 ? v : 1,
  );
  return { result, values, scale };
}
