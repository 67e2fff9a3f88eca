import { LmbError } from "@lmb/errors";

/** Options of {@link bracketRoot}. */
export interface BracketOptions {
  /** Growth factor of the interval per step. @default 1.6 */
  factor?: number;
  /** Maximum expansions. @default 60 */
  maxIterations?: number;
}

/**
 * Expands [a, b] geometrically (moving the end with the smaller |f|) until f changes sign,
 * for use with {@link brent}. Throws `E_NO_BRACKET` when no sign change is found.
 *
 * Source: Press et al., Numerical Recipes 3rd ed. §9.1 (`zbrac`).
 *
 * @param f - the function
 * @param a - initial lower end
 * @param b - initial upper end (≠ a)
 * @param options - growth factor and iteration limit
 * @returns a bracket `[lo, hi]` with f(lo)·f(hi) ≤ 0
 * @example bracketRoot((x) => x * x - 50, 0, 1) // e.g. [0, 8.0…]
 */
export function bracketRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  options: BracketOptions = {},
): [number, number] {
  const { factor = 1.6, maxIterations = 60 } = options;
  if (!(a !== b && Number.isFinite(a) && Number.isFinite(b))) {
    throw new LmbError("E_DOMAIN", `need two distinct finite points, got ${a} and ${b}`);
  }
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  let flo = f(lo);
  let fhi = f(hi);
  for (let i = 0; i <= maxIterations; i++) {
    if (Number.isNaN(flo) || Number.isNaN(fhi)) {
      throw new LmbError("E_NON_FINITE", `f returned NaN while bracketing near [${lo}, ${hi}]`);
    }
    if (flo > 0 !== fhi > 0 || flo === 0 || fhi === 0) return [lo, hi];
    if (i === maxIterations) break;
    if (Math.abs(flo) < Math.abs(fhi)) {
      lo += factor * (lo - hi);
      flo = f(lo);
    } else {
      hi += factor * (hi - lo);
      fhi = f(hi);
    }
  }
  throw new LmbError("E_NO_BRACKET", `no sign change of f found in [${lo}, ${hi}]`, {
    fix: "start from a better interval; f may have no real root",
    details: { lo, hi },
  });
}
