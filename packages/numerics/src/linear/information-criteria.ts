/**
 * Akaike and Bayesian information criteria of a least-squares fit, in the convention of lmfit
 * (and of Burnham & Anderson for Gaussian errors with unknown σ, dropping constants):
 *
 * AIC = n·ln(χ²/n) + 2p,  BIC = n·ln(χ²/n) + p·ln n.
 *
 * Only differences between models fitted to the same data mean anything. For an exact fit
 * (χ² = 0) both are −∞.
 *
 * Source: K. P. Burnham & D. R. Anderson, Model Selection and Multimodel Inference (2002) §2.2;
 * lmfit `MinimizerResult.aic`/`bic`.
 *
 * @param chiSquared - weighted sum of squared residuals χ²
 * @param n - number of data points
 * @param parameters - number of fitted parameters p
 * @returns `{ aic, bic }` (dimensionless)
 * @example informationCriteria(26.6173985294224, 36, 2) // Norris: { aic: −7.07…, bic: −3.90… }
 */
export function informationCriteria(
  chiSquared: number,
  n: number,
  parameters: number,
): { aic: number; bic: number } {
  const base = n * Math.log(chiSquared / n);
  return { aic: base + 2 * parameters, bic: base + parameters * Math.log(n) };
}
