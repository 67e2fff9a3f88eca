import { brent } from "@lmb/numerics";

/**
 * η of one electrode at current density j (internal, unchecked): the root of
 * g(η) = j0(1 − jκ)·e^{α_a·f·η} − j0(1 + jκ)·e^{−α_c·f·η} − j, which is increasing in η.
 * Bracket: for j > 0, g < 0 at η₀ = ln(j0c/j0a)/((α_a + α_c)f) and g ≥ 0 at
 * ln((j + j0c)/j0a)/(α_a·f) (j0a = j0(1 − jκ), j0c = j0(1 + jκ)); mirrored for j < 0.
 * Requires |j|·κ < 1.
 *
 * @returns η, V
 */
export function solveElectrodeOverpotential(
  j: number,
  j0: number,
  alphaA: number,
  alphaC: number,
  f: number,
  kappa: number,
): number {
  if (j === 0) return 0;
  const j0a = j0 * (1 - j * kappa);
  const j0c = j0 * (1 + j * kappa);
  const g = (eta: number) =>
    j0a * Math.exp(alphaA * f * eta) - j0c * Math.exp(-alphaC * f * eta) - j;
  const eta0 = Math.log(j0c / j0a) / ((alphaA + alphaC) * f);
  const [lo, hi] =
    j > 0
      ? [eta0, Math.log((j + j0c) / j0a) / (alphaA * f)]
      : [-Math.log((-j + j0a) / j0c) / (alphaC * f), eta0];
  if (lo === hi) return lo;
  return brent(g, lo, hi, { xtol: 1e-15, rtol: 1e-14 }).root;
}
