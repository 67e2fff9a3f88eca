/**
 * Linear regression: straight lines (ordinary, weighted, through the origin), polynomials and
 * general multiple linear least squares, with standard errors, confidence intervals,
 * covariance, R², χ² and AIC/BIC. Certified against the NIST StRD linear datasets.
 *
 * @packageDocumentation
 */
export { informationCriteria } from "./information-criteria.js";
export {
  type LinearLeastSquaresOptions,
  type LinearLeastSquaresResult,
  linearLeastSquares,
} from "./linear-least-squares.js";
export {
  type LinearRegressionOptions,
  type LinearRegressionResult,
  linearRegression,
} from "./linear-regression.js";
export { type PolynomialRegressionOptions, polynomialRegression } from "./polynomial-regression.js";
export type { NumericArray } from "./validate.js";
