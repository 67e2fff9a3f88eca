/**
 * Public types of the least-squares engine: parameter specifications, options and results.
 *
 * @packageDocumentation
 */

/**
 * One model parameter: a name, a starting value and optional box bounds, or `fixed`.
 *
 * Units are whatever the model uses for this parameter (lmb models work in SI).
 *
 * @example
 * const p: ParameterSpec = { name: "i0", initial: 1e-3, min: 0 };
 */
export interface ParameterSpec {
  /** Name, unique within the problem; results are keyed by it. */
  name: string;
  /** Starting value; must lie within [min, max]. */
  initial: number;
  /** Lower bound (inclusive). @default -Infinity */
  min?: number;
  /** Upper bound (inclusive). @default Infinity */
  max?: number;
  /** Hold the parameter at `initial` (it is passed to the model but not fitted). @default false */
  fixed?: boolean;
  /**
   * Absolute finite-difference step for this parameter, in its units. By default
   * h = ε^(1/3)·|p| for central and √ε·|p| for forward differences (|p| replaced by |initial|, then 1, when zero).
   */
  step?: number;
}

/**
 * Why the fit stopped.
 *
 * - `"gradient"`: every |cos| between the residual vector and a Jacobian column is ≤ `gradientTolerance`
 *   (or the projected gradient vanished at the bounds).
 * - `"step"`: the trust region (scaled step) shrank below `stepTolerance`·‖D·p‖.
 * - `"cost"`: both actual and predicted relative reductions of χ² are ≤ `costTolerance` (or χ² = 0).
 * - `"max-iterations"`: `maxIterations` Jacobian evaluations were used (not converged).
 * - `"max-evaluations"`: `maxFunctionEvaluations` model evaluations were used (not converged).
 */
export type StopReason = "gradient" | "step" | "cost" | "max-iterations" | "max-evaluations";

/**
 * Residuals as the solver sees them: n real residuals r_i(p) (already weighted) over all
 * parameters p (fixed ones included, in the order of the parameter list), and optionally their
 * Jacobian. The solver minimises χ² = Σ r_i².
 *
 * @example
 * // Fit y = a·exp(−k·t): r_i = a·exp(−k·t_i) − y_i
 * const problem: ResidualProblem = {
 *   residualCount: t.length,
 *   residuals: (p, out) => { for (let i = 0; i < t.length; i++) out[i] = p[0] * Math.exp(-p[1] * t[i]) - y[i]; },
 * };
 */
export interface ResidualProblem {
  /** n, the number of real residuals. */
  residualCount: number;
  /** Writes r(p) into `out` (length n). */
  residuals: (p: Float64Array, out: Float64Array) => void;
  /** Writes ∂r_i/∂p_k into `out`, row-major n × P over all P parameters (`out[i·P + k]`). */
  jacobian?: (p: Float64Array, out: Float64Array) => void;
}

/** How a finite-difference Jacobian is formed when the model gives none. */
export type FiniteDifferenceMethod = "central" | "forward";

/** Options shared by {@link fitLeastSquares}, {@link fitCurve} and {@link fitComplexCurve}. */
export interface LeastSquaresOptions {
  /** Maximum outer iterations (Jacobian evaluations). @default 1000 */
  maxIterations?: number;
  /** Maximum model evaluations, finite differences included. @default 100000 */
  maxFunctionEvaluations?: number;
  /** Relative χ² reduction (actual and predicted) below which the fit stops. @default 1e-12 */
  costTolerance?: number;
  /** Relative scaled step (trust radius / ‖D·p‖) below which the fit stops. @default 1e-10 */
  stepTolerance?: number;
  /** Largest |cos| between residuals and a Jacobian column at which the fit stops. @default 1e-10 */
  gradientTolerance?: number;
  /** Initial trust radius as a multiple of ‖D·p₀‖ (MINPACK's `factor`). @default 100 */
  initialStepBound?: number;
  /** Finite-difference scheme when no analytic Jacobian is given. @default "central" */
  finiteDifference?: FiniteDifferenceMethod;
  /** Confidence level of the reported intervals, in (0, 1). @default 0.95 */
  confidenceLevel?: number;
  /**
   * Scale the covariance by s² = χ²/(n − p) (weights are relative). Set `false` when the weights
   * are exact 1/σ² so that the covariance is (JᵀWJ)⁻¹. @default true
   */
  scaleCovariance?: boolean;
}

/** How well the parameters are determined by the data at the solution. */
export type Identifiability = "ok" | "ill-conditioned" | "singular";

