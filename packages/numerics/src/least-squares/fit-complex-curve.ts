import { LmbError } from "@lmb/errors";
import { fitLeastSquares } from "./fit-least-squares.js";
import type { ComplexCurveFitResult, LeastSquaresOptions, ParameterSpec } from "./types.js";
import { assertFiniteData, assertLength, assertWeights } from "./validate-data.js";

/**
 * A complex model f(x; p) = f′ + j·f″: writes the real parts into `outRe` and the imaginary parts
 * into `outIm` (length N each). `p` holds all parameters in the order given, fixed ones included.
 */
export type ComplexCurveModel<X> = (
  p: Float64Array,
  x: X,
  outRe: Float64Array,
  outIm: Float64Array,
) => void;

/** ∂Re f_i/∂p_k and ∂Im f_i/∂p_k, each row-major N × P (`outRe[i·P + k]`). */
export type ComplexCurveJacobian<X> = (
  p: Float64Array,
  x: X,
  outRe: Float64Array,
  outIm: Float64Array,
) => void;

/**
 * Built-in weighting of complex data when no `weights` are given:
 * `"unit"` w_i = 1; `"modulus"` w_i = 1/|y_i|² (relative errors, Boukamp's modulus weighting).
 */
export type ComplexWeighting = "unit" | "modulus";

/** Data, model and parameters for {@link fitComplexCurve}. */
export interface ComplexCurveFitProblem<X> {
  /** Predictor(s) passed to the model, e.g. angular frequencies ω in rad s⁻¹. */
  x: X;
  /** Real parts of the observations, e.g. Z′ in Ω. */
  yRe: ArrayLike<number>;
  /** Imaginary parts of the observations, e.g. Z″ in Ω (sign as the model returns it). */
  yIm: ArrayLike<number>;
  /** Weight w_i = 1/σ_i² per complex point, applied to both parts. Excludes `weighting`. */
  weights?: ArrayLike<number>;
  /** Weighting computed from the data when `weights` are absent. @default "unit" */
  weighting?: ComplexWeighting;
  model: ComplexCurveModel<X>;
  /** Analytic Jacobian; central finite differences when absent. */
  jacobian?: ComplexCurveJacobian<X>;
  parameters: readonly ParameterSpec[];
}

function complexWeights(
  problem: ComplexCurveFitProblem<unknown>,
  yRe: ArrayLike<number>,
  yIm: ArrayLike<number>,
): Float64Array | undefined {
  const { weights, weighting = "unit" } = problem;
  const n = yRe.length;
  if (weights !== undefined) {
    if (problem.weighting !== undefined && problem.weighting !== "unit") {
      throw new LmbError("E_INVALID_ARGUMENT", `both weights and weighting "${weighting}" given`, {
        location: { source: "weighting" },
        fix: "give either explicit weights or a weighting rule",
      });
    }
    assertWeights(weights, n);
    return Float64Array.from(weights);
  }
  if (weighting === "unit") return undefined;
  if (weighting !== "modulus") {
    throw new LmbError("E_INVALID_ARGUMENT", `unknown weighting "${weighting}"`, {
      location: { source: "weighting" },
      fix: 'use "unit" or "modulus"',
    });
  }
  const w = Float64Array.from({ length: n }, (_, i) => {
    const re = yRe[i] as number;
    const im = yIm[i] as number;
    return 1 / (re * re + im * im);
  });
  assertWeights(w, n, "modulus weights");
  return w;
}

