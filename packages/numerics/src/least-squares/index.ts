/**
 * Nonlinear least squares: Levenberg–Marquardt (Moré's trust-region form) with box bounds, fixed
 * parameters, weights, analytic or finite-difference Jacobians, real and complex residuals, and
 * the statistics a fit should carry (covariance, standard errors, Student-t intervals,
 * correlation, χ², R², AIC/BIC, conditioning, stop reason). Certified against the 27 NIST StRD
 * nonlinear regression problems.
 *
 * Error codes: `E_INVALID_PARAMETERS`, `E_BOUNDS`, `E_NON_FINITE_DATA`, `E_LENGTH_MISMATCH`,
 * `E_ZERO_WEIGHT`, `E_INVALID_WEIGHT`, `E_INSUFFICIENT_DATA`, `E_MODEL_NON_FINITE`,
 * `E_INVALID_ARGUMENT`. Warning codes on results: `W_NOT_CONVERGED`, `W_SINGULAR`,
 * `W_ILL_CONDITIONED`, `W_AT_BOUND`, `W_NO_DOF`.
 *
 * @packageDocumentation
 */
export {
  type ComplexCurveFitProblem,
  type ComplexCurveJacobian,
  type ComplexCurveModel,
  type ComplexWeighting,
  fitComplexCurve,
} from "./fit-complex-curve.js";
export {
  type CurveFitProblem,
  type CurveJacobian,
  type CurveModel,
  fitCurve,
} from "./fit-curve.js";
export { fitLeastSquares, type LeastSquaresProblem } from "./fit-least-squares.js";
export type {
  ComplexCurveFitResult,
  CurveFitResult,
  FiniteDifferenceMethod,
  FittedParameter,
  FitWarning,
  Identifiability,
  LeastSquaresOptions,
  LeastSquaresResult,
  NamedMatrix,
  ParameterSpec,
  ResidualProblem,
  StopReason,
} from "./types.js";
