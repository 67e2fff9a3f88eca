/**
 * Gaussian radial-basis discretisation of the distribution of relaxation times (DRT),
 * γ(ln τ) = Σ_m x_m·φ(ln τ − ln τ_m) with φ(y) = exp(−(εy)²), as in DRTtools/pyDRTtools.
 *
 * Source: T. H. Wan, M. Saccoccio, C. Chen, F. Ciucci, "Influence of the discretization methods on
 * the distribution of relaxation times deconvolution: implementing radial basis functions with
 * DRTtools", Electrochim. Acta 184 (2015) 483–499, eqs. 13, 32–33 and the Gaussian inner products
 * of its appendix; pyDRTtools `basics.py` (MIT).
 */

/** 2√(ln 2): the full width at half maximum of exp(−y²). */
const GAUSSIAN_FWHM = 2 * Math.sqrt(Math.LN2);

/**
 * Shape factor ε of the Gaussian RBF from the "FWHM coefficient" c: the FWHM of φ is 1/c times
 * the mean spacing Δ of ln τ_m, so ε = c·2√(ln 2)/Δ (pyDRTtools `compute_epsilon`, default c = 0.5).
 *
 * @param logTauSpacing - Δ, mean spacing of ln τ_m
 * @param fwhmCoefficient - c
 * @returns ε (per unit ln τ)
 * @example gaussianShapeFactor(Math.LN10 / 10, 0.5); // ≈ 3.615
 */
export function gaussianShapeFactor(logTauSpacing: number, fwhmCoefficient: number): number {
  return (fwhmCoefficient * GAUSSIAN_FWHM) / logTauSpacing;
}

/**
 * Discretisation matrices of Z(ω) − R∞ − jωL = ∫ γ(ln τ)/(1 + jωτ) d ln τ for the Gaussian RBF
 * expansion: for ω_n and centre τ_m, with α = ω_n·τ_m,
 *   A′_nm = ∫ φ(y)/(1 + α²e^{2y}) dy,   A″_nm = −∫ φ(y)·αe^{y}/(1 + α²e^{2y}) dy
 * (Wan et al. 2015, eqs. 32–33; A″ carries the sign of Im Z). Integrated by the trapezoidal rule
 * on y ∈ [−6.5/ε, 6.5/ε] with step min(0.2/ε, 0.25): the integrand is analytic in a strip of
 * half-width π/2, so the rule converges geometrically (error < 1e-12 relative; see the test).
 *
 * @param omega - ω_n, rad/s
 * @param tau - τ_m, s
 * @param epsilon - ε
 * @returns A′ and A″, N×M row-major (a[n·M + m])
 * @example const { real, imag } = gaussianDiscretisation(omega, tau, 3.6);
 */
export function gaussianDiscretisation(
  omega: ArrayLike<number>,
  tau: ArrayLike<number>,
  epsilon: number,
): { real: Float64Array; imag: Float64Array } {
  const half = 6.5 / epsilon;
  const h = Math.min(0.2 / epsilon, 0.25);
  const k = 2 * Math.ceil(half / h) + 1;
  const weight = new Float64Array(k);
  const e1 = new Float64Array(k);
  const e2 = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const y = (j - (k - 1) / 2) * h;
    weight[j] = h * Math.exp(-((epsilon * y) ** 2));
    e1[j] = Math.exp(y);
    e2[j] = Math.exp(2 * y);
  }
  const n = omega.length;
  const m = tau.length;
  const real = new Float64Array(n * m);
  const imag = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < m; c++) {
      const alpha = (omega[i] as number) * (tau[c] as number);
      const alpha2 = alpha * alpha;
      let re = 0;
      let im = 0;
      for (let j = 0; j < k; j++) {
        const d = (weight[j] as number) / (1 + alpha2 * (e2[j] as number));
        re += d;
        im += d * (e1[j] as number);
      }
      real[i * m + c] = re;
      imag[i * m + c] = -alpha * im;
    }
  }
  return { real, imag };
}

/**
 * Tikhonov penalty of the RBF expansion: P_nm = ∫ φ_n^(k)(y)·φ_m^(k)(y) dy, so that
 * xᵀPx = ∫ (d^kγ/d(ln τ)^k)² d ln τ. Closed forms for the Gaussian with a = ε(ln τ_n − ln τ_m)
 * (Wan et al. 2015; pyDRTtools `inner_prod_rbf_1/2`):
 *   k = 1: √(π/2)·ε·(1 − a²)·e^{−a²/2};   k = 2: √(π/2)·ε³·(3 − 6a² + a⁴)·e^{−a²/2}.
 *
 * @param logTau - ln τ_m
 * @param epsilon - ε
 * @param order - derivative order k (1 or 2)
 * @returns P, M×M (symmetric)
 * @example const p = gaussianPenalty(logTau, 3.6, 1);
 */
export function gaussianPenalty(
  logTau: ArrayLike<number>,
  epsilon: number,
  order: 1 | 2,
): Float64Array {
  const m = logTau.length;
  const p = new Float64Array(m * m);
  const root = Math.sqrt(Math.PI / 2);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < m; c++) {
      const a = epsilon * ((logTau[r] as number) - (logTau[c] as number));
      const a2 = a * a;
      const g = Math.exp(-a2 / 2);
      p[r * m + c] =
        order === 1
          ? root * epsilon * (1 - a2) * g
          : root * epsilon ** 3 * (3 - 6 * a2 + a2 * a2) * g;
    }
  }
  return p;
}

/**
 * γ at the given τ from the RBF weights x: γ(τ) = Σ_m x_m·exp(−(ε·ln(τ/τ_m))²), Ω per unit ln τ.
 *
 * @example const gamma = gaussianExpansion(x, tauCentres, epsilon, tauFine);
 */
export function gaussianExpansion(
  weights: ArrayLike<number>,
  tauCentres: ArrayLike<number>,
  epsilon: number,
  tau: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(tau.length);
  for (let i = 0; i < tau.length; i++) {
    const y = Math.log(tau[i] as number);
    let s = 0;
    for (let m = 0; m < tauCentres.length; m++) {
      const w = weights[m] as number;
      if (w === 0) continue;
      const d = epsilon * (y - Math.log(tauCentres[m] as number));
      if (Math.abs(d) < 8) s += w * Math.exp(-d * d);
    }
    out[i] = s;
  }
  return out;
}
