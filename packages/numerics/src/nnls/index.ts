/**
 * Non-negative and regularised linear least squares: Lawson–Hanson NNLS with an optional Tikhonov
 * term and free variables, minimum-norm least squares (complete orthogonal decomposition, = pinv),
 * a symmetric eigensolver, and the Tikhonov family x(λ) with generalised cross-validation.
 *
 * Error codes: `E_INVALID_ARGUMENT`, `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`, `E_SINGULAR`,
 * `E_NOT_CONVERGED`.
 *
 * @packageDocumentation
 */
export {
  type MinimumNormLeastSquaresOptions,
  type MinimumNormLeastSquaresResult,
  minimumNormLeastSquares,
} from "./minimum-norm-least-squares.js";
export {
  type NnlsOptions,
  type NnlsProblem,
  type NnlsResult,
  type NnlsTikhonov,
  nnls,
} from "./nnls.js";
export {
  type SelectLambdaOptions,
  type SelectLambdaResult,
  selectLambdaByGcv,
} from "./select-lambda.js";
export { type SymmetricEigenResult, symmetricEigen } from "./symmetric-eigen.js";
export {
  createTikhonovFamily,
  type TikhonovFamily,
  type TikhonovProblem,
} from "./tikhonov-family.js";
