import { fitLeastSquares } from "./fit-least-squares.js";
import type { CurveFitResult, LeastSquaresOptions, ParameterSpec } from "./types.js";
import { assertFiniteData, assertLength, assertWeights } from "./validate-data.js";

/**
 * A real model f(x; p): writes f_i for every data point into `out` (length n). `p` holds all
 * parameters in the order of the parameter list, fixed ones included.
 */
export type CurveModel<X> = (p: Float64Array, x: X, out: Float64Array) => void;

/** ∂f_i/∂p_k for every point and parameter, written row-major n × P into `out` (`out[i·P + k]`). */
export type CurveJacobian<X> = (p: Float64Array, x: X, out: Float64Array) => void;

/** Data, model and parameters for {@link fitCurve}. */
export interface CurveFitProblem<X> {
  /**
   * Predictor(s), passed unchanged to the model: usually a `Float64Array` (then it must be finite
   * and as long as `y`), or any structure (several columns, a protocol…) the model understands.
   */
  x: X;
  /** Observations y_i, in the model's output units. */
  y: ArrayLike<number>;
  /** Weights w_i = 1/σ_i² (units 1/[y]²), each finite and > 0. @default all 1 */
  weights?: ArrayLike<number>;
  model: CurveModel<X>;
  /** Analytic Jacobian of the model; central finite differences when absent. */
  jacobian?: CurveJacobian<X>;
  parameters: readonly ParameterSpec[];
}

function isNumericArray(x: unknown): x is ArrayLike<number> {
  if (x instanceof Float64Array || x instanceof Float32Array) return true;
  return Array.isArray(x) && x.every((v) => typeof v === "number");
}

/**
 * Fits a real curve y ≈ f(x; p) by weighted least squares, minimising χ² = Σ w_i (y_i − f(x_i; p))²
 * with {@link fitLeastSquares} (Levenberg–Marquardt, bounds, fixed parameters), and returns the
 * fitted curve, residuals y − f and R² = 1 − χ²/Σ w_i (y_i − ȳ_w)² besides the statistics.
 *
 * @param problem - data (any units, consistent with the model), model, optional Jacobian, parameters
 * @param options - see {@link LeastSquaresOptions}
 * @throws LmbError `E_NON_FINITE_DATA` (naming the index), `E_LENGTH_MISMATCH`, `E_ZERO_WEIGHT`,
 *   `E_INVALID_WEIGHT`, `E_INSUFFICIENT_DATA`, `E_BOUNDS`, `E_MODEL_NON_FINITE`, …
 * @example
 * // Tafel-like: i = i0·exp(η/b), fitted on η in V and i in A m⁻²
 * const fit = fitCurve({
 *   x: eta, y: current,
 *   model: (p, x, out) => { for (let i = 0; i < x.length; i++) out[i] = p[0] * Math.exp(x[i] / p[1]); },
 *   parameters: [{ name: "i0", initial: 1, min: 0 }, { name: "b", initial: 0.05, min: 1e-3 }],
 * });
 * fit.values.b; fit.parameters[1].interval; fit.rSquared;
 */
export function fitCurve<X>(
  problem: CurveFitProblem<X>,
  options: LeastSquaresOptions = {},
): CurveFitResult {
  const { x, y, weights, model, jacobian, parameters } = problem;
  const n = y.length;
  assertFiniteData(y, "y");
  if (isNumericArray(x)) {
    assertLength(x.length, n, "x", "y");
    assertFiniteData(x, "x");
  }
  if (weights !== undefined) assertWeights(weights, n);
  const yv = Float64Array.from(y);
  const sw = new Float64Array(n).fill(1);
  if (weights !== undefined) for (let i = 0; i < n; i++) sw[i] = Math.sqrt(weights[i] as number);
  const P = parameters.length;
  const fit = fitLeastSquares(
    {
      parameters,
      residualCount: n,
      residuals: (p, out) => {
        model(p, x, out);
        for (let i = 0; i < n; i++)
          out[i] = (sw[i] as number) * ((out[i] as number) - (yv[i] as number));
      },
      ...(jacobian
        ? {
            jacobian: (p: Float64Array, out: Float64Array) => {
              jacobian(p, x, out);
              if (weights === undefined) return;
              for (let i = 0; i < n; i++) {
                const s = sw[i] as number;
                for (let k = 0; k < P; k++) out[i * P + k] = s * (out[i * P + k] as number);
              }
            },
          }
        : {}),
    },
    options,
  );
  const curve = new Float64Array(n);
  model(
    Float64Array.from(parameters, (spec) => fit.values[spec.name] as number),
    x,
    curve,
  );
  const residuals = new Float64Array(n);
  let wsum = 0;
  let wy = 0;
  for (let i = 0; i < n; i++) {
    residuals[i] = (yv[i] as number) - (curve[i] as number);
    const w = (sw[i] as number) ** 2;
    wsum += w;
    wy += w * (yv[i] as number);
  }
  const mean = wy / wsum;
  let total = 0;
  for (let i = 0; i < n; i++) total += (sw[i] as number) ** 2 * ((yv[i] as number) - mean) ** 2;
  return { ...fit, curve, residuals, rSquared: 1 - fit.chiSquare / total };
}