/** A warning attached to a fit result: reported, never hidden. */
export interface FitWarning {
  /** Stable code, e.g. `W_ILL_CONDITIONED`, `W_SINGULAR`, `W_AT_BOUND`, `W_NOT_CONVERGED`, `W_NO_DOF`,
   *  `W_JACOBIAN_NON_FINITE`. */
  code: string;
  /** What it means for the result. */
  message: string;
}

/** One parameter of a fit result. */
export interface FittedParameter {
  /** Name from the {@link ParameterSpec}. */
  name: string;
  /** Best-fit value (always within [min, max]). */
  value: number;
  /** Starting value. */
  initial: number;
  /** True when the parameter was held fixed. */
  fixed: boolean;
  /** `"min"` or `"max"` when the value sits on that bound; absent otherwise. */
  atBound?: "min" | "max";
  /** Standard error √C_jj (absent for fixed parameters or when the covariance is not available). */
  standardError?: number;
  /** Confidence interval value ± t·SE at {@link LeastSquaresResult.confidenceLevel} (absent with SE). */
  interval?: { lower: number; upper: number };
}

/** A square matrix over named free parameters (row i, column j ↔ names[i], names[j]). */
export interface NamedMatrix {
  names: string[];
  matrix: number[][];
}

/**
 * Result of a least-squares fit: values with errors and intervals, goodness of fit, residuals,
 * convergence information and conditioning.
 */
export interface LeastSquaresResult {
  /** Every parameter (fixed ones included), in the order given. */
  parameters: FittedParameter[];
  /** Best-fit values by name. */
  values: Record<string, number>;
  /** Standard errors by name, for free parameters (empty when the covariance is not available). */
  standardErrors: Record<string, number>;
  /** Covariance of the free parameters, s²·(JᵀWJ)⁻¹ (absent when singular or with no degree of freedom). */
  covariance?: NamedMatrix;
  /** Correlation matrix C_ij/√(C_ii·C_jj) of the free parameters (absent with the covariance). */
  correlation?: NamedMatrix;
  /** Level of the confidence intervals, e.g. 0.95. */
  confidenceLevel: number;
  /** χ² = Σ w_i·r_i² (the weighted residual sum of squares). */
  chiSquare: number;
  /** χ²/(n − p); absent when n = p. */
  reducedChiSquare?: number;
  /** n − p: residual count minus free parameters. */
  degreesOfFreedom: number;
  /** n: number of real residuals (2 per complex point). */
  residualCount: number;
  /** p: number of free parameters. */
  freeParameterCount: number;
  /** Akaike information criterion n·ln(χ²/n) + 2p (−Infinity for an exact fit). */
  aic: number;
  /** Bayesian information criterion n·ln(χ²/n) + p·ln(n) (−Infinity for an exact fit). */
  bic: number;
  /** Weighted residuals √w_i·(f_i − y_i) at the solution, as minimised. */
  weightedResiduals: Float64Array;
  /** True when a tolerance test stopped the fit. */
  converged: boolean;
  /** Which test stopped the fit. */
  reason: StopReason;
  /** Outer iterations (Jacobian evaluations during the search). */
  iterations: number;
  /** Model (residual) evaluations, finite differences included. */
  functionEvaluations: number;
  /** Analytic Jacobian evaluations (0 with finite differences). */
  jacobianEvaluations: number;
  /** Condition number λ_max/λ_min of JᵀWJ at the solution (free parameters, as given). */
  conditionNumber: number;
  /** Condition number of JᵀWJ after scaling its columns to unit norm (independent of units). */
  scaledConditionNumber: number;
  /** `"ill-conditioned"` above a scaled condition number 1e10, `"singular"` above 1/(p·ε). */
  identifiability: Identifiability;
  /** Everything a user should know before trusting the numbers. */
  warnings: FitWarning[];
}

/** Result of {@link fitCurve}: a {@link LeastSquaresResult} plus the curve and data residuals. */
export interface CurveFitResult extends LeastSquaresResult {
  /** Model values f(x_i; p̂) at the data points. */
  curve: Float64Array;
  /** Residuals y_i − f(x_i; p̂) (unweighted). */
  residuals: Float64Array;
  /** R² = 1 − χ²/Σ w_i (y_i − ȳ_w)², ȳ_w the weighted mean. */
  rSquared: number;
}

/** Result of {@link fitComplexCurve}: real and imaginary parts of the curve and residuals. */
export interface ComplexCurveFitResult extends LeastSquaresResult {
  /** Re f(x_i; p̂). */
  curveRe: Float64Array;
  /** Im f(x_i; p̂). */
  curveIm: Float64Array;
  /** Re(y_i − f_i) (unweighted). */
  residualsRe: Float64Array;
  /** Im(y_i − f_i) (unweighted). */
  residualsIm: Float64Array;
  /** R² over the stacked real and imaginary parts, each about its own weighted mean. */
  rSquared: number;
}
