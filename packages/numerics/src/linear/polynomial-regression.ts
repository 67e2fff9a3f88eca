import { LmbError } from "@lmb/errors";
import {
  type LinearLeastSquaresOptions,
  type LinearLeastSquaresResult,
  linearLeastSquares,
} from "./linear-least-squares.js";
import { findNonFinite, type NumericArray } from "./validate.js";

/** Options of {@link polynomialRegression}: those of {@link linearLeastSquares} minus `intercept`. */
export type PolynomialRegressionOptions = Omit<LinearLeastSquaresOptions, "intercept">;

/**
 * Weighted least-squares polynomial y = β₀ + β₁x + … + β_d·x^d with standard errors,
 * intervals and covariance (coefficients in ascending powers, in the original x).
 *
 * The fit is done in t = (x − c)/h with c, h the centre and half-range of x (which makes the
 * Vandermonde design well conditioned), then mapped back exactly by the binomial theorem,
 * β = T·γ with T_jk = C(k, j)·(−c)^(k−j)/h^k, Cov β = T·Cov γ·Tᵀ. This is what lets it pass
 * NIST StRD Filip (degree 10) and Wampler1–5 (degree 5).
 *
 * @param x - predictor values
 * @param y - responses
 * @param degree - polynomial degree d ≥ 1 (integer)
 * @param options - weights, confidence level, covariance scaling
 * @returns see {@link LinearLeastSquaresResult}; coefficients[k] multiplies x^k
 * @example polynomialRegression([0, 1, 2, 3], [1, 2, 5, 10], 2).coefficients // ≈ [1, 0, 1]
 */
export function polynomialRegression(
  x: NumericArray,
  y: NumericArray,
  degree: number,
  options: PolynomialRegressionOptions = {},
): LinearLeastSquaresResult {
  if (!(Number.isInteger(degree) && degree >= 1)) {
    throw new LmbError("E_DOMAIN", `degree must be an integer ≥ 1, got ${degree}`, {
      fix: "pass 1 for a line, 2 for a quadratic, …",
    });
  }
  findNonFinite(x, "x");
  const n = x.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, x[i]!);
    hi = Math.max(hi, x[i]!);
  }
  const c = n > 0 ? 0.5 * (lo + hi) : 0;
  const h = n > 0 && hi > lo ? 0.5 * (hi - lo) : 1;
  const columns: Float64Array[] = [];
  for (let k = 1; k <= degree; k++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = ((x[i]! - c) / h) ** k;
    columns.push(col);
  }
  const fit = linearLeastSquares(columns, y, { ...options, intercept: true });
  const p = degree + 1;
  // T[j][k] = C(k, j)·(−c)^(k−j) / h^k
  const t: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    let binom = 1;
    for (let j = 0; j <= k; j++) {
      t[j]![k] = (binom * (-c) ** (k - j)) / h ** k;
      binom = (binom * (k - j)) / (j + 1);
    }
  }
  const coefficients = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = j; k < p; k++) s += t[j]![k]! * fit.coefficients[k]!;
    coefficients[j] = s;
  }
  const tc: number[][] = t.map((row) =>
    Array.from({ length: p }, (_, m) => {
      let s = 0;
      for (let k = 0; k < p; k++) s += row[k]! * fit.covariance[k]![m]!;
      return s;
    }),
  );
  const covariance = tc.map((row) =>
    t.map((tRow) => {
      let s = 0;
      for (let k = 0; k < p; k++) s += row[k]! * tRow[k]!;
      return s;
    }),
  );
  const standardErrors = Float64Array.from(covariance, (row, j) => Math.sqrt(Math.max(0, row[j]!)));
  const correlation = covariance.map((row, i) =>
    row.map((v, j) => {
      const d = standardErrors[i]! * standardErrors[j]!;
      return i === j ? 1 : d > 0 ? v / d : 0;
    }),
  );
  const intervals = Array.from(coefficients, (v, j): [number, number] => [
    v - fit.criticalValue * standardErrors[j]!,
    v + fit.criticalValue * standardErrors[j]!,
  ]);
  return { ...fit, coefficients, standardErrors, covariance, correlation, intervals };
}
