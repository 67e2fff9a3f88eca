import { LmbError } from "@lmb/errors";
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

/** Options of {@link linearRegression}. */
export interface LinearRegressionOptions {
  /** Weights w_i = 1/σ_i² (> 0, finite). Omitted: ordinary least squares, all w_i = 1. */
  weights?: NumericArray;
  /** Two-sided confidence level of the intervals. @default 0.95 */
  confidenceLevel?: number;
  /** Fit y = b·x (no intercept). @default false */
  throughOrigin?: boolean;
  /** Return the residuals y_i − ŷ_i (one Float64Array of n). Turn off for speed. @default true */
  residuals?: boolean;
  /**
   * Scale the covariance by s² = χ²/(n − p) (σ_i known only up to a common factor — the
   * usual case, and the NIST convention). `false`: the weights are exact 1/σ_i², the
   * covariance is unscaled and intervals use the normal quantile. @default true
   */
  scaleCovariance?: boolean;
}

/** Result of {@link linearRegression}; all statistics refer to the (weighted) fit. */
export interface LinearRegressionResult {
  /** b in y = a + b·x (units of y per unit of x). */
  slope: number;
  /** a in y = a + b·x (units of y); 0 when fitted through the origin. */
  intercept: number;
  /** Standard error of the slope, √Var(b). */
  slopeStandardError: number;
  /** Standard error of the intercept, √Var(a); 0 through the origin. */
  interceptStandardError: number;
  /** Confidence interval b ± t·SE(b) at {@link confidenceLevel}. */
  slopeInterval: [number, number];
  /** Confidence interval a ± t·SE(a) at {@link confidenceLevel}. */
  interceptInterval: [number, number];
  /** The two-sided confidence level used, e.g. 0.95. */
  confidenceLevel: number;
  /** The quantile used for the intervals: t_{(1+level)/2, dof} (or z when unscaled). */
  criticalValue: number;
  /** Covariance of the estimates: Var(b), Var(a), Cov(a, b). */
  covariance: { slopeSlope: number; interceptIntercept: number; slopeIntercept: number };
  /** Correlation of slope and intercept, Cov(a, b)/(SE(a)·SE(b)); 0 through the origin. */
  correlation: number;
  /** y_i − ŷ_i, or undefined with `{ residuals: false }`. */
  residuals: Float64Array | undefined;
  /** χ² = Σ w_i (y_i − ŷ_i)² — the (weighted) residual sum of squares. */
  chiSquared: number;
  /** χ²/dof, which equals s², the residual variance. */
  reducedChiSquared: number;
  /** s = √(χ²/dof), NIST's "residual standard deviation". */
  residualStandardDeviation: number;
  /** R² = 1 − χ²/Σw(y − ȳ_w)²; through the origin the uncentred 1 − χ²/Σw·y² (as R does). */
  rSquared: number;
  /** 1 − (1 − R²)(n − 1)/dof, or 1 − (1 − R²)·n/dof through the origin. */
  adjustedRSquared: number;
  /** Akaike information criterion n·ln(χ²/n) + 2p (see {@link informationCriteria}). */
  aic: number;
  /** Bayesian information criterion n·ln(χ²/n) + p·ln n. */
  bic: number;
  /** Number of data points. */
  n: number;
  /** Degrees of freedom n − p (p = 2, or 1 through the origin). */
  dof: number;
}

interface Sums {
  sumW: number;
  xMean: number;
  yMean: number;
  sxx: number;
  sxy: number;
  syy: number;
}

/** Second pass about the means (used only when the shifted sums cancel too much). */
function centredSums(
  x: NumericArray,
  y: NumericArray,
  w: NumericArray | undefined,
  xm: number,
  ym: number,
): { sxx: number; sxy: number; syy: number } {
  const n = x.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const wi = w === undefined ? 1 : w[i]!;
    const dx = x[i]! - xm;
    const dy = y[i]! - ym;
    const wdx = wi * dx;
    sxx += wdx * dx;
    sxy += wdx * dy;
    syy += wi * dy * dy;
  }
  return { sxx, sxy, syy };
}

/**
 * Pass 1: weighted means and centred sums, accumulated about a shift (x₀, y₀) = the first
 * point: Sxx = Σw·dx² − (Σw·dx)²/W. The cancellation costs a factor (x̄ − x₀)²/Var(x) in
 * relative accuracy; when that factor exceeds 1e3 the sums are recomputed with a true second
 * pass about the means. Validation is folded into the sums.
 */
