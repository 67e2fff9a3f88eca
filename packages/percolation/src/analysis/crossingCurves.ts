import { spanningProbability } from "../lattice/spanningProbability.js";

/** R(p) of one simulation: the canonical spanning probability at a single p. */
function spanningAt(steps: ArrayLike<number>, elements: number, p: number): number {
  return spanningProbability(steps, elements, [p]).probability[0] as number;
}

function bisect(f: (p: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let fa = f(a);
  for (let i = 0; i < 60 && b - a > 1e-9; i++) {
    const m = (a + b) / 2;
    const fm = f(m);
    if (fm === 0) return m;
    if (fm < 0 === fa < 0) {
      a = m;
      fa = fm;
    } else b = m;
  }
  return (a + b) / 2;
}

/** Mean and standard deviation of the first-spanning fractions k/N of the runs that spanned. */
function spread(steps: ArrayLike<number>, elements: number): { mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < steps.length; r++) {
    const k = steps[r] as number;
    if (k < 0) continue;
    const f = k / elements;
    n++;
    sum += f;
    sumSq += f * f;
  }
  const mean = n > 0 ? sum / n : 0.5;
  return { mean, sd: n > 1 ? Math.sqrt(Math.max(0, sumSq / n - mean * mean)) : 0.5 };
}

/**
 * The p at which a simulation's canonical spanning probability R(p) equals `level` (½ by
 * default), by bisection (R rises monotonically from 0 to 1); undefined when R never reaches it.
 *
 * Source: Newman & Ziff, Phys. Rev. E 64 (2001) 016706, eq. (2) for R(p).
 *
 * @param steps - first spanning step of each run
 * @param elements - N, sites or bonds
 * @example
 * spanningLevelCrossing(sim.spanningSteps, sim.elements); // p where R = ½
 */
export function spanningLevelCrossing(
  steps: ArrayLike<number>,
  elements: number,
  level = 0.5,
): number | undefined {
  const f = (p: number) => spanningAt(steps, elements, p) - level;
  // bracket by the runs' spread first (fewer bisection steps), else the whole [0, 1]
  const { mean, sd } = spread(steps, elements);
  const lo = Math.max(0, mean - 6 * sd);
  const hi = Math.min(1, mean + 6 * sd);
  if (f(lo) < 0 && f(hi) > 0) return bisect(f, lo, hi);
  if (!(f(0) < 0 && f(1) > 0)) return undefined;
  return bisect(f, 0, 1);
}

/**
 * Where the spanning curves of two sizes cross, R_a(p) = R_b(p): near p_c both take the same
 * (universal, geometry-dependent) value, so the crossing of consecutive sizes is a threshold
 * estimate whose shift falls faster than that of p̄(L). Searched on 40 points across both
 * transitions (the runs' mean spanning fraction ± 4 standard deviations), then refined by
 * bisection; the crossing nearest the middle is kept; undefined when the curves do not cross.
 *
 * Source: shared/research/percolation.md §2.6.
 *
 * @example
 * spanningCurveCrossing(a.spanningSteps, a.elements, b.spanningSteps, b.elements); // ≈ p_c
 */
export function spanningCurveCrossing(
  stepsA: ArrayLike<number>,
  elementsA: number,
  stepsB: ArrayLike<number>,
  elementsB: number,
): number | undefined {
  const a = spread(stepsA, elementsA);
  const b = spread(stepsB, elementsB);
  const lo = Math.max(0, Math.min(a.mean - 4 * a.sd, b.mean - 4 * b.sd));
  const hi = Math.min(1, Math.max(a.mean + 4 * a.sd, b.mean + 4 * b.sd));
  if (!(hi > lo)) return undefined;
  const f = (p: number) => spanningAt(stepsA, elementsA, p) - spanningAt(stepsB, elementsB, p);
  const n = 40;
  const middle = (a.mean + b.mean) / 2;
  let previous = f(lo);
  let found: number | undefined;
  for (let i = 1; i <= n; i++) {
    const p = lo + ((hi - lo) * i) / n;
    const v = f(p);
    if (previous !== 0 && v !== 0 && previous < 0 !== v < 0) {
      const candidate = bisect(f, lo + ((hi - lo) * (i - 1)) / n, p);
      if (found === undefined || Math.abs(candidate - middle) < Math.abs(found - middle)) {
        found = candidate;
      }
    }
    previous = v;
  }
  return found;
}
