import { LmbError } from "@lmb/errors";
import { linearRegression } from "@lmb/numerics";
import type { OverpotentialConvention, TafelBranch } from "@lmb/schemas";
import { estimateJson, powerOfTenEstimate } from "../internal/estimate.js";
import { linearGoodnessOfFit } from "../internal/goodnessOfFit.js";
import { requirePoints } from "../internal/validate.js";
import { selectTafelWindow } from "./selectTafelWindow.js";

/** Settings shared by both branches (resolved by `tafelAnalysis`). */
export interface TafelBranchSettings {
  convention: OverpotentialConvention;
  /** RT/F, V. */
  thermal: number;
  confidenceLevel: number;
  minimumOverpotential: number;
  minimumDecades: number;
  minimumPoints: number;
  minimumRSquared: number;
  window?: { lower: number; upper: number };
}

/** The fitted line of one branch, for the plot and for combining branches. */
export interface TafelLine {
  /** s, decades per V. */
  slope: number;
  /** log10(j0 / A m⁻²). */
  intercept: number;
  interceptSE: number;
  dof: number;
  /** |η| window, V. */
  lower: number;
  upper: number;
}

const fmt = (volts: number) => Number((volts * 1e3).toPrecision(4)).toString();

/**
 * Fits one Tafel branch (see `tafelAnalysis` for the rule).
 *
 * @throws LmbError `E_INSUFFICIENT_DATA`, `E_NOT_LINEAR`
 */
export function fitTafelBranch(
  eta: Float64Array,
  j: Float64Array,
  branch: "anodic" | "cathodic",
  settings: TafelBranchSettings,
): { result: TafelBranch; line: TafelLine } {
  const sign = branch === "anodic" ? 1 : -1;
  const { window } = settings;
  const lower = window ? window.lower : settings.minimumOverpotential;
  const upper = window ? window.upper : Number.POSITIVE_INFINITY;
  if (window && !(window.lower >= 0 && window.upper > window.lower)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `Tafel window ${fmt(window.lower)}–${fmt(window.upper)} mV is empty`,
      { location: { source: "window" }, fix: "give 0 ≤ lower < upper, in |η|" },
    );
  }
  const picked: number[] = [];
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i] as number;
    const c = j[i] as number;
    const magnitude = Math.abs(e);
    if (e * sign > 0 && c * sign > 0 && magnitude >= lower && magnitude <= upper) picked.push(i);
  }
  picked.sort((a, b) => Math.abs(eta[a] as number) - Math.abs(eta[b] as number));
  const x = Float64Array.from(picked, (i) => eta[i] as number);
  const y = Float64Array.from(picked, (i) => Math.log10(Math.abs(j[i] as number)));
  const where = window
    ? `the Tafel window ${fmt(lower)}–${fmt(upper)} mV (${branch})`
    : `the ${branch} branch beyond |η| = ${fmt(lower)} mV`;
  requirePoints(
    x.length,
    window ? 3 : settings.minimumPoints,
    where,
    window
      ? "widen the window or measure more points in it"
      : "measure to higher overpotential, lower minimumOverpotential, or give a window",
  );
  let start = 0;
  let end = x.length - 1;
  if (!window) {
    const choice = selectTafelWindow(x, y, {
      sign,
      minimumDecades: settings.minimumDecades,
      minimumPoints: settings.minimumPoints,
    });
    if (choice === undefined) {
      throw new LmbError(
        "E_NOT_LINEAR",
        `no window of ${where} spans ${settings.minimumDecades} decade(s) of |j| with a straight line of the right sign`,
        {
          fix: "give a window (--window), lower minimumDecades, or fit the full Butler–Volmer curve (lmb kinetics bv)",
        },
      );
    }
    ({ start, end } = choice);
  }
  const xs = x.subarray(start, end + 1);
  const ys = y.subarray(start, end + 1);
  const fit = linearRegression(xs, ys, {
    confidenceLevel: settings.confidenceLevel,
    residuals: false,
  });
  if (!(fit.rSquared >= settings.minimumRSquared) || fit.slope * sign <= 0) {
    throw new LmbError(
      "E_NOT_LINEAR",
      `log10|j| against η is not linear in ${window ? where : `the best window of ${where}`} (R² = ${fit.rSquared.toFixed(4)} < ${settings.minimumRSquared})`,
      {
        fix: "correct for iR drop (seriesResistance, --series-resistance), give a window (--window), or fit the full Butler–Volmer curve (lmb kinetics bv)",
      },
    );
  }
  const k = Math.LN10 * settings.thermal; // α = |s|·ln10·RT/F
  const s = fit.slope;
  const [sLo, sHi] = fit.slopeInterval;
  const slopeExcludesZero = sLo * sHi > 0;
  const alphaInterval: [number, number] = [Math.abs(sLo) * k, Math.abs(sHi) * k];
  const alpha = estimateJson(
    Math.abs(s) * k,
    "1",
    fit.slopeStandardError * k,
    slopeExcludesZero ? alphaInterval : undefined,
  );
  const low = Math.abs(xs[0] as number);
  const high = Math.abs(xs[xs.length - 1] as number);
  const result: TafelBranch = {
    branch,
    tafelSlope: estimateJson(
      1 / s,
      "mV",
      fit.slopeStandardError / (s * s),
      slopeExcludesZero ? [1 / sHi, 1 / sLo] : undefined,
    ),
    transferCoefficient: alpha,
    ...(settings.convention === "cell"
      ? {
          symmetricTransferCoefficient: estimateJson(
            2 * Math.abs(s) * k,
            "1",
            2 * fit.slopeStandardError * k,
            slopeExcludesZero ? [2 * alphaInterval[0], 2 * alphaInterval[1]] : undefined,
          ),
        }
      : {}),
    exchangeCurrentDensity: powerOfTenEstimate(
      fit.intercept,
      fit.interceptStandardError,
      fit.interceptInterval,
      "mA cm-2",
    ),
    currentDecades: Math.abs(s * ((xs[xs.length - 1] as number) - (xs[0] as number))),
    window: {
      variable: "|η|",
      lower: low * 1e3,
      upper: high * 1e3,
      unit: "mV",
      pointCount: xs.length,
      automatic: !window,
      rule: window ? "given" : "highest R² (see windowRule)",
    },
    goodnessOfFit: linearGoodnessOfFit(fit, "log10(|j| / A m⁻²)", 2),
  };
  return {
    result,
    line: {
      slope: s,
      intercept: fit.intercept,
      interceptSE: fit.interceptStandardError,
      dof: fit.dof,
      lower: low,
      upper: high,
    },
  };
}
