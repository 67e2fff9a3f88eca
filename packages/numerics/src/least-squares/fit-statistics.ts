import { EigenvalueDecomposition, Matrix } from "ml-matrix";
import { studentTQuantile } from "../distributions/student-t.js";
import type { ParameterLayout } from "./parameters.js";
import type {
  FittedParameter,
  FitWarning,
  Identifiability,
  LeastSquaresResult,
  NamedMatrix,
} from "./types.js";

/** Inputs of {@link fitStatistics}. */
export interface StatisticsInput {
  layout: ParameterLayout;
  /** All parameters at the solution. */
  x: Float64Array;
  /** Weighted Jacobian over the free parameters at x, row-major n × m. */
  jac: Float64Array;
  /** n, real residuals. */
  residualCount: number;
  /** χ² at x. */
  chiSquare: number;
  confidenceLevel: number;
  scaleCovariance: boolean;
}

/** The part of a {@link LeastSquaresResult} that {@link fitStatistics} fills. */
export type FitStatistics = Pick<
  LeastSquaresResult,
  | "parameters"
  | "values"
  | "standardErrors"
  | "covariance"
  | "correlation"
  | "confidenceLevel"
  | "chiSquare"
  | "reducedChiSquare"
  | "degreesOfFreedom"
  | "residualCount"
  | "freeParameterCount"
  | "aic"
  | "bic"
  | "conditionNumber"
  | "scaledConditionNumber"
  | "identifiability"
  | "warnings"
>;

/** Scaled condition number above which a fit is flagged ill-conditioned. */
export const ILL_CONDITIONED = 1e10;

function symmetricEigenvalues(a: number[][]): { values: number[]; vectors: Matrix } {
  const evd = new EigenvalueDecomposition(new Matrix(a), { assumeSymmetric: true });
  return { values: evd.realEigenvalues, vectors: evd.eigenvectorMatrix };
}

function conditionOf(values: number[]): number {
  const max = Math.max(...values);
  const min = Math.min(...values);
  return min > 0 ? max / min : Number.POSITIVE_INFINITY;
}

/**
 * Statistics of a least-squares solution, computed on the free parameters in their own
 * (original) parameterisation from the weighted Jacobian J at the solution:
 *
 * - covariance C = s²·(JᵀJ)⁻¹ with s² = χ²/(n − p) (or s² = 1 when `scaleCovariance` is false),
 *   inverted through the eigen-decomposition of the column-equilibrated JᵀJ (ml-matrix);
 * - standard errors √C_jj; intervals value ± t_{(1+level)/2, n−p}·SE (normal quantile when the
 *   covariance is not scaled); correlation C_ij/√(C_ii·C_jj);
 * - AIC = n·ln(χ²/n) + 2p and BIC = n·ln(χ²/n) + p·ln(n) (Burnham & Anderson 2002, least-squares form);
 * - condition numbers λ_max/λ_min of JᵀJ, raw and with unit-norm columns; `"singular"` when the
 *   scaled one exceeds 1/(p·ε), a column is zero or a column is not finite (no covariance then,
 *   with `W_SINGULAR` or `W_JACOBIAN_NON_FINITE`), `"ill-conditioned"` above 1e10.
 *
 * @example
 * const stats = fitStatistics({ layout, x, jac, residualCount: n, chiSquare, confidenceLevel: 0.95, scaleCovariance: true });
 */
