import { isLmbError, LmbError } from "@lmb/errors";
import { createRng, type LeastSquaresOptions, studentTQuantile } from "@lmb/numerics";
import type {
  CircuitFitParameter,
  CircuitFitResult,
  ImpedanceSpectrum,
  VegaLiteSpec,
} from "@lmb/schemas";
import type { CircuitParameterValues } from "../circuit/circuitImpedance.js";
import type { CircuitNode } from "../circuit/circuitNode.js";
import { type Circuit, compileCircuit } from "../circuit/compileCircuit.js";
import { bodePlot } from "../plots/bodePlot.js";
import { nyquistPlot } from "../plots/nyquistPlot.js";
import { derivedQuantities } from "./derivedQuantities.js";
import { estimateInitialGuess } from "./estimateInitialGuess.js";
import { checkImpedanceData, type ImpedanceData } from "./impedanceData.js";
import {
  createLocalFitWorkspace,
  type LocalCircuitFit,
  localCircuitFit,
} from "./localCircuitFit.js";
import { arcOrderPermutation } from "./orderArcs.js";
import { type ParameterBounds, resolveParameters } from "./resolveParameters.js";
import { sampleStart } from "./sampleStart.js";
import { type CircuitWeighting, weightingSigmas } from "./weighting.js";

/** Solver settings of {@link fitCircuit} (see `LeastSquaresOptions` of `@lmb/numerics`). */
export type CircuitSolverOptions = Omit<
  LeastSquaresOptions,
  "confidenceLevel" | "scaleCovariance" | "finiteDifference"
>;

/** Options of {@link fitCircuit}. All values in SI units (Ω, F, H, s). */
export interface FitCircuitOptions {
  /**
   * Starting values: every parameter in circuit order, only the free ones in order (impedance.py's
   * `initial_guess`), a record by name or alias (missing ones are estimated), or a previous fit
   * result (to follow a series of spectra). Estimated from the spectrum when absent.
   */
  initialGuess?: CircuitParameterValues | CircuitFitResult;
  /** Parameters held constant, by name or alias (impedance.py's `constants`). */
  fixed?: Readonly<Record<string, number>>;
  /** Bounds replacing the defaults (≥ 0; exponents in [0, 1]), by name or alias. */
  bounds?: Readonly<Record<string, ParameterBounds>>;
  /** Residual weighting. @default "unit" */
  weighting?: CircuitWeighting;
  /** Standard deviation σ per point (Ω), for both parts; replaces `weighting`. */
  sigma?: ArrayLike<number>;
  /**
   * Number of local fits: the first from the given/estimated start, the others from seeded random
   * starts around it (one decade either way; exponents in [0.5, 1]); the lowest χ² wins.
   * @default 1 when a complete initial guess is given, else 8
   */
  multiStart?: number;
  /** Seed of the multi-start draws. @default 1 */
  seed?: number;
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
  /** Fit positive parameters as ln p (recommended; see `localCircuitFit`). @default true */
  logParameters?: boolean;
  /**
   * Relabel interchangeable sibling arcs (`p(R,C)`, `p(R,CPE)`, `Zarc`, `K` in one series chain,
   * all parameters free with default bounds) so that time constants increase left to right: the
   * first such arc is the highest-frequency one. Z is unchanged. @default true
   */
  orderArcs?: boolean;
  /** Build the Vega-Lite Nyquist and Bode specs. @default true */
  plots?: boolean;
  /**
   * Solver settings. The default stops when an iteration lowers χ² by less than 1e-7 (relative):
   * near a minimum where Gauss–Newton converges linearly at rate ρ, the χ² left is ≈ 1e-7·χ²/(1 − ρ),
   * i.e. parameters within ≈ √(1e-7·dof/(1 − ρ)) ≈ 0.01 standard errors of the minimum.
   * @default { costTolerance: 1e-7 } and numerics' other defaults
   */
  solver?: CircuitSolverOptions;
}

function isFitResult(v: unknown): v is CircuitFitResult {
  return typeof v === "object" && v !== null && "parameters" in v && "circuit" in v;
}

function denseFrequencies(frequency: Float64Array): Float64Array {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const f of frequency) {
    lo = Math.min(lo, f);
    hi = Math.max(hi, f);
  }
  const decades = Math.log10(hi / lo);
  const n = Math.max(100, Math.ceil(decades * 20) + 1);
  if (!(decades > 0)) return Float64Array.of(hi);
  return Float64Array.from({ length: n }, (_, i) => hi * 10 ** ((-decades * i) / (n - 1)));
}

