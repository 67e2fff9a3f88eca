import { backSubstitute, choleskyInPlace, forwardSubstitute } from "./small-cholesky.js";

/** Scratch buffers for {@link trustRegionStep}, allocated once per fit. */
export interface TrustRegionWork {
  m: number;
  /** Scaled normal matrix Ã = D⁻¹AD⁻¹ (row-major). */
  scaled: Float64Array;
  /** Ã + μI, factored. */
  factor: Float64Array;
  /** Scaled gradient D⁻¹g. */
  gradient: Float64Array;
  /** Scaled step z = D·δ. */
  z: Float64Array;
  /** L⁻¹z, for the Newton update of μ. */
  q: Float64Array;
}

/** Allocates {@link TrustRegionWork} for m free parameters. */
export function createTrustRegionWork(m: number): TrustRegionWork {
  return {
    m,
    scaled: new Float64Array(m * m),
    factor: new Float64Array(m * m),
    gradient: new Float64Array(m),
    z: new Float64Array(m),
    q: new Float64Array(m),
  };
}

function norm(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] as number) ** 2;
  return Math.sqrt(s);
}

/** Factors Ã + μI and solves for z = −(Ã + μI)⁻¹ g̃; returns ‖z‖, or NaN when not positive definite. */
function solveScaled(w: TrustRegionWork, mu: number): number {
  const { m, scaled, factor, gradient, z } = w;
  factor.set(scaled);
  for (let j = 0; j < m; j++) factor[j * m + j] = (factor[j * m + j] as number) + mu;
  if (!choleskyInPlace(factor, m)) return Number.NaN;
  for (let j = 0; j < m; j++) z[j] = -(gradient[j] as number);
  forwardSubstitute(factor, m, z);
  backSubstitute(factor, m, z);
  return norm(z);
}

/**
 * Levenberg–Marquardt trust-region step: the δ minimising ‖J·δ + r‖ subject to ‖D·δ‖ ≤ Δ, found
 * as δ = −(JᵀJ + μD²)⁻¹Jᵀr with μ ≥ 0 chosen so that ‖D·δ‖ is within 10 % of Δ (or μ = 0 when the
 * Gauss–Newton step already fits). μ is found by safeguarded Newton iteration on 1/‖z(μ)‖
 * (Moré 1978; Moré & Sorensen 1983; Nocedal & Wright, *Numerical Optimization*, Alg. 4.3), with
 * Cholesky factorisations of the scaled p×p normal matrix.
 *
 * Parameters flagged in `active` (held at a bound) get δ_j = 0.
 *
 * @param a - JᵀJ, row-major m×m
 * @param g - Jᵀr
 * @param d - positive scaling D (diagonal), units 1/[parameter]
 * @param active - 1 for parameters held this iteration
 * @param delta - trust radius Δ > 0 (scaled, dimensionless)
 * @param muGuess - previous μ, a warm start (0 for none)
 * @param step - output δ (units of the parameters)
 * @returns μ used
 * @example
 * const mu = trustRegionStep(work, a, g, d, active, 1, 0, step);
 */
export function trustRegionStep(
  w: TrustRegionWork,
  a: Float64Array,
  g: Float64Array,
  d: Float64Array,
  active: Uint8Array,
  delta: number,
  muGuess: number,
  step: Float64Array,
): number {
  const { m, scaled, gradient, z, q, factor } = w;
  for (let i = 0; i < m; i++) {
    const di = d[i] as number;
    const ai = active[i] === 1;
    gradient[i] = ai ? 0 : (g[i] as number) / di;
    for (let j = 0; j < m; j++) {
      scaled[i * m + j] =
        ai || active[j] === 1
          ? i === j
            ? 1
            : 0
          : (a[i * m + j] as number) / (di * (d[j] as number));
    }
  }
  const gnorm = norm(gradient);
  let mu = 0;
  if (gnorm === 0) {
    z.fill(0);
  } else {
    let lower = 0;
    let upper = gnorm / delta;
    let nz = solveScaled(w, 0);
    if (!(nz <= 1.1 * delta)) {
      if (Number.isFinite(nz)) {
        // Newton step from μ = 0 is a lower bound for the root (Moré 1978, §5).
        q.set(z);
        forwardSubstitute(factor, m, q);
        const nq = norm(q);
        lower = ((nz / nq) ** 2 * (nz - delta)) / delta;
      }
      mu =
        muGuess > lower && muGuess < upper
          ? muGuess
          : Math.max(0.001 * upper, Math.sqrt(lower * upper));
      for (let iter = 0; iter < 20; iter++) {
        nz = solveScaled(w, mu);
        if (Number.isNaN(nz)) {
          lower = mu;
          mu = Math.max(0.001 * upper, Math.sqrt(lower * upper), 2 * mu);
          continue;
        }
        if (Math.abs(nz - delta) <= 0.1 * delta) break;
        if (nz > delta) lower = Math.max(lower, mu);
        else upper = Math.min(upper, mu);
        q.set(z);
        forwardSubstitute(factor, m, q);
        const nq = norm(q);
        let next = mu + ((nz / nq) ** 2 * (nz - delta)) / delta;
        if (!(next > lower && next < upper))
          next = Math.max(0.001 * upper, Math.sqrt(lower * upper));
        if (next === mu) break;
        mu = next;
      }
      if (Number.isNaN(nz)) {
        // Numerically indefinite even with damping: fall back to a scaled gradient step.
        for (let j = 0; j < m; j++) z[j] = (-(gradient[j] as number) * delta) / gnorm;
      }
    }
  }
  for (let j = 0; j < m; j++) step[j] = (z[j] as number) / (d[j] as number);
  return mu;
}