export function fitStatistics(input: StatisticsInput): FitStatistics {
  const { layout, x, jac, residualCount: n, chiSquare, confidenceLevel, scaleCovariance } = input;
  const { free, names, lower, upper } = layout;
  const m = free.length;
  const dof = n - m;
  const warnings: FitWarning[] = [];
  // A = JᵀJ and its column norms.
  const a: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < n; i++) {
    const row = i * m;
    for (let j = 0; j < m; j++) {
      const jij = jac[row + j] as number;
      if (jij === 0) continue;
      const aj = a[j] as number[];
      for (let k = 0; k <= j; k++) aj[k] = (aj[k] as number) + jij * (jac[row + k] as number);
    }
  }
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < j; k++) (a[k] as number[])[j] = (a[j] as number[])[k] as number;
  }
  const norms = a.map((row, j) => Math.sqrt(row[j] as number));
  const zeroColumn = norms.findIndex((c) => !(c > 0));
  // The model can overflow a step away from the solution (a finite-difference Jacobian then
  // holds ±Infinity or NaN): no curvature information, so no errors rather than a crash.
  const nonFiniteColumn = norms.findIndex((c) => !Number.isFinite(c));
  const scaled = a.map((row, i) =>
    row.map((v, j) => v / ((norms[i] as number) * (norms[j] as number))),
  );
  let conditionNumber = Number.POSITIVE_INFINITY;
  let scaledConditionNumber = Number.POSITIVE_INFINITY;
  let eig: { values: number[]; vectors: Matrix } | undefined;
  if (nonFiniteColumn < 0) {
    conditionNumber = conditionOf(symmetricEigenvalues(a).values);
    if (zeroColumn < 0) {
      eig = symmetricEigenvalues(scaled);
      scaledConditionNumber = conditionOf(eig.values);
    }
  }
  let identifiability: Identifiability = "ok";
  if (nonFiniteColumn >= 0) {
    identifiability = "singular";
    warnings.push({
      code: "W_JACOBIAN_NON_FINITE",
      message: `the Jacobian column of "${names[free[nonFiniteColumn] as number]}" is not finite at the solution (the model overflows next to it): no covariance, standard errors or intervals; rescale the parameter or bound it away from the overflow`,
    });
  } else if (zeroColumn >= 0 || !(scaledConditionNumber < 1 / (m * Number.EPSILON))) {
    identifiability = "singular";
    warnings.push({
      code: "W_SINGULAR",
      message:
        zeroColumn >= 0
          ? `the model does not depend on "${names[free[zeroColumn] as number]}" at the solution: no covariance, standard errors or intervals`
          : `JᵀJ is singular (scaled condition number ${scaledConditionNumber.toExponential(2)}): the parameters are not identifiable from these data; no covariance, standard errors or intervals`,
    });
  } else if (scaledConditionNumber > ILL_CONDITIONED) {
    identifiability = "ill-conditioned";
    warnings.push({
      code: "W_ILL_CONDITIONED",
      message: `JᵀJ is ill-conditioned (scaled condition number ${scaledConditionNumber.toExponential(2)}): parameters are strongly correlated and their errors are large and uncertain`,
    });
  }
  const freeNames = Array.from(free, (k) => names[k] as string);
  let covariance: NamedMatrix | undefined;
  let correlation: NamedMatrix | undefined;
  if (scaleCovariance && dof === 0) {
    warnings.push({
      code: "W_NO_DOF",
      message: "as many data values as free parameters: s² = χ²/(n − p) is undefined, so no errors",
    });
  } else if (eig !== undefined && identifiability !== "singular") {
    const s2 = scaleCovariance ? chiSquare / dof : 1;
    const { values, vectors } = eig;
    const cov: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    for (let i = 0; i < m; i++) {
      for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let k = 0; k < m; k++)
          s += (vectors.get(i, k) * vectors.get(j, k)) / (values[k] as number);
        const c = (s2 * s) / ((norms[i] as number) * (norms[j] as number));
        (cov[i] as number[])[j] = c;
        (cov[j] as number[])[i] = c;
      }
    }
    covariance = { names: freeNames, matrix: cov };
    const sd = cov.map((row, i) => Math.sqrt(row[i] as number));
    correlation = {
      names: freeNames,
      matrix: cov.map((row, i) =>
        row.map((c, j) => (i === j ? 1 : c / ((sd[i] as number) * (sd[j] as number)))),
      ),
    };
  }
  const t = studentTQuantile(
    0.5 + confidenceLevel / 2,
    scaleCovariance ? Math.max(dof, 1) : Number.POSITIVE_INFINITY,
  );
  const values: Record<string, number> = {};
  const standardErrors: Record<string, number> = {};
  const freeIndex = new Map<number, number>();
  free.forEach((k, j) => {
    freeIndex.set(k, j);
  });
  const parameters: FittedParameter[] = names.map((name, k) => {
    const value = x[k] as number;
    values[name] = value;
    const j = freeIndex.get(k);
    const fitted: FittedParameter = {
      name,
      value,
      initial: layout.initial[k] as number,
      fixed: j === undefined,
    };
    if (j !== undefined) {
      if (value === lower[k]) fitted.atBound = "min";
      else if (value === upper[k]) fitted.atBound = "max";
      if (fitted.atBound !== undefined) {
        warnings.push({
          code: "W_AT_BOUND",
          message: `"${name}" ended on its ${fitted.atBound} bound ${value}: its error treats it as free and its interval may cross the bound`,
        });
      }
      if (covariance !== undefined) {
        const se = Math.sqrt((covariance.matrix[j] as number[])[j] as number);
        fitted.standardError = se;
        fitted.interval = { lower: value - t * se, upper: value + t * se };
        standardErrors[name] = se;
      }
    }
    return fitted;
  });
  const logTerm = n * Math.log(chiSquare / n);
  const stats: FitStatistics = {
    parameters,
    values,
    standardErrors,
    confidenceLevel,
    chiSquare,
    degreesOfFreedom: dof,
    residualCount: n,
    freeParameterCount: m,
    aic: logTerm + 2 * m,
    bic: logTerm + m * Math.log(n),
    conditionNumber,
    scaledConditionNumber,
    identifiability,
    warnings,
  };
  if (dof > 0) stats.reducedChiSquare = chiSquare / dof;
  if (covariance !== undefined) stats.covariance = covariance;
  if (correlation !== undefined) stats.correlation = correlation;
  return stats;
}
