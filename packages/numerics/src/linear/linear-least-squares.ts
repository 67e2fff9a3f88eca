import { LmbError } from "@lmb/errors";
import { Matrix, QrDecomposition } from "ml-matrix";
import { normalQuantile } from "../distributions/normal.js";
import { studentTQuantile } from "../distributions/student-t.js";
import { informationCriteria } from "./information-criteria.js";
import {
  checkConfidenceLevel,
  checkEnoughPoints,
  checkSameLength,
  checkWeights,
  findNonFinite,
  type NumericArray,
} from "./validate.js";

/** Options of {@link linearLeastSquares}. */
export interface LinearLeastSquaresOptions {
  /** Weights w_i = 1/σ_i² (> 0, finite). Omitted: all 1. */
  weights?: NumericArray;
  /** Prepend a constant column, so that coefficients[0] is the intercept. @default true */
  intercept?: boolean;
  /** Two-sided confidence level of the intervals. @default 0.95 */
  confidenceLevel?: number;
  /** Scale the covariance by s² = χ²/(n − p) (see {@link LinearRegressionOptions}). @default true */
  scaleCovariance?: boolean;
}

/** Result of {@link linearLeastSquares} and {@link polynomialRegression}. */
export interface LinearLeastSquaresResult {
  /** β: the intercept first (if any), then one coefficient per column. */
  coefficients: Float64Array;
  /** √diag(Cov β). */
  standardErrors: Float64Array;
  /** β_j ± t·SE_j at {@link confidenceLevel}. */
  intervals: [number, number][];
  /** Covariance matrix of β, s²·(XᵀWX)⁻¹ (p × p, row arrays). */
  covariance: number[][];
  /** Correlation matrix of β. */
  correlation: number[][];
  /** y_i − ŷ_i. */
  residuals: Float64Array;
  /** χ² = Σ w_i (y_i − ŷ_i)². */
  chiSquared: number;
  /** χ²/dof = s². */
  reducedChiSquared: number;
  /** s = √(χ²/dof). */
  residualStandardDeviation: number;
  /** 1 − χ²/Σw(y − ȳ)² (uncentred Σw·y² without intercept). */
  rSquared: number;
  /** 1 − (1 − R²)(n − 1)/dof (n/dof without intercept). */
  adjustedRSquared: number;
  /** n·ln(χ²/n) + 2p. */
  aic: number;
  /** n·ln(χ²/n) + p·ln n. */
  bic: number;
  n: number;
  /** Number of fitted coefficients p. */
  parameters: number;
  /** n − p. */
  dof: number;
  confidenceLevel: number;
  /** t_{(1+level)/2, dof} (z when the covariance is unscaled). */
  criticalValue: number;
}

/** Inverse of an upper-triangular p × p matrix by back substitution. */
function invertUpper(r: Matrix, p: number): Float64Array {
  const inv = new Float64Array(p * p);
  for (let j = p - 1; j >= 0; j--) {
    inv[j * p + j] = 1 / r.get(j, j);
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += r.get(i, k) * inv[k * p + j]!;
      inv[i * p + j] = -s / r.get(i, i);
    }
  }
  return inv;
}

/**
 * General weighted linear least squares y ≈ X·β for a design given as columns, with the
 * statistics of {@link linearRegression} for every coefficient.
 *
 * Method: the columns are scaled to unit weighted norm (equilibration), factorized
 * √W·X·D⁻¹ = Q·R by Householder QR (ml-matrix), solved, then improved by one step of
 * iterative refinement on the residual. Cov β = s²·D⁻¹R⁻¹R⁻ᵀD⁻¹, s² = χ²/(n − p).
 * Never forms XᵀX, so it keeps ~8+ digits on NIST Longley, Wampler1–5 and, via
 * {@link polynomialRegression}'s centring, Filip.
 *
 * Errors: `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`, `E_INVALID_WEIGHTS`,
 * `E_INSUFFICIENT_DATA` (n ≤ p), `E_SINGULAR` (columns linearly dependent to working
 * precision: |R_jj| < 1e-13·max|R_kk|).
 *
 * Source: Å. Björck, Numerical Methods for Least Squares Problems (1996) §2.4, §2.9;
 * NIST StRD linear regression certification.
 *
 * @param columns - the regressors, one array of n values per column (any units)
 * @param y - responses (n values)
 * @param options - weights, intercept, confidence level, covariance scaling
 * @returns coefficients with standard errors, intervals, covariance and fit statistics
 * @example
 * // y = b0 + b1·x1 + b2·x2
 * const fit = linearLeastSquares([x1, x2], y);
 * fit.coefficients; // [b0, b1, b2]
 */
