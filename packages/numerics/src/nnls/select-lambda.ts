import { LmbError } from "@lmb/errors";
import { minimize1D } from "../roots/minimize.js";
import type { TikhonovFamily } from "./tikhonov-family.js";

/** Options of {@link selectLambdaByGcv}. */
export interface SelectLambdaOptions {
  /** Smallest λ searched. @default 1e-7 (pyDRTtools' lower bound) */
  min?: number;
  /** Largest λ searched. @default 1 (pyDRTtools' upper bound) */
  max?: number;
  /** Grid points per decade before the Brent refinement. @default 8 */
  pointsPerDecade?: number;
  /**
   * ρ of the modified GCV score m·‖r‖²/(m − ρ·tr K)² (Kim & Gu 2004): 1 is plain GCV; ρ > 1
   * (pyDRTtools' mGCV uses 1.3 for m < 50, else 2) counters GCV's tendency to under-smooth.
   * @default 1
   */
  rho?: number;
}

/** Result of {@link selectLambdaByGcv}. */
export interface SelectLambdaResult {
  /** The λ with the lowest GCV score. */
  lambda: number;
  /** GCV(λ) (modified GCV when ρ > 1). */
  score: number;
  /** True when the minimum sits on an end of [min, max] (widen the range to be sure). */
  atBound: boolean;
  /** The log-spaced grid searched and its scores. */
  grid: { lambda: Float64Array; score: Float64Array };
}

/**
 * Chooses the Tikhonov parameter λ by generalised cross-validation (or its modified form with
 * ρ > 1): the score on a log-spaced grid
 * over [min, max], then Brent's method on ln λ between the neighbours of the best grid point.
 * The global grid search avoids the local minima a local optimiser started from one λ can stop in.
 *
 * Sources: G. H. Golub, M. Heath, G. Wahba, Technometrics 21 (1979) 215; A. Maradesa et al.,
 * J. Electrochem. Soc. 170 (2023) 030502 (GCV and mGCV for the DRT, as in pyDRTtools);
 * Y. J. Kim, C. Gu, J. R. Stat. Soc. B 66 (2004) 337 (modified GCV).
 *
 * @param family - from {@link createTikhonovFamily}
 * @param options - search range and grid density
 * @returns λ, its score, whether it is at a bound, and the grid
 * @throws LmbError `E_INVALID_ARGUMENT` for a bad range
 * @example
 * const { lambda } = selectLambdaByGcv(createTikhonovFamily(problem));
 */
export function selectLambdaByGcv(
  family: TikhonovFamily,
  options: SelectLambdaOptions = {},
): SelectLambdaResult {
  const { min = 1e-7, max = 1, pointsPerDecade = 8, rho = 1 } = options;
  if (!(min > 0 && max > min && Number.isFinite(max) && pointsPerDecade >= 1 && rho >= 1)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `λ range [${min}, ${max}] with ${pointsPerDecade} points per decade is not usable`,
      { fix: "give 0 < min < max (finite), pointsPerDecade ≥ 1 and rho ≥ 1" },
    );
  }
  const m = family.rows;
  const gcv = (lambda: number): number => {
    const r = family.residualNorm(lambda);
    const dof = m - rho * family.influenceTrace(lambda);
    return dof > 0 ? (m * r * r) / (dof * dof) : Number.POSITIVE_INFINITY;
  };
  const decades = Math.log10(max / min);
  const count = Math.max(3, Math.ceil(decades * pointsPerDecade) + 1);
  const lambda = new Float64Array(count);
  const score = new Float64Array(count);
  let best = 0;
  for (let i = 0; i < count; i++) {
    lambda[i] = min * 10 ** ((decades * i) / (count - 1));
    score[i] = gcv(lambda[i] as number);
    if ((score[i] as number) < (score[best] as number)) best = i;
  }
  let bestLambda = lambda[best] as number;
  let bestScore = score[best] as number;
  const lo = Math.log(lambda[Math.max(0, best - 1)] as number);
  const hi = Math.log(lambda[Math.min(count - 1, best + 1)] as number);
  const refined = minimize1D((t) => gcv(Math.exp(t)), lo, hi, { rtol: 1e-6, xtol: 1e-6 });
  if (refined.value < bestScore) {
    bestLambda = Math.exp(refined.x);
    bestScore = refined.value;
  }
  const atBound = best === 0 || best === count - 1;
  return { lambda: bestLambda, score: bestScore, atBound, grid: { lambda, score } };
}
