import type { KineticsEstimate, KineticsWarning, MostanyFitResult } from "@lmb/schemas";
import { FARADAY_CONSTANT } from "@lmb/units";
import {
  type DepositionConditions,
  mostanyCurrentDensity,
} from "../scharifkerHills/dimensionalTransients.js";
import type { MostanyFit } from "../scharifkerHills/fitMostanyTransient.js";
import type { TransientBaseline } from "../scharifkerHills/transientBaseline.js";
import { estimateJson, quantityJson } from "./jsonValues.js";
import { layeredPlot, linspace, type PlotRow } from "./nucleationPlot.js";
import {
  apparentDiffusivityWarning,
  baselineJson,
  conditionsJson,
} from "./transientClassificationJson.js";

/** Options of {@link mostanyFitJson}: what the fit was run with. */
export interface MostanyFitJsonOptions {
  /**
   * The time column given to `fitMostanyTransient` (s): with it the plot shows the fitted data
   * points; without it only the fitted curve.
   */
  time?: ArrayLike<number>;
  /** The baseline rule given to the fit. @default "none" (or "value" when a baseline was removed) */
  baseline?: TransientBaseline;
  /** True when the user gave the fit window. @default false */
  windowGiven?: boolean;
}

const RELATION =
  "j(t) = zF·D^½·c/(π^½·t^½)·{1 − exp[−N0·π·k·D·(t − (1 − e^{−A·t})/A)]}, k = (8πcV_m)^½";

/** A·N0 with the delta-method SE from the ln-space covariance, and the ln-space interval mapped back. */
function rateDensity(fit: MostanyFit): KineticsEstimate {
  const value = fit.nucleationRate.value * fit.siteDensity.value;
  const cov = fit.fit.covariance;
  const lnA = fit.fit.parameters.find((p) => p.name === "lnA");
  const i = cov?.names.indexOf("lnN0") ?? -1;
  const j = cov?.names.indexOf("lnA") ?? -1;
  if (
    cov === undefined ||
    i < 0 ||
    j < 0 ||
    lnA?.standardError === undefined ||
    lnA.interval === undefined ||
    !(lnA.standardError > 0)
  ) {
    return estimateJson(value, "cm-2 s-1");
  }
  const m = cov.matrix;
  const variance = (m[i]?.[i] as number) + (m[j]?.[j] as number) + 2 * (m[i]?.[j] as number);
  if (!(variance >= 0)) return estimateJson(value, "cm-2 s-1");
  const se = Math.sqrt(variance);
  // the t quantile the fit used, read back from one of its own intervals
  const quantile = (lnA.interval.upper - lnA.value) / lnA.standardError;
  return estimateJson(value, "cm-2 s-1", value * se, {
    lower: value * Math.exp(-quantile * se),
    upper: value * Math.exp(quantile * se),
  });
}

/**
 * Turns a {@link MostanyFit} (SI) into the `MostanyFitResult` of `@lmb/schemas`: D (cm² s⁻¹),
 * N0 (cm⁻²), A (s⁻¹) and A·N0 (cm⁻² s⁻¹) with standard errors and intervals, t_m, j_m, the window,
 * goodness of fit (residuals in mA cm⁻²), convergence, the fit's warnings plus the regime's
 * (A undetermined when instantaneous, only A·N0 when progressive) and a plot of j against t.
 *
 * @param fit - a result of `fitMostanyTransient`
 * @param conditions - the conditions the fit used (c in mol m⁻³, V_m in m³ mol⁻¹, z)
 * @param options - the time column (for the plot's data points), baseline rule and window origin
 * @example
 * const f = fitMostanyTransient(t, j, li1M);
 * mostanyFitJson(f, li1M, { time: t }).diffusivity; // { value: …, unit: "cm² s⁻¹", standardError, interval }
 */