/**
 * Fits a complex-valued curve y ≈ f(x; p) (impedance spectra, admittances…) by stacking real and
 * imaginary parts as 2N real residuals, minimising
 * χ² = Σ w_i [(Re y_i − Re f_i)² + (Im y_i − Im f_i)²] with {@link fitLeastSquares}.
 * n = 2N in the statistics (degrees of freedom 2N − p, AIC/BIC).
 *
 * @param problem - data (consistent units, e.g. Ω), complex model, optional Jacobian, parameters
 * @param options - see {@link LeastSquaresOptions}
 * @throws LmbError `E_NON_FINITE_DATA`, `E_LENGTH_MISMATCH`, `E_ZERO_WEIGHT`, `E_INVALID_WEIGHT`,
 *   `E_INSUFFICIENT_DATA`, `E_BOUNDS`, `E_MODEL_NON_FINITE`, `E_INVALID_ARGUMENT`
 * @example
 * // R0 + R1/(1 + jωR1C1) on angular frequencies w (rad/s)
 * const fit = fitComplexCurve({
 *   x: w, yRe: zRe, yIm: zIm, weighting: "modulus",
 *   model: (p, w, re, im) => {
 *     for (let i = 0; i < w.length; i++) {
 *       const a = w[i] * p[1] * p[2], d = 1 + a * a;
 *       re[i] = p[0] + p[1] / d; im[i] = (-p[1] * a) / d;
 *     }
 *   },
 *   parameters: [{ name: "R0", initial: 10, min: 0 }, { name: "R1", initial: 100, min: 0 }, { name: "C1", initial: 1e-6, min: 0 }],
 * });
 */
export function fitComplexCurve<X>(
  problem: ComplexCurveFitProblem<X>,
  options: LeastSquaresOptions = {},
): ComplexCurveFitResult {
  const { x, yRe, yIm, model, jacobian, parameters } = problem;
  const n = yRe.length;
  assertLength(yIm.length, n, "yIm", "yRe");
  assertFiniteData(yRe, "yRe");
  assertFiniteData(yIm, "yIm");
  if (x instanceof Float64Array || Array.isArray(x)) {
    assertLength((x as ArrayLike<number>).length, n, "x", "yRe");
    assertFiniteData(x as ArrayLike<number>, "x");
  }
  const w = complexWeights(problem as ComplexCurveFitProblem<unknown>, yRe, yIm);
  const re = Float64Array.from(yRe);
  const im = Float64Array.from(yIm);
  const sw = new Float64Array(n).fill(1);
  if (w !== undefined) for (let i = 0; i < n; i++) sw[i] = Math.sqrt(w[i] as number);
  const P = parameters.length;
  const fRe = new Float64Array(n);
  const fIm = new Float64Array(n);
  const jRe = new Float64Array(n * P);
  const jIm = new Float64Array(n * P);
  const fit = fitLeastSquares(
    {
      parameters,
      residualCount: 2 * n,
      residuals: (p, out) => {
        model(p, x, fRe, fIm);
        for (let i = 0; i < n; i++) {
          const s = sw[i] as number;
          out[2 * i] = s * ((fRe[i] as number) - (re[i] as number));
          out[2 * i + 1] = s * ((fIm[i] as number) - (im[i] as number));
        }
      },
      ...(jacobian
        ? {
            jacobian: (p: Float64Array, out: Float64Array) => {
              jacobian(p, x, jRe, jIm);
              for (let i = 0; i < n; i++) {
                const s = sw[i] as number;
                const row = 2 * i * P;
                for (let k = 0; k < P; k++) {
                  out[row + k] = s * (jRe[i * P + k] as number);
                  out[row + P + k] = s * (jIm[i * P + k] as number);
                }
              }
            },
          }
        : {}),
    },
    options,
  );
  const curveRe = new Float64Array(n);
  const curveIm = new Float64Array(n);
  model(
    Float64Array.from(parameters, (spec) => fit.values[spec.name] as number),
    x,
    curveRe,
    curveIm,
  );
  const residualsRe = new Float64Array(n);
  const residualsIm = new Float64Array(n);
  let wsum = 0;
  let wre = 0;
  let wim = 0;
  for (let i = 0; i < n; i++) {
    residualsRe[i] = (re[i] as number) - (curveRe[i] as number);
    residualsIm[i] = (im[i] as number) - (curveIm[i] as number);
    const wi = (sw[i] as number) ** 2;
    wsum += wi;
    wre += wi * (re[i] as number);
    wim += wi * (im[i] as number);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const wi = (sw[i] as number) ** 2;
    total += wi * (((re[i] as number) - wre / wsum) ** 2 + ((im[i] as number) - wim / wsum) ** 2);
  }
  return {
    ...fit,
    curveRe,
    curveIm,
    residualsRe,
    residualsIm,
    rSquared: 1 - fit.chiSquare / total,
  };
}
