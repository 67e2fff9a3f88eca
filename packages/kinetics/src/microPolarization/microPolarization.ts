import { linearRegression } from "@lmb/numerics";
import type {
  KineticsWarning,
  MicroPolarizationResult,
  OverpotentialConvention,
} from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT, STANDARD_TEMPERATURE } from "@lmb/units";
import { estimateJson, quantityJson } from "../internal/estimate.js";
import { linearGoodnessOfFit } from "../internal/goodnessOfFit.js";
import {
  requireConfidenceLevel,
  requirePoints,
  requirePositive,
  requireTemperature,
} from "../internal/validate.js";
import { type PlotRow, seriesPlot } from "../plots/seriesPlot.js";
import { finitePairs } from "../tafel/finitePairs.js";
import type { PolarizationCurve } from "../tafel/polarizationCurve.js";

/** Options of {@link microPolarization}. */
export interface MicroPolarizationOptions {
  /** η of one electrode, or η_cell of a symmetric Li‖Li cell. @default "electrode" */
  convention?: OverpotentialConvention;
  /** Absolute temperature, K. @default 298.15 */
  temperature?: number;
  /** α_a + α_c (= n, the electrons transferred, for the textbook relation). @default 1 */
  transferCoefficientSum?: number;
  /**
   * Largest |η| used, V. @default 0.010 (electrode), 0.020 (cell): both keep sinh(x)/x − 1 at
   * 0.63 % (theory.md §4.2)
   */
  maximumOverpotential?: number;
  /** Fit j = (dj/dη)·η through the origin (the physics) rather than with an offset. @default true */
  throughOrigin?: boolean;
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
}

/** sinh(x)/x − 1, the relative excess of the BV current over its linear limit. */
export function linearizationError(x: number): number {
  return Math.abs(x) < 1e-4 ? (x * x) / 6 : Math.sinh(x) / x - 1;
}

/**
 * Micro-polarization (linear-region) exchange current density: fits j = (dj/dη)·η to the points
 * with |η| ≤ η_max (`linearRegression` of `@lmb/numerics`) and converts the slope with the
 * linearised Butler–Volmer relation (SCIENCE.md §3; theory.md §4.2–4.3):
 *
 * - electrode: j0 = RT/((α_a + α_c)·F) · dj/dη  (= RT·i/(nFη·A) for α_a + α_c = n)
 * - symmetric cell (η_cell over two interfaces in series): j0 = **2**·RT/((α_a + α_c)·F) · dj/dη_cell
 *
 * The charge-transfer resistance is R_ct·A = (dj/dη)⁻¹ (for a cell: both interfaces, each half).
 * The result reports sinh(x)/x − 1 at the window edge (x = F·η/(2RT) per electrode, α_a = α_c),
 * the error of the linearisation, and warns above 1 %.
 *
 * @param data - j (A m⁻²) and η (V) pairs
 * @param options - convention, T (K), α_a + α_c, η_max (V), intercept, confidence level
 * @returns slope, R_ct·A and j0 with errors and intervals, window, fit quality and a plot
 * @throws LmbError `E_INSUFFICIENT_DATA` (too few points with |η| ≤ η_max), `E_LENGTH_MISMATCH`,
 *   `E_NON_FINITE_DATA`, `E_INVALID_INPUT`
 * @example
 * // symmetric cell, ±20 mV: j0 = 2RT/F · dj/dη_cell
 * microPolarization({ currentDensity: j, overpotential: eta }, { convention: "cell" }).exchangeCurrentDensity.value;
 */
