import { LmbError } from "@lmb/errors";
import { linearRegression } from "@lmb/numerics";
import type { KineticsWarning, RandlesSevcikBranch, RandlesSevcikResult } from "@lmb/schemas";
import { STANDARD_TEMPERATURE } from "@lmb/units";
import { estimateJson, quantityJson } from "../internal/estimate.js";
import { linearGoodnessOfFit } from "../internal/goodnessOfFit.js";
import {
  finiteColumn,
  requireConfidenceLevel,
  requirePoints,
  requireSameLength,
  requireTemperature,
} from "../internal/validate.js";
import { type PlotRow, seriesPlot } from "../plots/seriesPlot.js";
import { type RandlesSevcikSystem, randlesSevcikFactor } from "./randlesSevcikPeakCurrent.js";

/** Peak currents of voltammograms recorded at several scan rates, in SI. */
export interface PeakCurrentSeries {
  /** v, V s⁻¹ (> 0), one per voltammogram. */
  scanRate: ArrayLike<number>;
  /** Anodic peak currents I_pa, A (one per scan rate). */
  anodicPeakCurrent?: ArrayLike<number>;
  /** Cathodic peak currents I_pc, A (negative by lmb's sign convention; |I_pc| is used). */
  cathodicPeakCurrent?: ArrayLike<number>;
}

/** Options of {@link randlesSevcikAnalysis}: the system, plus how to fit. */
export interface RandlesSevcikOptions extends RandlesSevcikSystem {
  /** Fit |I_p| = s·√v without an intercept. @default false (an intercept absorbs a baseline offset) */
  throughOrigin?: boolean;
  /**
   * `"none"`: ordinary least squares (equal absolute scatter of the peak currents);
   * `"relative"`: weights 1/I_p² (scatter proportional to I_p). @default "none"
   */
  weighting?: "none" | "relative";
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
}

/**
 * Diffusion coefficient from the Randles–Sevcik relation (SCIENCE.md §3; theory.md §5.1): a
 * straight line |I_p| = s·√v (+ b) per branch (`linearRegression` of `@lmb/numerics`), then
 * D = (s / (k(T)·n^{3/2}·A·C))² (reversible, k(298.15 K) = 2.69e5) or
 * D = (s / (k_irr(T)·n·(α·n_a)^{½}·A·C))² (irreversible), with SE(D) = 2D·SE(s)/s and the
 * interval mapped from that of s. Linearity is checked and reported: R² of the line (≥ 0.99) and
 * the slope of ln|I_p| against ln v, whose interval must overlap 0.5 ± 0.05 (0.5 for diffusion
 * control, 1 for an adsorbed or thin-film process); a branch failing either gets a warning.
 *
 * @param peaks - scan rates (V s⁻¹) with anodic and/or cathodic peak currents (A)
 * @param options - n, A (m²), C (mol m⁻³), T (K), reversibility, α·n_a, intercept, confidence level
 * @returns D per branch (cm² s⁻¹) with errors, linearity checks and a plot of |I_p| against √v
 * @throws LmbError `E_INSUFFICIENT_DATA` (fewer than 3 scan rates), `E_LENGTH_MISMATCH`,
 *   `E_INVALID_INPUT` (non-positive scan rate, zero peak current, no branch), `E_NON_FINITE_DATA`
 * @example
 * randlesSevcikAnalysis(
 *   { scanRate: [0.01, 0.02, 0.05, 0.1], anodicPeakCurrent: ipa },
 *   { area: 1e-4, concentration: 1 },
 * ).anodic?.diffusionCoefficient.value; // cm² s⁻¹
 */
