import type { LinearRegressionResult } from "@lmb/numerics";
import type { KineticsGoodnessOfFit } from "@lmb/schemas";

/**
 * Goodness of fit of a straight-line regression, in lmb's JSON shape.
 *
 * @param fit - a `linearRegression` result
 * @param residualUnit - what the residuals measure, e.g. "log10(j / A m⁻²)"
 * @param parameterCount - 2 for a line, 1 through the origin
 */
export function linearGoodnessOfFit(
  fit: LinearRegressionResult,
  residualUnit: string,
  parameterCount: number,
): KineticsGoodnessOfFit {
  return {
    pointCount: fit.n,
    parameterCount,
    degreesOfFreedom: fit.dof,
    rSquared: fit.rSquared,
    chiSquare: fit.chiSquared,
    residualStandardDeviation: fit.residualStandardDeviation,
    residualUnit,
  };
}