function shiftedSums(x: NumericArray, y: NumericArray, w: NumericArray | undefined): Sums {
  const n = x.length;
  const x0 = x[0]!;
  const y0 = y[0]!;
  let sw = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  if (w === undefined) {
    for (let i = 0; i < n; i++) {
      const dx = x[i]! - x0;
      const dy = y[i]! - y0;
      sx += dx;
      sy += dy;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    sw = n;
  } else {
    let bad = false;
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      if (!(wi > 0)) bad = true;
      const dx = x[i]! - x0;
      const dy = y[i]! - y0;
      const wdx = wi * dx;
      const wdy = wi * dy;
      sw += wi;
      sx += wdx;
      sy += wdy;
      sxx += wdx * dx;
      sxy += wdx * dy;
      syy += wdy * dy;
    }
    if (bad || !Number.isFinite(sw)) checkWeights(w);
  }
  if (!Number.isFinite(x0 + y0 + sxx + syy + sxy)) {
    findNonFinite(x, "x");
    findNonFinite(y, "y");
    throw new LmbError("E_NON_FINITE_DATA", "sums of the data overflow", {
      fix: "rescale x and y (e.g. change units) so that n·|x|·|y| stays below 1e300",
    });
  }
  const mx = sx / sw;
  const my = sy / sw;
  const cxx = sxx - mx * sx;
  const cyy = syy - my * sy;
  const sums = { sumW: sw, xMean: x0 + mx, yMean: y0 + my, sxx: cxx, sxy: sxy - mx * sy, syy: cyy };
  if (!(mx * sx <= 1e3 * cxx) || !(my * sy <= 1e3 * cyy || my === 0)) {
    return { ...sums, ...centredSums(x, y, w, sums.xMean, sums.yMean) };
  }
  return sums;
}

interface ResidualSums {
  /** Σ w·r² */
  ssr: number;
  /** Σ w·r */
  sr: number;
  /** Σ w·r·(x − x̄) */
  srx: number;
}

/**
 * Last pass: residuals r = y − a − b·x of the provisional fit, with Σw·r and Σw·r·(x − x̄)
 * for one step of iterative refinement (optionally storing r).
 */
function residualSums(
  x: NumericArray,
  y: NumericArray,
  w: NumericArray | undefined,
  a: number,
  b: number,
  xm: number,
  out: Float64Array | undefined,
): ResidualSums {
  const n = x.length;
  let ssr = 0;
  let sr = 0;
  let srx = 0;
  if (w === undefined) {
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const r = y[i]! - (a + b * xi);
      if (out !== undefined) out[i] = r;
      ssr += r * r;
      sr += r;
      srx += r * (xi - xm);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const r = y[i]! - (a + b * xi);
      if (out !== undefined) out[i] = r;
      const wr = w[i]! * r;
      ssr += wr * r;
      sr += wr;
      srx += wr * (xi - xm);
    }
  }
  return { ssr, sr, srx };
}

/** Σ w·x², Σ w·x·y, Σ w·y² for the fit through the origin (validation folded in). */
function originSums(
  x: NumericArray,
  y: NumericArray,
  w: NumericArray | undefined,
): { sxx: number; sxy: number; syy: number } {
  const n = x.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  let bad = false;
  for (let i = 0; i < n; i++) {
    const wi = w === undefined ? 1 : w[i]!;
    if (!(wi > 0)) bad = true;
    const xi = x[i]!;
    const yi = y[i]!;
    sxx += wi * xi * xi;
    sxy += wi * xi * yi;
    syy += wi * yi * yi;
  }
  if (w !== undefined && bad) checkWeights(w);
  if (!Number.isFinite(sxx + sxy + syy)) {
    if (w !== undefined) checkWeights(w);
    findNonFinite(x, "x");
    findNonFinite(y, "y");
    throw new LmbError("E_NON_FINITE_DATA", "sums of squares of the data overflow", {
      fix: "rescale x and y (e.g. change units)",
    });
  }
  return { sxx, sxy, syy };
}

function singular(problem: string): LmbError {
  return new LmbError("E_SINGULAR", problem, {
    fix: "the slope is undetermined: the data need at least two distinct x values",
  });
}

/**
 * Straight-line least squares, y = a + b·x (or y = b·x), ordinary or weighted, with standard
 * errors, Student-t confidence intervals, covariance, R², χ² and AIC/BIC.
 *
 * Estimates (weights w_i, default 1; x̄, ȳ weighted means):
 * b = Σw(x − x̄)(y − ȳ) / Σw(x − x̄)², a = ȳ − b·x̄;
 * s² = χ²/(n − 2) with χ² = Σw(y − a − b·x)²;
 * Var(b) = s²/Sxx, Var(a) = s²(1/Σw + x̄²/Sxx), Cov(a, b) = −x̄·s²/Sxx.
 * Through the origin: b = Σwxy/Σwx², Var(b) = s²/Σwx², s² = χ²/(n − 1).
 *
 * Numerics: two passes. Pass 1 accumulates centred sums about the first point (falling back
 * to a true second pass about the means when that shift cancels badly); pass 2 forms the
 * residuals and applies one step of iterative refinement, so offsets and near-perfect fits
 * (NIST Norris) lose no digits. Plain loops, no allocation except the optional residual
 * array (whose values are those of the pre-refinement fit, equal to rounding level).
 *
 * Errors: `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA` (names the index), `E_INVALID_WEIGHTS`
 * (zero, negative, NaN or infinite weight), `E_INSUFFICIENT_DATA` (n ≤ p: two points give an
 * exact line with zero degrees of freedom, so no standard errors — this function refuses
 * rather than return NaN), `E_SINGULAR` (all x equal, or all x = 0 through the origin).
 *
 * Source: N. R. Draper & H. Smith, Applied Regression Analysis, 3rd ed. (1998) ch. 1 and 9;
 * certified against NIST StRD Norris and NoInt1/NoInt2.
 *
 * @param x - predictor values (any unit)
 * @param y - responses (any unit), same length as x
 * @param options - weights, confidence level, through-origin, residuals, scaling
 * @returns slope, intercept, their uncertainties and goodness-of-fit statistics
 * @example
 * const fit = linearRegression([0, 1, 2, 3], [1.1, 2.9, 5.2, 6.8]);
 * fit.slope; // ≈ 1.94 (units of y per unit of x)
 * fit.slopeInterval; // 95 % CI
 */
