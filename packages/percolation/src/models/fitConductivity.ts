import { LmbError } from "@lmb/errors";
import { type CurveFitResult, fitCurve, type ParameterSpec } from "@lmb/numerics";
import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { generalEffectiveMedium, mixingRule } from "./conductivityModels.js";

/** Which model {@link fitPercolationConductivity} fits. */
export type PercolationModel = "power-law" | "gem";

/** Options of {@link fitPercolationConductivity}. */
export interface PercolationFitOptions {
  /** @default "gem" */
  model?: PercolationModel;
  /** Known insulator conductivity σ_NM, S m⁻¹ (fitted on a log scale when absent). */
  insulator?: number;
  /** Known metal conductivity σ_M, S m⁻¹ (GEM only; fitted when absent). */
  metal?: number;
  /** Confidence level of the intervals. @default 0.95 */
  confidenceLevel?: number;
}

/** A fitted value with its standard error and interval. */
export interface FittedValue {
  value: number;
  standardError?: number;
  interval?: { lower: number; upper: number };
}

/** Result of {@link fitPercolationConductivity}. */
export interface PercolationFit {
  model: PercolationModel;
  /** V_p (φ_c): the critical metal volume fraction. */
  threshold: FittedValue;
  /** n (t): the conductivity exponent. */
  exponent: FittedValue;
  /** σ0 (power law) or σ_M (GEM), S m⁻¹ (from log10, interval mapped back). */
  prefactor: FittedValue;
  /** σ_NM, S m⁻¹ (fitted or as given). */
  insulator: FittedValue;
  /** Root-mean-square residual in decades of σ. */
  rmsDecades: number;
  /** The fit on log10 σ (statistics, residuals). */
  fit: CurveFitResult;
  /** log σ versus V_f: data, the fitted model and the mixing rule for comparison. */
  plot: VegaLiteSpec;
}

function fromLog(fit: CurveFitResult, name: string): FittedValue {
  const p = fit.parameters.find((q) => q.name === name);
  const value = 10 ** (p?.value ?? Number.NaN);
  if (p?.standardError === undefined || p.interval === undefined) return { value };
  return {
    value,
    standardError: value * Math.LN10 * p.standardError,
    interval: { lower: 10 ** p.interval.lower, upper: 10 ** p.interval.upper },
  };
}

function linear(fit: CurveFitResult, name: string): FittedValue {
  const p = fit.parameters.find((q) => q.name === name);
  return {
    value: p?.value ?? Number.NaN,
    ...(p?.standardError === undefined ? {} : { standardError: p.standardError }),
    ...(p?.interval === undefined ? {} : { interval: p.interval }),
  };
}

/**
 * Fits percolation to measured (V_f, σ) data on a log-σ scale (decades, since σ spans many
 * orders of magnitude):
 * - `"power-law"`: log10 σ = log10(σ_NM + σ0·max(V_f − V_p, 0)^n), fitting V_p, n, σ0 (and σ_NM);
 * - `"gem"`: McLachlan's general effective-medium equation (see `generalEffectiveMedium`),
 *   fitting φ_c, t, σ_M (and σ_NM), which covers both sides of the threshold.
 * Starting values: V_p at the steepest rise of log σ, n = 2, σ0 or σ_M the largest σ, σ_NM the
 * smallest. Uncertainties are Levenberg–Marquardt standard errors and t intervals; σ values are
 * fitted as log10 and mapped back (asymmetric intervals).
 *
 * Source: McLachlan, Blaszkiewicz, Newnham, J. Am. Ceram. Soc. 73 (1990) 2187; Stauffer &
 * Aharony (1994).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for fractions outside [0, 1], non-positive σ, fewer
 *   points than parameters + 1.
 * @example
 * fitPercolationConductivity([0.1, 0.2, 0.3, 0.4, 0.5], [1e-8, 1e-8, 3e-3, 2e2, 1e4]).threshold.value;
 */