/**
 * Fits an equivalent circuit to an impedance spectrum by complex nonlinear least squares
 * (Macdonald & Garber, J. Electrochem. Soc. 124 (1977) 1022; Boukamp, Solid State Ionics 20
 * (1986) 31): real and imaginary parts stacked into 2N residuals, weighted by `weighting`,
 * minimised by Levenberg–Marquardt with the circuit's analytic Jacobian, positive parameters
 * fitted in log space, bounds, fixed parameters, estimated or given starts and an optional seeded
 * multi-start.
 *
 * Errors follow impedance.py: C = s²(JᵀWJ)⁻¹ with s² = χ²/(2N − p), intervals value ± t·SE
 * (Student t, 2N − p degrees of freedom). On impedance.py's documented example it reaches the true
 * local minimum, slightly below impedance.py's own (research/eis.md §2.5).
 *
 * @param circuit - circuit string (`"R0-p(R1,CPE1)-Wo1"`), tree or compiled circuit
 * @param data - `ImpedanceSpectrum` dataset or columns: frequency in Hz, Re Z and Im Z in Ω, Im Z
 *   negative when capacitive
 * @param options - starts, fixed values, bounds, weighting, multi-start, plots
 * @returns the fit: parameters with SE and intervals, derived arc quantities, χ², residuals in
 *   % of |Z|, convergence, warnings and Vega-Lite plots (schema `CircuitFitResult`)
 * @throws LmbError `E_CIRCUIT_PARSE`, `E_INVALID_INPUT` (bad spectrum: NaN, f ≤ 0, lengths),
 *   `E_INSUFFICIENT_DATA` (2N ≤ free parameters), `E_INVALID_PARAMETERS`, `E_BOUNDS`,
 *   `E_FIT_DIVERGED` (no start gave finite residuals)
 * @example
 * const fit = fitCircuit("R0-p(R1,C1)-p(R2-Wo1,C2)", spectrum, {
 *   initialGuess: [0.01, 0.01, 100, 0.01, 0.05, 100, 1],
 * });
 * fit.parameters.map((p) => `${p.name} = ${p.value} ± ${p.standardError} ${p.unit}`);
 */