export function microPolarization(
  data: PolarizationCurve,
  options: MicroPolarizationOptions = {},
): MicroPolarizationResult {
  const convention = options.convention ?? "electrode";
  const temperature = requireTemperature(options.temperature ?? STANDARD_TEMPERATURE);
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const sum = requirePositive(
    options.transferCoefficientSum ?? 1,
    "α_a + α_c",
    "give α_a + α_c > 0 (1 for a one-electron step)",
  );
  const cellFactor = convention === "cell" ? 2 : 1;
  const maximum = requirePositive(
    options.maximumOverpotential ?? 0.01 * cellFactor,
    "maximum overpotential (V)",
    "give the largest |η| of the linear region in volts, e.g. 0.01",
  );
  const throughOrigin = options.throughOrigin ?? true;
  const { eta, j } = finitePairs(data);
  const keep: number[] = [];
  for (let i = 0; i < eta.length; i++) if (Math.abs(eta[i] as number) <= maximum) keep.push(i);
  requirePoints(
    keep.length,
    throughOrigin ? 2 : 3,
    `the micro-polarization window |η| ≤ ${Number((maximum * 1e3).toPrecision(4))} mV`,
    "measure more points at small overpotential or raise maximumOverpotential (--max-overpotential)",
  );
  const x = Float64Array.from(keep, (i) => eta[i] as number);
  const y = Float64Array.from(keep, (i) => j[i] as number);
  const fit = linearRegression(x, y, { throughOrigin, confidenceLevel });
  const thermal = (GAS_CONSTANT * temperature) / FARADAY_CONSTANT;
  const factor = (cellFactor * thermal) / sum; // j0 = factor · slope
  const s = fit.slope;
  const [lo, hi] = fit.slopeInterval;
  const warnings: KineticsWarning[] = [];
  if (!(s > 0)) {
    warnings.push({
      code: "W_NEGATIVE_SLOPE",
      message: "dj/dη ≤ 0: the current does not rise with η, so j0 is meaningless",
    });
  }
  let edge = 0;
  for (const v of x) edge = Math.max(edge, Math.abs(v));
  const xEdge = ((sum / 2) * (edge / thermal)) / cellFactor; // α·F·η/(RT) per electrode, α = sum/2
  const error = linearizationError(xEdge);
  if (error > 0.01) {
    warnings.push({
      code: "W_NOT_LINEAR_REGIME",
      message: `Butler–Volmer departs from its linear limit by ${(error * 100).toFixed(1)} % at the window edge; lower maximumOverpotential`,
    });
  }
  const positiveInterval = lo > 0 ? ([1 / hi, 1 / lo] as const) : undefined;
  const asr = estimateJson(1 / s, "ohm cm2", fit.slopeStandardError / (s * s), positiveInterval);
  const interfaceAsr = estimateJson(
    1 / s / cellFactor,
    "ohm cm2",
    fit.slopeStandardError / (s * s) / cellFactor,
    positiveInterval
      ? [positiveInterval[0] / cellFactor, positiveInterval[1] / cellFactor]
      : undefined,
  );
  const points: PlotRow[] = Array.from(eta, (e, i) => ({
    x: e * 1e3,
    y: (j[i] as number) / 10,
    series: Math.abs(e) <= maximum ? "window" : "data",
  }));
  const lines: PlotRow[] = [-edge, edge].map((e) => ({
    x: e * 1e3,
    y: (fit.intercept + s * e) / 10,
    series: "linear fit",
  }));
  const nText = sum === 1 ? "α_a + α_c = n = 1" : `α_a + α_c = ${sum}`;
  return {
    analysis: "micro-polarization",
    convention,
    relation:
      convention === "cell"
        ? `symmetric cell: j0 = 2·RT/((α_a + α_c)·F)·dj/dη_cell (factor 2: η_cell spans two interfaces in series), ${nText}`
        : `one electrode: j0 = RT/((α_a + α_c)·F)·dj/dη (= RT·i/(nF·η·A)), ${nText}`,
    temperature: quantityJson(temperature, "K"),
    transferCoefficientSum: sum,
    confidenceLevel,
    slope: estimateJson(s, "mA cm-2 mV-1", fit.slopeStandardError, [lo, hi]),
    areaSpecificResistance: asr,
    interfaceResistance: interfaceAsr,
    exchangeCurrentDensity: estimateJson(factor * s, "mA cm-2", factor * fit.slopeStandardError, [
      factor * lo,
      factor * hi,
    ]),
    linearizationError: error,
    window: {
      variable: "|η|",
      lower: 0,
      upper: maximum * 1e3,
      unit: "mV",
      pointCount: x.length,
      automatic: options.maximumOverpotential === undefined,
      rule: `|η| ≤ ${Number((maximum * 1e3).toPrecision(4))} mV${options.maximumOverpotential === undefined ? " (default: sinh(x)/x − 1 ≤ 0.63 % for α = ½)" : " (given)"}`,
    },
    goodnessOfFit: linearGoodnessOfFit(fit, "A m⁻²", throughOrigin ? 1 : 2),
    warnings,
    plot: seriesPlot({
      title: "Micro-polarization",
      xTitle: convention === "cell" ? "η_cell (mV)" : "η (mV)",
      yTitle: "j (mA cm⁻²)",
      points,
      lines,
    }),
  };
}