export function fitPercolationConductivity(
  fraction: readonly number[],
  conductivity: readonly number[],
  options: PercolationFitOptions = {},
): PercolationFit {
  const model = options.model ?? "gem";
  const n = fraction.length;
  if (conductivity.length !== n) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${n} fractions but ${conductivity.length} conductivities`,
      {
        fix: "give one conductivity per volume fraction",
      },
    );
  }
  fraction.forEach((phi, i) => {
    if (!(phi >= 0 && phi <= 1)) {
      throw new LmbError("E_INVALID_ARGUMENT", `V_f = ${phi} (point ${i + 1}) is outside [0, 1]`, {
        location: { line: i + 1 },
        fix: "give volume fractions as numbers between 0 and 1 (not percent)",
      });
    }
    if (!((conductivity[i] as number) > 0)) {
      throw new LmbError(
        "E_INVALID_ARGUMENT",
        `σ = ${conductivity[i]} (point ${i + 1}) is not positive`,
        {
          location: { line: i + 1 },
          fix: "give conductivities in S m⁻¹; a log-scale fit needs σ > 0",
        },
      );
    }
  });
  const logs = conductivity.map((s) => Math.log10(s));
  const order = fraction
    .map((_, i) => i)
    .sort((a, b) => (fraction[a] as number) - (fraction[b] as number));
  let steepest = 0;
  let guess = 0.3;
  for (let k = 1; k < n; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    const dphi = (fraction[b] as number) - (fraction[a] as number);
    const rise = dphi > 0 ? ((logs[b] as number) - (logs[a] as number)) / dphi : 0;
    if (rise > steepest) {
      steepest = rise;
      guess = ((fraction[a] as number) + (fraction[b] as number)) / 2;
    }
  }
  const maxLog = Math.max(...logs);
  const minLog = Math.min(...logs);
  const parameters: ParameterSpec[] = [
    { name: "threshold", initial: Math.min(0.95, Math.max(0.02, guess)), min: 0.001, max: 0.999 },
    { name: "exponent", initial: 2, min: 0.05, max: 10 },
    { name: "logPrefactor", initial: maxLog + (model === "power-law" ? 1 : 0.5) },
    {
      name: "logInsulator",
      initial: options.insulator === undefined ? minLog : Math.log10(options.insulator),
      ...(options.insulator === undefined ? {} : { fixed: true }),
    },
  ];
  if (model === "gem" && options.metal !== undefined) {
    (parameters[2] as ParameterSpec).initial = Math.log10(options.metal);
    (parameters[2] as ParameterSpec).fixed = true;
  }
  const free = parameters.filter((p) => !p.fixed).length;
  if (n < free + 1) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${n} points cannot fit ${free} parameters with an error estimate`,
      {
        fix: "measure more volume fractions, or fix σ_NM/σ_M with known values",
      },
    );
  }
  const evaluate = (p: Float64Array, phi: number): number => {
    const threshold = p[0] as number;
    const exponent = p[1] as number;
    const high = 10 ** (p[2] as number);
    const low = 10 ** (p[3] as number);
    if (model === "power-law") {
      return Math.log10(low + (phi > threshold ? high * (phi - threshold) ** exponent : 0));
    }
    if (!(high > low)) return Math.log10(low);
    return Math.log10(
      generalEffectiveMedium(phi, { threshold, exponent, metal: high, insulator: low }),
    );
  };
  const fit = fitCurve(
    {
      x: Float64Array.from(fraction),
      y: logs,
      model: (p, x, out) => {
        for (let i = 0; i < x.length; i++) out[i] = evaluate(p, x[i] as number);
      },
      parameters,
    },
    { confidenceLevel: options.confidenceLevel ?? 0.95 },
  );
  const values = Float64Array.from(fit.parameters.map((p) => p.value));
  const lo = Math.min(...fraction);
  const hi = Math.max(...fraction);
  const curve: { x: number; y: number; series: string }[] = [];
  for (let k = 0; k <= 200; k++) {
    const phi = lo + ((hi - lo) * k) / 200;
    curve.push({
      x: phi,
      y: evaluate(values, phi),
      series: model === "gem" ? "GEM fit" : "power-law fit",
    });
    curve.push({
      x: phi,
      y: Math.log10(mixingRule(phi, 10 ** (values[2] as number), 10 ** (values[3] as number))),
      series: "mixing rule",
    });
  }
  const plot: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: "Conductivity versus metal fraction",
    width: 480,
    height: 320,
    encoding: {
      x: { field: "x", type: "quantitative", title: "metal volume fraction V_f" },
      y: { field: "y", type: "quantitative", title: "log10 σ (S m⁻¹)" },
      color: { field: "series", type: "nominal", title: null },
    },
    layer: [
      {
        data: { values: fraction.map((x, i) => ({ x, y: logs[i], series: "data" })) },
        mark: { type: "point", filled: true, size: 40 },
      },
      { data: { values: curve }, mark: { type: "line", strokeWidth: 2 } },
    ],
  };
  return {
    model,
    threshold: linear(fit, "threshold"),
    exponent: linear(fit, "exponent"),
    prefactor: fromLog(fit, "logPrefactor"),
    insulator: fromLog(fit, "logInsulator"),
    rmsDecades: Math.sqrt(fit.chiSquare / n),
    fit,
    plot,
  };
}