export function fitCircuit(
  circuit: string | CircuitNode | Circuit,
  data: ImpedanceSpectrum | ImpedanceData,
  options: FitCircuitOptions = {},
): CircuitFitResult {
  const compiled =
    typeof circuit === "object" && "impedance" in circuit ? circuit : compileCircuit(circuit);
  const checked = checkImpedanceData(data);
  const n = checked.omega.length;
  const weighting = options.weighting ?? "unit";
  const sigma = weightingSigmas(checked, weighting, options.sigma);
  let initialGuess = options.initialGuess;
  if (isFitResult(initialGuess)) {
    initialGuess = Object.fromEntries(
      initialGuess.parameters
        .filter((p) => compiled.parameterIndex(p.name) >= 0)
        .map((p) => [p.name, p.value]),
    );
  }
  const plan = resolveParameters(
    compiled,
    {
      initialGuess,
      fixed: options.fixed,
      bounds: options.bounds,
      logParameters: options.logParameters,
    },
    () => estimateInitialGuess(compiled, checked),
  );
  const free = compiled.parameters.filter((_, k) => plan.fixed[k] === 0).length;
  if (2 * n <= free) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${n} points give ${2 * n} real values for ${free} free parameters of ${compiled.text}`,
      {
        location: { source: "data" },
        fix: "measure more frequencies, hold some parameters with options.fixed, or fit a simpler circuit",
      },
    );
  }
  const starts = options.multiStart ?? (plan.guess === "given" ? 1 : 8);
  if (!Number.isInteger(starts) || starts < 1) {
    throw new LmbError("E_INVALID_INPUT", `multiStart is ${starts}`, {
      location: { source: "options.multiStart" },
      fix: "give a positive whole number of starts (1 = a single local fit)",
    });
  }
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const solver: LeastSquaresOptions = { costTolerance: 1e-7, ...options.solver, confidenceLevel };
  const rng = createRng(options.seed ?? 1);
  const work = createLocalFitWorkspace(compiled, checked.omega);
  let best: LocalCircuitFit | undefined;
  let bestStart = 0;
  let bestInitial = plan.initial;
  let lastError: unknown;
  let iterations = 0;
  let evaluations = 0;
  for (let s = 0; s < starts; s++) {
    const start = s === 0 ? plan.initial : sampleStart(compiled, plan, plan.initial, rng);
    try {
      const fit = localCircuitFit(compiled, checked, sigma, plan, start, work, solver);
      iterations += fit.result.iterations;
      evaluations += fit.result.functionEvaluations;
      if (best === undefined || fit.result.chiSquare < best.result.chiSquare) {
        best = fit;
        bestStart = s;
        bestInitial = start;
      }
    } catch (error) {
      // A start that wanders into overflow is dropped; from the given start only a non-finite
      // model is, anything else is a real error.
      const nonFinite = isLmbError(error) && error.code === "E_MODEL_NON_FINITE";
      if (s === 0 && !nonFinite) throw error;
      lastError = error;
    }
  }
  if (best === undefined) {
    throw new LmbError(
      "E_FIT_DIVERGED",
      `the circuit ${compiled.text} gives non-finite impedances from every start (${starts})`,
      {
        location: { source: "options.initialGuess" },
        fix: "start from positive, physically sensible values (C, Q, τ > 0) or allow more starts with options.multiStart",
        cause: lastError,
      },
    );
  }
  if (options.orderArcs !== false) {
    // Relabel interchangeable arcs high-frequency first, then re-fit from there: the minimum is
    // the same, and the statistics come out for the new labels.
    const perm = arcOrderPermutation(compiled, plan, best.values);
    if (perm !== undefined) {
      const start = Float64Array.from(perm, (from) => best?.values[from] as number);
      const initial = bestInitial;
      bestInitial = Float64Array.from(perm, (from) => initial[from] as number);
      const polished = localCircuitFit(compiled, checked, sigma, plan, start, work, solver);
      iterations += polished.result.iterations;
      evaluations += polished.result.functionEvaluations;
      best = polished;
    }
  }
  return buildResult(compiled, checked, plan, best, {
    weighting: options.sigma !== undefined ? "custom" : weighting,
    confidenceLevel,
    starts,
    bestStart,
    bestInitial,
    iterations,
    evaluations,
    plots: options.plots ?? true,
  });
}

interface ResultContext {
  weighting: CircuitFitResult["weighting"];
  confidenceLevel: number;
  starts: number;
  bestStart: number;
  bestInitial: Float64Array;
  iterations: number;
  evaluations: number;
  plots: boolean;
}

function buildResult(
  circuit: Circuit,
  data: ReturnType<typeof checkImpedanceData>,
  plan: ReturnType<typeof resolveParameters>,
  best: LocalCircuitFit,
  ctx: ResultContext,
): CircuitFitResult {
  const { result, values, scale } = best;
  const P = circuit.parameters.length;
  const n = data.omega.length;
  const dof = result.degreesOfFreedom;
  const t = dof > 0 ? studentTQuantile(0.5 + ctx.confidenceLevel / 2, dof) : Number.NaN;
  // Covariance in p: C_p[i][j] = s_i·s_j·C_θ[i][j], s = dp/dθ.
  let covariance: Float64Array | undefined;
  if (result.covariance) {
    covariance = new Float64Array(P * P);
    const idx = result.covariance.names.map((name) => circuit.parameterIndex(name));
    idx.forEach((i, a) => {
      idx.forEach((j, b) => {
        const c = (result.covariance?.matrix[a]?.[b] as number) ?? 0;
        (covariance as Float64Array)[i * P + j] = (scale[i] as number) * (scale[j] as number) * c;
      });
    });
  }
  const warnings = result.warnings.filter((w) => w.code !== "W_AT_BOUND");
  const parameters: CircuitFitParameter[] = circuit.parameters.map((spec, k) => {
    const value = values[k] as number;
    const lo = plan.lower[k] as number;
    const hi = plan.upper[k] as number;
    const fixed = plan.fixed[k] === 1;
    const out: CircuitFitParameter = {
      name: spec.name,
      alias: spec.alias,
      element: spec.element,
      symbol: spec.symbol,
      unit: spec.unit,
      value,
      initial: ctx.bestInitial[k] as number,
      fixed,
    };
    if (Number.isFinite(lo)) out.min = lo;
    if (Number.isFinite(hi)) out.max = hi;
    if (fixed) return out;
    const near = (b: number) =>
      Number.isFinite(b) && Math.abs(value - b) <= 1e-12 * Math.max(Math.abs(b), 1e-300);
    if (near(lo)) out.atBound = "min";
    else if (near(hi)) out.atBound = "max";
    if (out.atBound !== undefined) {
      warnings.push({
        code: "W_AT_BOUND",
        message: `"${spec.name}" ended on its ${out.atBound} bound ${value} ${spec.unit}: its error treats it as free and its interval may cross the bound`,
      });
    }
    const ratio = value / (ctx.bestInitial[k] as number);
    if (plan.log[k] === 1 && (ratio < 1e-6 || ratio > 1e6)) {
      warnings.push({
        code: "W_RUNAWAY",
        message: `"${spec.name}" moved from ${ctx.bestInitial[k]} to ${value} ${spec.unit} (over six decades): the data may not support element ${spec.element}; try a simpler circuit or other starts`,
      });
    }
    const se = covariance ? Math.sqrt(covariance[k * P + k] as number) : Number.NaN;
    if (Number.isFinite(se)) {
      out.standardError = se;
      if (Number.isFinite(t)) out.interval = { lower: value - t * se, upper: value + t * se };
    }
    return out;
  });
  const fitReal = new Float64Array(n);
  const fitImag = new Float64Array(n);
  circuit.impedance(data.omega, values, fitReal, fitImag);
  const residualRealPercent: number[] = [];
  const residualImagPercent: number[] = [];
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const dr = (data.zReal[i] as number) - (fitReal[i] as number);
    const di = (data.zImag[i] as number) - (fitImag[i] as number);
    rss += dr * dr + di * di;
    const m = Math.hypot(data.zReal[i] as number, data.zImag[i] as number);
    residualRealPercent.push(m > 0 ? (100 * dr) / m : 0);
    residualImagPercent.push(m > 0 ? (100 * di) / m : 0);
  }
  const out: CircuitFitResult = {
    circuit: circuit.text,
    weighting: ctx.weighting,
    parameters,
    derived: derivedQuantities(circuit, values, covariance),
    statistics: {
      pointCount: n,
      residualCount: 2 * n,
      freeParameterCount: result.freeParameterCount,
      degreesOfFreedom: dof,
      chiSquare: result.chiSquare,
      residualSumOfSquares: rss,
      rootMeanSquareError: Math.sqrt(rss / (2 * n)),
      confidenceLevel: ctx.confidenceLevel,
      identifiability: result.identifiability,
    },
    convergence: {
      converged: result.converged,
      reason: result.reason,
      iterations: ctx.iterations,
      functionEvaluations: ctx.evaluations,
      starts: ctx.starts,
      bestStart: ctx.bestStart,
      guess: plan.guess,
    },
    frequency: Array.from(data.frequency),
    zReal: Array.from(data.zReal),
    zImag: Array.from(data.zImag),
    fitReal: Array.from(fitReal),
    fitImag: Array.from(fitImag),
    residualRealPercent,
    residualImagPercent,
    warnings,
  };
  if (result.reducedChiSquare !== undefined)
    out.statistics.reducedChiSquare = result.reducedChiSquare;
  if (Number.isFinite(result.aic)) out.statistics.aic = result.aic;
  if (Number.isFinite(result.bic)) out.statistics.bic = result.bic;
  if (Number.isFinite(result.scaledConditionNumber)) {
    out.statistics.scaledConditionNumber = result.scaledConditionNumber;
  }
  if (result.correlation) out.correlation = result.correlation;
  if (ctx.plots) out.plots = fitPlots(circuit, data, values);
  return out;
}

function fitPlots(
  circuit: Circuit,
  data: ReturnType<typeof checkImpedanceData>,
  values: Float64Array,
): { nyquist: VegaLiteSpec; bode: VegaLiteSpec } {
  const frequency = denseFrequencies(data.frequency);
  const omega = Float64Array.from(frequency, (f) => 2 * Math.PI * f);
  const zReal = new Float64Array(omega.length);
  const zImag = new Float64Array(omega.length);
  circuit.impedance(omega, values, zReal, zImag);
  const curve = { frequency, zReal, zImag };
  return {
    nyquist: nyquistPlot(data, curve, { title: `Nyquist plot: ${circuit.text}` }),
    bode: bodePlot(data, curve, { title: `Bode plot: ${circuit.text}` }),
  };
}
