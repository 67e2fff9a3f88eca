import { fitStatistics } from "./fit-statistics.js";
import { createJacobianEvaluator } from "./jacobian-evaluator.js";
import { levenbergMarquardt } from "./levenberg-marquardt.js";
import { layoutParameters } from "./parameters.js";
import { resolveOptions } from "./resolve-options.js";
import type {
  LeastSquaresOptions,
  LeastSquaresResult,
  ParameterSpec,
  ResidualProblem,
} from "./types.js";
import { assertEnoughData } from "./validate-data.js";

/** A general least-squares problem: named parameters and a residual function (see {@link ResidualProblem}). */
export interface LeastSquaresProblem extends ResidualProblem {
  /** Parameters in the order the residual function reads them from `p`. */
  parameters: readonly ParameterSpec[];
}

/**
 * Fits parameters p by minimising χ² = Σ r_i(p)² with the Levenberg–Marquardt trust-region
 * method (Moré 1978, MINPACK `lmder`), honouring box bounds and fixed parameters, then reports
 * errors from the covariance s²·(JᵀJ)⁻¹ at the solution (s² = χ²/(n − p)), Student-t confidence
 * intervals, the correlation matrix, AIC/BIC, conditioning and why the search stopped.
 *
 * The residuals are taken as already weighted: r_i = √w_i·(f_i − y_i). For curves use
 * {@link fitCurve} or {@link fitComplexCurve}, which build them from data and weights.
 *
 * A fit that stops on `maxIterations`/`maxFunctionEvaluations` returns `converged: false` and a
 * `W_NOT_CONVERGED` warning; it never throws for that.
 *
 * @param problem - parameters, residual count n, residual function and optional Jacobian ∂r/∂p
 * @param options - tolerances, limits, finite-difference scheme, confidence level
 * @returns best-fit values and their statistics
 * @throws LmbError `E_INVALID_PARAMETERS`, `E_BOUNDS`, `E_INSUFFICIENT_DATA` (n < free parameters),
 *   `E_MODEL_NON_FINITE` (non-finite residuals at the start, in the Jacobian, or whenever the
 *   solver cannot step away from them), `E_INVALID_ARGUMENT` (options)
 * @example
 * const t = [0, 1, 2, 3], y = [2, 1.2, 0.75, 0.45];
 * const fit = fitLeastSquares({
 *   parameters: [{ name: "a", initial: 1 }, { name: "k", initial: 0.1, min: 0 }],
 *   residualCount: t.length,
 *   residuals: (p, out) => t.forEach((ti, i) => { out[i] = p[0] * Math.exp(-p[1] * ti) - y[i]; }),
 * });
 * fit.values.k; // ≈ 0.5 s⁻¹
 */
export function fitLeastSquares(
  problem: LeastSquaresProblem,
  options: LeastSquaresOptions = {},
): LeastSquaresResult {
  const settings = resolveOptions(options);
  const layout = layoutParameters(problem.parameters);
  const n = problem.residualCount;
  assertEnoughData(n, layout.free.length);
  const outcome = levenbergMarquardt(problem, layout, settings);
  // Jacobian at the solution, in the original parameters (bounds are never transformed).
  const jac = new Float64Array(n * layout.free.length);
  const jacobian = createJacobianEvaluator(problem, layout, settings.finiteDifference);
  const extraEvaluations = jacobian(outcome.x, outcome.r, jac);
  const stats = fitStatistics({
    layout,
    x: outcome.x,
    jac,
    residualCount: n,
    chiSquare: outcome.chiSquare,
    confidenceLevel: settings.confidenceLevel,
    scaleCovariance: settings.scaleCovariance,
  });
  if (!outcome.converged) {
    stats.warnings.unshift({
      code: "W_NOT_CONVERGED",
      message: `the fit stopped at "${outcome.reason}" before converging: the values are the best found, not a minimum`,
    });
  }
  return {
    ...stats,
    weightedResiduals: outcome.r,
    converged: outcome.converged,
    reason: outcome.reason,
    iterations: outcome.iterations,
    functionEvaluations: outcome.functionEvaluations + extraEvaluations,
    jacobianEvaluations: outcome.jacobianEvaluations + (problem.jacobian ? 1 : 0),
  };
}
