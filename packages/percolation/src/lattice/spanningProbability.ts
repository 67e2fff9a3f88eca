import { regularizedIncompleteBeta } from "@lmb/numerics";

/** Spanning probability R(p) on a grid of p with its standard error over runs. */
export interface SpanningCurve {
  p: number[];
  probability: number[];
  standardError: number[];
}

/**
 * The canonical spanning probability R(p) = Σ_n B(N, n, p)·F(n), where F(n) is the fraction
 * of runs that had spanned after n of N elements were occupied: the microcanonical Newman–Ziff
 * result convolved with the binomial distribution of occupied elements. For one run that first
 * spans at step k, Σ_{n ≥ k} B(N, n, p) = P(X ≥ k) = I_p(k, N − k + 1) (regularised incomplete
 * beta), so R(p) is the mean of that over runs and its standard error is the run-to-run one.
 *
 * Source: Newman & Ziff, Phys. Rev. E 64 (2001) 016706, eq. (2).
 *
 * @param spanningSteps - first spanning step of each run (−1: never spanned)
 * @param total - N, the number of sites (or bonds)
 * @param ps - occupation probabilities in [0, 1]
 * @example
 * spanningProbability([310, 320, 305], 1000, [0.3, 0.31, 0.32]).probability;
 */
export function spanningProbability(
  spanningSteps: ArrayLike<number>,
  total: number,
  ps: readonly number[],
): SpanningCurve {
  const runs = spanningSteps.length;
  const probability: number[] = [];
  const standardError: number[] = [];
  for (const p of ps) {
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < runs; r++) {
      const k = spanningSteps[r] as number;
      let v: number;
      if (k < 0) v = 0;
      else if (k === 0) v = 1;
      else if (p <= 0) v = 0;
      else if (p >= 1) v = 1;
      else v = regularizedIncompleteBeta(p, k, total - k + 1);
      sum += v;
      sumSq += v * v;
    }
    const mean = sum / runs;
    probability.push(mean);
    standardError.push(
      runs > 1 ? Math.sqrt(Math.max(0, sumSq / runs - mean * mean) / (runs - 1)) : 0,
    );
  }
  return { p: [...ps], probability, standardError };
}