export function randlesSevcikAnalysis(
  peaks: PeakCurrentSeries,
  options: RandlesSevcikOptions,
): RandlesSevcikResult {
  const temperature = requireTemperature(options.temperature ?? STANDARD_TEMPERATURE);
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const reversibility = options.reversibility ?? "reversible";
  const factor = randlesSevcikFactor(options);
  const throughOrigin = options.throughOrigin ?? false;
  const scanRate = finiteColumn(peaks.scanRate, "scanRate");
  scanRate.forEach((v, i) => {
    if (!(v > 0)) {
      throw new LmbError("E_INVALID_INPUT", `scanRate[${i}] = ${v} V s⁻¹ is not positive`, {
        location: { source: `scanRate[${i}]` },
        fix: "give each voltammogram's scan rate in V s⁻¹ (e.g. 0.01 for 10 mV s⁻¹)",
      });
    }
  });
  if (peaks.anodicPeakCurrent === undefined && peaks.cathodicPeakCurrent === undefined) {
    throw new LmbError("E_INVALID_INPUT", "no peak currents given", {
      fix: "give anodic and/or cathodic peak currents",
    });
  }
  const warnings: KineticsWarning[] = [];
  const branches: Partial<Record<"anodic" | "cathodic", RandlesSevcikBranch>> = {};
  const points: PlotRow[] = [];
  const lines: PlotRow[] = [];
  for (const branch of ["anodic", "cathodic"] as const) {
    const raw = branch === "anodic" ? peaks.anodicPeakCurrent : peaks.cathodicPeakCurrent;
    if (raw === undefined) continue;
    const name = `${branch}PeakCurrent`;
    requireSameLength(peaks.scanRate, raw, ["scanRate", name]);
    const signed = finiteColumn(raw, name);
    requirePoints(
      signed.length,
      3,
      `the ${branch} Randles–Sevcik fit`,
      "record voltammograms at three or more scan rates (linearity needs a check)",
    );
    const y = signed.map((v, i) => {
      if (v === 0) {
        throw new LmbError("E_INVALID_INPUT", `${name}[${i}] is 0`, {
          location: { source: `${name}[${i}]` },
          fix: "give the peak current of every voltammogram",
        });
      }
      return Math.abs(v);
    });
    const x = scanRate.map(Math.sqrt);
    const weights = options.weighting === "relative" ? y.map((v) => 1 / (v * v)) : undefined;
    const fit = linearRegression(x, y, {
      throughOrigin,
      confidenceLevel,
      residuals: false,
      ...(weights === undefined ? {} : { weights }),
    });
    const logFit = linearRegression(scanRate.map(Math.log), y.map(Math.log), {
      confidenceLevel,
      residuals: false,
    });
    const s = fit.slope;
    const d = (s / factor) ** 2;
    const [lo, hi] = fit.slopeInterval;
    // diffusion control: the log–log slope's interval overlaps 0.5 ± 0.05
    const linear =
      fit.rSquared >= 0.99 && logFit.slopeInterval[0] <= 0.55 && logFit.slopeInterval[1] >= 0.45;
    if (!linear) {
      warnings.push({
        code: "W_NOT_DIFFUSION_CONTROLLED",
        message: `${branch} peaks: R² = ${fit.rSquared.toFixed(4)}, log–log slope ${logFit.slope.toFixed(3)} (0.5 expected): the peaks may not be diffusion-controlled, so D is doubtful`,
      });
    }
    let vMin = Number.POSITIVE_INFINITY;
    let vMax = 0;
    for (const v of scanRate) {
      vMin = Math.min(vMin, v);
      vMax = Math.max(vMax, v);
    }
    branches[branch] = {
      branch,
      points: Array.from(scanRate, (v, i) => ({ scanRate: v, peakCurrent: signed[i] as number })),
      slope: estimateJson(s, "mA s^0.5 V^-0.5", fit.slopeStandardError, [lo, hi]),
      ...(throughOrigin
        ? {}
        : {
            intercept: estimateJson(
              fit.intercept,
              "mA",
              fit.interceptStandardError,
              fit.interceptInterval,
            ),
          }),
      diffusionCoefficient: estimateJson(
        d,
        "cm2/s",
        (2 * d * fit.slopeStandardError) / Math.abs(s),
        hi > 0 ? [(Math.max(0, lo) / factor) ** 2, (hi / factor) ** 2] : undefined,
      ),
      logLogSlope: estimateJson(logFit.slope, "1", logFit.slopeStandardError, logFit.slopeInterval),
      linear,
      window: {
        variable: "√v",
        lower: Math.sqrt(vMin),
        upper: Math.sqrt(vMax),
        unit: "V^½ s^−½",
        pointCount: x.length,
        automatic: false,
        rule: "every scan rate given",
      },
      goodnessOfFit: linearGoodnessOfFit(fit, "A", throughOrigin ? 1 : 2),
    };
    x.forEach((xi, i) => {
      points.push({ x: xi, y: (y[i] as number) * 1e3, series: `${branch} peaks` });
    });
    for (const xi of [0, Math.sqrt(vMax)])
      lines.push({ x: xi, y: (fit.intercept + s * xi) * 1e3, series: `${branch} fit` });
  }
  const n = options.electrons ?? 1;
  return {
    analysis: "randles-sevcik",
    reversibility,
    relation:
      (reversibility === "reversible"
        ? "reversible: I_p = 0.4463·n·F·A·C·(n·F·v·D/(R·T))^½ (= 2.69e5·n^1.5·A·C·D^½·v^½ at 25 °C, cm units)"
        : "irreversible: I_p = 0.4958·n·F·A·C·(α·n_a·F·v·D/(R·T))^½ (= 2.99e5·n·(α·n_a)^½·A·C·D^½·v^½ at 25 °C)") +
      "; D is apparent when A is the geometric area and C a nominal concentration; a Li‖Li voltammogram has no diffusion-limited peak",
    temperature: quantityJson(temperature, "K"),
    electrons: n,
    ...(reversibility === "irreversible"
      ? { transferCoefficient: options.transferCoefficient ?? 0.5 }
      : {}),
    area: quantityJson(options.area, "cm2"),
    concentration: quantityJson(options.concentration, "mol/L"),
    confidenceLevel,
    ...branches,
    warnings,
    plot: seriesPlot({
      title: "Randles–Sevcik plot",
      xTitle: "√v (V^½ s^−½)",
      yTitle: "|I_p| (mA)",
      points,
      lines,
    }),
  };
}
