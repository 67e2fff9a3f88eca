import { spanningProbability } from "../lattice/spanningProbability.js";

/** R(p) of one simulation: the canonical spanning probability at a single p. */
function spanningAt(steps: ArrayLike<number>, elements: number, p: number): number {
  return spanningProbability(steps, elements, [p]).probability[0] as number;
}

function bisect(f: (p: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let fa = f(a);
  for (let i = 0; i < 60 && b - a > 1e-12; i++) {
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
  if (!(f(0) < 0 && f(1) > 0)) return undefined;
  return bisect(f, 0, 1);
}

/**
 * Where the spanning curves of two sizes cross, R_a(p) = R_b(p): near p_c both take the same
 * (universal, geometry-dependent) value, so the crossing of consecutive sizes is a threshold
 * estimate whose shift falls faster than that of p̄(L). Searched on 200 points between the two
 * curves' R = 0.05 and 0.95 levels, then refined by bisection; undefined when they do not cross.
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
  const bounds = [
    spanningLevelCrossing(stepsA, elementsA, 0.05),
    spanningLevelCrossing(stepsB, elementsB, 0.05),
    spanningLevelCrossing(stepsA, elementsA, 0.95),
    spanningLevelCrossing(stepsB, elementsB, 0.95),
  ];
  if (bounds.some((b) => b === undefined)) return undefined;
  const lo = Math.min(...(bounds as number[]));
  const hi = Math.max(...(bounds as number[]));
  const f = (p: number) => spanningAt(stepsA, elementsA, p) - spanningAt(stepsB, elementsB, p);
  const n = 200;
  let previous = f(lo);
  let found: number | undefined;
  for (let i = 1; i <= n; i++) {
    const p = lo + ((hi - lo) * i) / n;
    const v = f(p);
    if (previous !== 0 && v !== 0 && previous < 0 !== v < 0) {
      // keep the crossing nearest the middle of the transition
      const candidate = bisect(f, lo + ((hi - lo) * (i - 1)) / n, p);
      if (
        found === undefined ||
        Math.abs(candidate - (lo + hi) / 2) < Math.abs(found - (lo + hi) / 2)
      )
        found = candidate;
    }
    previous = v;
  }
  return found;
}