export function linearRegression(
  x: NumericArray,
  y: NumericArray,
  options: LinearRegressionOptions = {},
): LinearRegressionResult {
  const {
    weights,
    confidenceLevel = 0.95,
    throughOrigin = false,
    residuals = true,
    scaleCovariance = true,
  } = options;
  checkSameLength(x, y, ["x", "y"]);
  if (weights !== undefined) checkSameLength(weights, x, ["weights", "x"]);
  checkConfidenceLevel(confidenceLevel);
  const n = x.length;
  const p = throughOrigin ? 1 : 2;
  checkEnoughPoints(n, p);
  const dof = n - p;

  let a = 0;
  let b: number;
  let sxx: number;
  let syy: number;
  let sumW = 0;
  let xMean = 0;
  if (throughOrigin) {
    const s = originSums(x, y, weights);
    if (!(s.sxx > 0)) throw singular("all x are 0, so y = b·x does not determine b");
    b = s.sxy / s.sxx;
    sxx = s.sxx;
    syy = s.syy;
  } else {
    const s = shiftedSums(x, y, weights);
    const scale = 1e-13 * Math.abs(s.xMean);
    if (!(s.sxx > s.sumW * scale * scale)) {
      throw singular(`all x are equal (x = ${s.xMean}), so the slope is undetermined`);
    }
    b = s.sxy / s.sxx;
    a = s.yMean - b * s.xMean;
    sxx = s.sxx;
    syy = s.syy;
    sumW = s.sumW;
    xMean = s.xMean;
  }

  const out = residuals ? new Float64Array(n) : undefined;
  let chiSquared: number;
  if (throughOrigin) {
    chiSquared = residualSums(x, y, weights, 0, b, 0, out).ssr;
  } else {
    // One step of iterative refinement: the residuals of the provisional (a, b) give the
    // correction exactly, and χ² of the refined fit is Σw·r² − W·δc² − Sxx·δb².
    const r = residualSums(x, y, weights, a, b, xMean, out);
    const dc = r.sr / sumW;
    const db = r.srx / sxx;
    b += db;
    a += dc - db * xMean;
    chiSquared = Math.max(0, r.ssr - sumW * dc * dc - sxx * db * db);
  }
  const reducedChiSquared = chiSquared / dof;
  const s2 = scaleCovariance ? reducedChiSquared : 1;
  const varB = s2 / sxx;
  const varA = throughOrigin ? 0 : s2 * (1 / sumW + (xMean * xMean) / sxx);
  const covAB = throughOrigin ? 0 : -xMean * varB;
  const seA = Math.sqrt(varA);
  const seB = Math.sqrt(varB);
  const criticalValue = scaleCovariance
    ? studentTQuantile(0.5 + 0.5 * confidenceLevel, dof)
    : normalQuantile(0.5 + 0.5 * confidenceLevel);
  const rSquared = syy > 0 ? 1 - chiSquared / syy : 1;
  const adjustedRSquared = 1 - ((1 - rSquared) * (throughOrigin ? n : n - 1)) / dof;
  const { aic, bic } = informationCriteria(chiSquared, n, p);
  return {
    slope: b,
    intercept: a,
    slopeStandardError: seB,
    interceptStandardError: seA,
    slopeInterval: [b - criticalValue * seB, b + criticalValue * seB],
    interceptInterval: [a - criticalValue * seA, a + criticalValue * seA],
    confidenceLevel,
    criticalValue,
    covariance: { slopeSlope: varB, interceptIntercept: varA, slopeIntercept: covAB },
    correlation: throughOrigin || seA === 0 || seB === 0 ? 0 : covAB / (seA * seB),
    residuals: out,
    chiSquared,
    reducedChiSquared,
    residualStandardDeviation: Math.sqrt(reducedChiSquared),
    rSquared,
    adjustedRSquared,
    aic,
    bic,
    n,
    dof,
  };
}
