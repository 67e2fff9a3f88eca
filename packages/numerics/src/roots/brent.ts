import { LmbError } from "@lmb/errors";

/** Options of {@link brent}. */
export interface BrentOptions {
  /** Absolute tolerance on x. @default 2e-12 (scipy's brentq default) */
  xtol?: number;
  /** Relative tolerance on x. @default 4·2⁻⁵² ≈ 8.9e-16 */
  rtol?: number;
  /** Maximum iterations. @default 200 */
  maxIterations?: number;
}

/** Outcome of a root search. */
export interface RootResult {
  /** The root estimate (same unit as a, b). */
  root: number;
  /** f(root). */
  value: number;
  iterations: number;
  /** Number of calls of f, including the two at the bracket ends. */
  evaluations: number;
  /** False when maxIterations ran out before the tolerance was met. */
  converged: boolean;
}

function evaluate(f: (x: number) => number, x: number): number {
  const v = f(x);
  if (Number.isNaN(v) || !Number.isFinite(v)) {
    throw new LmbError("E_NON_FINITE", `f(${x}) = ${v}`, {
      fix: "make f finite on the whole bracket (check logs, divisions and exp overflow)",
      details: { x, value: v },
    });
  }
  return v;
}

/**
 * Brent's method for a root of f in a bracket [a, b] with f(a)·f(b) ≤ 0: inverse quadratic
 * interpolation and secant steps, falling back to bisection, so it always converges and
 * usually superlinearly. Stops when the bracket half-width is below
 * xtol + rtol·|x| (or f(x) = 0).
 *
 * Errors: `E_NO_BRACKET` when f(a) and f(b) have the same sign (use {@link bracketRoot}),
 * `E_NON_FINITE` when f returns NaN or ±∞.
 *
 * Source: R. P. Brent, Algorithms for Minimization without Derivatives (1973) ch. 4;
 * Press et al., Numerical Recipes 3rd ed. §9.3 (`zbrent`).
 *
 * @param f - the function (any units)
 * @param a - one end of the bracket
 * @param b - the other end
 * @param options - tolerances and iteration limit
 * @returns root, f(root), iterations, evaluations, converged
 * @example brent((x) => Math.cos(x) - x, 0, 1).root // 0.7390851332151607
 */
export function brent(
  f: (x: number) => number,
  a: number,
  b: number,
  options: BrentOptions = {},
): RootResult {
  const { xtol = 2e-12, rtol = 4 * Number.EPSILON, maxIterations = 200 } = options;
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new LmbError("E_DOMAIN", `bracket ends must be finite, got [${a}, ${b}]`);
  }
  let fa = evaluate(f, a);
  let fb = evaluate(f, b);
  let evaluations = 2;
  if (fa === 0) return { root: a, value: 0, iterations: 0, evaluations, converged: true };
  if (fb === 0) return { root: b, value: 0, iterations: 0, evaluations, converged: true };
  if (fa > 0 === fb > 0) {
    throw new LmbError("E_NO_BRACKET", `f(${a}) = ${fa} and f(${b}) = ${fb} have the same sign`, {
      fix: "choose a and b with f(a)·f(b) < 0, e.g. with bracketRoot",
      details: { a, b, fa, fb },
    });
  }
  let c = b;
  let fc = fb;
  let d = 0;
  let e = 0;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (fb > 0 === fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 0.5 * (xtol + rtol * Math.abs(b));
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol || fb === 0) {
      return { root: b, value: fb, iterations: iteration, evaluations, converged: true };
    }
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : xm > 0 ? tol : -tol;
    fb = evaluate(f, b);
    evaluations++;
  }
  return { root: b, value: fb, iterations: maxIterations, evaluations, converged: false };
}
