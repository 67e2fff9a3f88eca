import { minimumNormLeastSquares } from "@lmb/numerics";

/** Which parts of the spectrum the Lin-KK model is fitted to (impedance.py's `fit_type`). */
export type LinKkFitType = "real" | "imag" | "complex";

/** A spectrum prepared for Lin-KK: ω = 2πf (rad/s), Z′, Z″ and |Z| (Ω). */
export interface LinKkData {
  omega: Float64Array;
  zReal: Float64Array;
  zImag: Float64Array;
  modulus: Float64Array;
}

/** The fitted Lin-KK circuit R₀ + Σ R_k/(1 + jωτ_k) + jωL [+ 1/(jωC)]. */
export interface LinKkElements {
  /** R₀, Ω. */
  seriesResistance: number;
  /** R_k of the RC elements, Ω (either sign). */
  resistances: Float64Array;
  /** L, H. */
  inductance: number;
  /** 1/C, F⁻¹ (0 without the series capacitor). */
  inverseCapacitance: number;
}

/**
 * Fits the Lin-KK circuit with fixed τ_k by linear least squares, every row divided by |Z|
 * (impedance.py 1.7.1 `fit_linKK`):
 * - `"real"`: R₀ and R_k from Z′/|Z|; then L (and 1/C) from the imaginary residual;
 * - `"imag"`: R_k, L (and 1/C) from Z″/|Z|; then R₀ = Σw(Z′ − Ẑ′)/Σw with w = 1/|Z|²
 *   (Boukamp, J. Electrochem. Soc. 142 (1995) 1885, eq. 7);
 * - `"complex"`: everything from the stacked [Z′; Z″]/|Z| (Schönleber et al. 2014, eq. 14).
 *
 * Solved by minimum-norm least squares (complete orthogonal decomposition, equal to numpy's
 * `pinv`), so a rank-deficient design gives impedance.py's answer rather than an error.
 *
 * @param data - ω, Z′, Z″, |Z|
 * @param tau - τ_k, s
 * @param fitType - parts fitted
 * @param addCapacitance - include a series capacitor (for spectra without a DC limit)
 * @returns R₀, R_k, L and 1/C
 * @example
 * const elements = fitLinKk(data, linKkTimeConstants(0.01, 1e4, 10), "complex", true);
 */
