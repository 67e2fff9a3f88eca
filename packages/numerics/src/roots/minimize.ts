import { LmbError } from "@lmb/errors";

/** Options of {@link minimize1D}. */
export interface Minimize1DOptions {
  /** Relative tolerance on x (≥ √ε is useless: f is flat to ε there). @default 1.5e-8 */
  rtol?: number;
  /** Absolute tolerance on x. @default 1e-12 */
  xtol?: number;
  /** Maximum iterations. @default 500 */
  maxIterations?: number;
}

/** Outcome of {@link minimize1D}. */
export interface MinimizeResult {
  /** Location of the minimum. */
  x: number;
  /** f(x). */
  value: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

const GOLDEN = 0.3819660112501051; // (3 − √5)/2

/**
 * Brent's one-dimensional minimiser on [a, b]: golden-section search accelerated by
 * parabolic interpolation, no derivatives. Finds a local minimum (the global one if f is
 * unimodal on [a, b]); the endpoints themselves are not evaluated.
 *
 * Source: R. P. Brent, Algorithms for Minimization without Derivatives (1973) ch. 5
 * (`localmin`); Numerical Recipes 3rd ed. §10.3.
 *
 * @param f - the function to minimise
 * @param a - lower end of the search interval
 * @param b - upper end
 * @param options - tolerances and iteration limit
 * @returns x, f(x), iterations, evaluations, converged
 * @example minimize1D((x) => (x - 2) ** 2 + 1, 0, 5).x // 2
 */
export function minimize1D(
  f: (x: number) => number,
  a: number,
  b: number,
  options: Minimize1DOptions = {},
): MinimizeResult {
  const { rtol = 1.5e-8, xtol = 1e-12, maxIterations = 500 } = options;
  if (!(Number.isFinite(a) && Number.isFinite(b) && a !== b)) {
    throw new LmbError("E_DOMAIN", `need a finite interval, got [${a}, ${b}]`);
  }
  const call = (x: number): number => {
    const v = f(x);
    if (Number.isNaN(v)) {
      throw new LmbError("E_NON_FINITE", `f(${x}) is NaN`, { details: { x } });
    }
    return v;
  };
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  let x = lo + GOLDEN * (hi - lo);
  let w = x;
  let v = x;
  let fx = call(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  let evaluations = 1;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const xm = 0.5 * (lo + hi);
    const tol1 = rtol * Math.abs(x) + xtol / 3;
    const tol2 = 2 * tol1;
    if (Math.abs(x - xm) <= tol2 - 0.5 * (hi - lo)) {
      return { x, value: fx, iterations: iteration, evaluations, converged: true };
    }
    let golden = true;
    if (Math.abs(e) > tol1) {
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      const eOld = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * eOld) && p > q * (lo - x) && p < q * (hi - x)) {
        d = p / q;
        const u = x + d;
        if (u - lo < tol2 || hi - u < tol2) d = xm >= x ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = x >= xm ? lo - x : hi - x;
      d = GOLDEN * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = call(u);
    evaluations++;
    if (fu <= fx) {
      if (u >= x) lo = x;
      else hi = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) lo = u;
      else hi = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, value: fx, iterations: maxIterations, evaluations, converged: false };
}