export function mostanyFitJson(
  fit: MostanyFit,
  conditions: DepositionConditions,
  options: MostanyFitJsonOptions = {},
): MostanyFitResult {
  const f = fit.fit;
  const estimate = (e: MostanyFit["diffusivity"], unit: string) =>
    estimateJson(e.value, unit, e.standardError, e.interval);
  const warnings: KineticsWarning[] = f.warnings.map((w) => ({
    code: /^W_[A-Z0-9_]+$/.test(w.code) ? w.code : "W_FIT",
    message: w.message,
  }));
  if (fit.regime === "instantaneous") {
    warnings.push({
      code: "W_RATE_UNDETERMINED",
      message: `A·t_m = ${fit.regimeIndex.toPrecision(3)} > 10: nucleation is instantaneous on the time scale of the transient, so A is poorly determined (see its interval); D and N0 are`,
    });
  } else if (fit.regime === "progressive") {
    warnings.push({
      code: "W_ONLY_RATE_DENSITY",
      message: `A·t_m = ${fit.regimeIndex.toPrecision(3)} < 0.1: progressive limit, only the product A·N0 is determined, not A and N0 separately`,
    });
  }
  warnings.push(...apparentDiffusivityWarning(fit.diffusivity.value));

  const params = {
    diffusivity: fit.diffusivity.value,
    siteDensity: fit.siteDensity.value,
    nucleationRate: fit.nucleationRate.value,
  };
  const { from, to } = fit.window;
  const lines: PlotRow[] = linspace(from, to, 300)
    .filter((t) => t > 0)
    .map((t) => ({
      x: t,
      y: mostanyCurrentDensity(t, params, conditions, FARADAY_CONSTANT) / 10,
      series: "Scharifker–Mostany fit",
    }));
  const points: PlotRow[] = [];
  if (options.time !== undefined) {
    const x: number[] = [];
    for (let i = 0; i < options.time.length; i++) {
      const t = options.time[i] as number;
      if (t >= from && t <= to) x.push(t);
    }
    if (x.length === f.curve.length) {
      x.forEach((t, i) => {
        points.push({
          x: t,
          y: ((f.curve[i] as number) + (f.residuals[i] as number)) / 10,
          series: "data",
        });
      });
    }
  }
  const baselineRule = options.baseline ?? (fit.baseline === 0 ? "none" : { value: fit.baseline });
  return {
    analysis: "scharifker-mostany-fit",
    relation: RELATION,
    confidenceLevel: f.confidenceLevel,
    conditions: conditionsJson(conditions),
    diffusivity: estimate(fit.diffusivity, "cm2 s-1"),
    siteDensity: estimate(fit.siteDensity, "cm-2"),
    nucleationRate: estimate(fit.nucleationRate, "s-1"),
    rateDensity: rateDensity(fit),
    regimeIndex: fit.regimeIndex,
    regime: fit.regime,
    peakTime: quantityJson(fit.tm, "s"),
    peakCurrentDensity: quantityJson(fit.jm, "mA cm-2"),
    baseline: baselineJson(baselineRule, fit.baseline),
    window: {
      variable: "t",
      lower: from,
      upper: to,
      unit: "s",
      pointCount: f.residualCount,
      automatic: !options.windowGiven,
      rule: options.windowGiven
        ? "given"
        : "from the end of the double-layer charging spike to the end of the record",
    },
    goodnessOfFit: {
      pointCount: f.residualCount,
      parameterCount: f.freeParameterCount,
      degreesOfFreedom: f.degreesOfFreedom,
      rSquared: f.rSquared,
      chiSquare: f.chiSquare / 100,
      ...(f.reducedChiSquare === undefined
        ? {}
        : { residualStandardDeviation: Math.sqrt(f.reducedChiSquare) / 10 }),
      residualUnit: "mA cm⁻²",
    },
    convergence: {
      converged: f.converged,
      reason: f.reason,
      iterations: f.iterations,
      identifiability: f.identifiability,
    },
    residuals: Array.from(f.residuals, (r) => r / 10),
    warnings,
    plot: layeredPlot({
      title: "Scharifker–Mostany fit",
      xTitle: "t (s)",
      yTitle: "j (mA cm⁻²)",
      points,
      lines,
    }),
  };
}