export function linearLeastSquares(
  columns: readonly NumericArray[],
  y: NumericArray,
  options: LinearLeastSquaresOptions = {},
): LinearLeastSquaresResult {
  const { weights, intercept = true, confidenceLevel = 0.95, scaleCovariance = true } = options;
  checkConfidenceLevel(confidenceLevel);
  const n = y.length;
  findNonFinite(y, "y");
  columns.forEach((column, j) => {
    checkSameLength(column, y, [`columns[${j}]`, "y"]);
    findNonFinite(column, `columns[${j}]`);
  });
  if (weights !== undefined) {
    checkSameLength(weights, y, ["weights", "y"]);
    checkWeights(weights);
  }
  const design: NumericArray[] = intercept
    ? [new Float64Array(n).fill(1), ...columns]
    : [...columns];
  const p = design.length;
  if (p === 0) {
    throw new LmbError("E_INSUFFICIENT_DATA", "no columns to fit", {
      fix: "pass at least one column, or intercept: true",
    });
  }
  checkEnoughPoints(n, p);
  const dof = n - p;

  const sqrtW = new Float64Array(n);
  for (let i = 0; i < n; i++) sqrtW[i] = weights === undefined ? 1 : Math.sqrt(weights[i]!);
  const norms = new Float64Array(p);
  const a = new Matrix(n, p);
  for (let j = 0; j < p; j++) {
    const col = design[j]!;
    let s = 0;
    for (let i = 0; i < n; i++) s += (sqrtW[i]! * col[i]!) ** 2;
    const norm = Math.sqrt(s);
    if (!(norm > 0))
      throw new LmbError("E_SINGULAR", `column ${j} is all zeros`, { fix: "drop it" });
    norms[j] = norm;
    for (let i = 0; i < n; i++) a.set(i, j, (sqrtW[i]! * col[i]!) / norm);
  }
  const qr = new QrDecomposition(a);
  const r = qr.upperTriangularMatrix;
  let rMax = 0;
  for (let j = 0; j < p; j++) rMax = Math.max(rMax, Math.abs(r.get(j, j)));
  for (let j = 0; j < p; j++) {
    if (!(Math.abs(r.get(j, j)) > 1e-13 * rMax)) {
      throw new LmbError("E_SINGULAR", `the design columns are linearly dependent (column ${j})`, {
        fix: "remove redundant columns (or centre/scale x for high-degree polynomials)",
        details: { column: j },
      });
    }
  }

  const coefficients = new Float64Array(p);
  const residuals = new Float64Array(n);
  const rhs = new Matrix(n, 1);
  const computeResiduals = (): void => {
    for (let i = 0; i < n; i++) {
      let fit = 0;
      for (let j = 0; j < p; j++) fit += coefficients[j]! * design[j]![i]!;
      residuals[i] = y[i]! - fit;
      rhs.set(i, 0, sqrtW[i]! * residuals[i]!);
    }
  };
  // Solve, then one step of iterative refinement: β += (√W X)⁺ (√W r).
  computeResiduals();
  for (let pass = 0; pass < 2; pass++) {
    const z = qr.solve(rhs);
    for (let j = 0; j < p; j++) coefficients[j] = coefficients[j]! + z.get(j, 0) / norms[j]!;
    computeResiduals();
  }

  let chiSquared = 0;
  let sumW = 0;
  let sumWy = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    chiSquared += w * residuals[i]! ** 2;
    sumW += w;
    sumWy += w * y[i]!;
  }
  const yMean = intercept ? sumWy / sumW : 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    total += w * (y[i]! - yMean) ** 2;
  }

  const reducedChiSquared = chiSquared / dof;
  const s2 = scaleCovariance ? reducedChiSquared : 1;
  const rInv = invertUpper(r, p);
  const covariance: number[][] = [];
  for (let i = 0; i < p; i++) {
    const row: number[] = [];
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += rInv[i * p + k]! * rInv[j * p + k]!;
      row.push((s2 * s) / (norms[i]! * norms[j]!));
    }
    covariance.push(row);
  }
  const standardErrors = new Float64Array(p);
  for (let j = 0; j < p; j++) standardErrors[j] = Math.sqrt(covariance[j]![j]!);
  const correlation = covariance.map((row, i) =>
    row.map((c, j) => {
      const d = standardErrors[i]! * standardErrors[j]!;
      return i === j ? 1 : d > 0 ? c / d : 0;
    }),
  );
  const criticalValue = scaleCovariance
    ? studentTQuantile(0.5 + 0.5 * confidenceLevel, dof)
    : normalQuantile(0.5 + 0.5 * confidenceLevel);
  const intervals = Array.from(coefficients, (c, j): [number, number] => [
    c - criticalValue * standardErrors[j]!,
    c + criticalValue * standardErrors[j]!,
  ]);
  const rSquared = total > 0 ? 1 - chiSquared / total : 1;
  const { aic, bic } = informationCriteria(chiSquared, n, p);
  return {
    coefficients,
    standardErrors,
    intervals,
    covariance,
    correlation,
    residuals,
    chiSquared,
    reducedChiSquared,
    residualStandardDeviation: Math.sqrt(reducedChiSquared),
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (intercept ? n - 1 : n)) / dof,
    aic,
    bic,
    n,
    parameters: p,
    dof,
    confidenceLevel,
    criticalValue,
  };
}