export function fitLinKk(
  data: LinKkData,
  tau: Float64Array,
  fitType: LinKkFitType,
  addCapacitance: boolean,
): LinKkElements {
  const { omega, zReal, zImag, modulus } = data;
  const n = omega.length;
  const m = tau.length;
  const rcReal = (i: number, k: number): number => {
    const wt = (omega[i] as number) * (tau[k] as number);
    return 1 / (1 + wt * wt) / (modulus[i] as number);
  };
  const rcImag = (i: number, k: number): number => {
    const wt = (omega[i] as number) * (tau[k] as number);
    return -wt / (1 + wt * wt) / (modulus[i] as number);
  };
  const resistances = new Float64Array(m);
  let seriesResistance = 0;
  let inductance = 0;
  let inverseCapacitance = 0;
  const extra = addCapacitance ? 2 : 1; // L (and 1/C) columns

  if (fitType === "real") {
    const cols = m + 1;
    const a = new Float64Array(n * cols);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = 1 / (modulus[i] as number);
      for (let k = 0; k < m; k++) a[(k + 1) * n + i] = rcReal(i, k);
      b[i] = (zReal[i] as number) / (modulus[i] as number);
    }
    const { x } = minimumNormLeastSquares(a, n, cols, b);
    seriesResistance = x[0] as number;
    for (let k = 0; k < m; k++) resistances[k] = x[k + 1] as number;
    // L (and 1/C) from what the RC elements leave of Z″.
    const ai = new Float64Array(n * extra);
    const bi = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let fitted = 0;
      for (let k = 0; k < m; k++) fitted += (resistances[k] as number) * rcImag(i, k);
      bi[i] = (zImag[i] as number) / (modulus[i] as number) - fitted;
      ai[i] = (omega[i] as number) / (modulus[i] as number);
      if (addCapacitance) ai[n + i] = -1 / ((omega[i] as number) * (modulus[i] as number));
    }
    const coef = minimumNormLeastSquares(ai, n, extra, bi).x;
    inductance = coef[0] as number;
    if (addCapacitance) inverseCapacitance = coef[1] as number;
  } else if (fitType === "imag") {
    const cols = m + extra;
    const a = new Float64Array(n * cols);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < m; k++) a[k * n + i] = rcImag(i, k);
      a[m * n + i] = (omega[i] as number) / (modulus[i] as number);
      if (addCapacitance) a[(m + 1) * n + i] = -1 / ((omega[i] as number) * (modulus[i] as number));
      b[i] = (zImag[i] as number) / (modulus[i] as number);
    }
    const { x } = minimumNormLeastSquares(a, n, cols, b);
    for (let k = 0; k < m; k++) resistances[k] = x[k] as number;
    inductance = x[m] as number;
    if (addCapacitance) inverseCapacitance = x[m + 1] as number;
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      let fitted = 0;
      for (let k = 0; k < m; k++) fitted += (resistances[k] as number) * rcReal(i, k);
      const w = 1 / (modulus[i] as number) ** 2;
      num += w * ((zReal[i] as number) - fitted * (modulus[i] as number));
      den += w;
    }
    seriesResistance = num / den;
  } else {
    const cols = m + 1 + extra;
    const rows = 2 * n;
    const a = new Float64Array(rows * cols);
    const b = new Float64Array(rows);
    for (let i = 0; i < n; i++) {
      const mod = modulus[i] as number;
      a[i] = 1 / mod;
      for (let k = 0; k < m; k++) {
        a[(k + 1) * rows + i] = rcReal(i, k);
        a[(k + 1) * rows + n + i] = rcImag(i, k);
      }
      a[(m + 1) * rows + n + i] = (omega[i] as number) / mod;
      if (addCapacitance) a[(m + 2) * rows + n + i] = -1 / ((omega[i] as number) * mod);
      b[i] = (zReal[i] as number) / mod;
      b[n + i] = (zImag[i] as number) / mod;
    }
    const { x } = minimumNormLeastSquares(a, rows, cols, b);
    seriesResistance = x[0] as number;
    for (let k = 0; k < m; k++) resistances[k] = x[k + 1] as number;
    inductance = x[m + 1] as number;
    if (addCapacitance) inverseCapacitance = x[m + 2] as number;
  }
  return { seriesResistance, resistances, inductance, inverseCapacitance };
}

/**
 * Evaluates the Lin-KK circuit Ẑ = R₀ + Σ R_k/(1 + jωτ_k) + jωL − j/(ωC) at each ω.
 *
 * @param elements - fitted values
 * @param tau - τ_k, s
 * @param omega - angular frequencies, rad/s
 * @returns Re Ẑ and Im Ẑ, Ω
 * @example
 * const { real, imag } = linKkImpedance(elements, tau, omega);
 */
export function linKkImpedance(
  elements: LinKkElements,
  tau: Float64Array,
  omega: Float64Array,
): { real: Float64Array; imag: Float64Array } {
  const n = omega.length;
  const real = new Float64Array(n);
  const imag = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = omega[i] as number;
    let re = elements.seriesResistance;
    let im = w * elements.inductance - elements.inverseCapacitance / w;
    for (let k = 0; k < tau.length; k++) {
      const wt = w * (tau[k] as number);
      const d = 1 / (1 + wt * wt);
      const r = elements.resistances[k] as number;
      re += r * d;
      im -= r * wt * d;
    }
    real[i] = re;
    imag[i] = im;
  }
  return { real, imag };
}

/**
 * Schönleber's over-fitting measure over the RC resistances,
 * μ = 1 − Σ_{R_k<0}|R_k| / Σ_{R_k≥0}|R_k| (impedance.py `calc_mu`; its docstring prints the ratio
 * inverted, issue #315). μ = 1 when no R_k is negative; when none is positive μ is −∞, returned
 * as `-Number.MAX_VALUE` so that it stays a finite JSON number.
 *
 * @example linKkMu(Float64Array.of(2, -0.5, 1)); // 1 − 0.5/3
 */
export function linKkMu(resistances: ArrayLike<number>): number {
  let negative = 0;
  let positive = 0;
  for (let k = 0; k < resistances.length; k++) {
    const r = resistances[k] as number;
    if (r < 0) negative -= r;
    else positive += r;
  }
  if (positive > 0) return 1 - negative / positive;
  return negative > 0 ? -Number.MAX_VALUE : 1;
}
