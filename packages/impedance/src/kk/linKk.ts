import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import { checkImpedanceData, type ImpedanceData } from "../fit/impedanceData.js";
import {
  fitLinKk,
  type LinKkData,
  type LinKkElements,
  type LinKkFitType,
  linKkImpedance,
  linKkMu,
} from "./linKkFit.js";
import { linKkResidualPlot } from "./linKkResidualPlot.js";
import type { LinKkResult, ValidationWarning } from "./linKkResult.js";
import { linKkTimeConstants } from "./linKkTimeConstants.js";

/** Options of {@link linKk}. Defaults are impedance.py's `linKK(f, Z)`. */
export interface LinKkOptions {
  /** Parts of the spectrum fitted (impedance.py `fit_type`). @default "real" */
  fitType?: LinKkFitType;
  /**
   * Add a series capacitor (impedance.py `add_cap`): needed for spectra without a DC limit
   * (blocking electrodes, diffusion tails), else their low-frequency residuals fail the test.
   * @default false
   */
  addCapacitance?: boolean;
  /** μ cut-off c: M grows from 1 until μ ≤ c. @default 0.85 (Schönleber et al. 2014) */
  muCutoff?: number;
  /** Largest M tried (impedance.py `max_M`). @default 50 */
  maxRcCount?: number;
  /** Fix M instead of choosing it by μ (impedance.py `c=None, max_M=M`). */
  rcCount?: number;
  /** The verdict fails when any |Δ′| or |Δ″| exceeds this, in % of |Z|. @default 1 */
  thresholdPercent?: number;
  /** Attach the Vega-Lite residual plot. @default true */
  plots?: boolean;
}

/**
 * The linear Kramers–Kronig test (Lin-KK) of an impedance spectrum: fit the KK-compliant circuit
 * Ẑ = R₀ + Σ_{k=1..M} R_k/(1 + jωτ_k) + jωL [+ 1/(jωC)] with τ_k fixed and log-spaced from
 * 1/(2π f_max) to 1/(2π f_min) by linear least squares (rows weighted by 1/|Z|), choose M as the
 * smallest M ≥ 1 with μ = 1 − Σ|R_k<0|/Σ|R_k≥0| ≤ c, and report the relative residuals
 * Δ′ = (Z′ − Ẑ′)/|Z|, Δ″ = (Z″ − Ẑ″)/|Z| per point. A spectrum that no KK-compliant circuit
 * reproduces (drift, non-linearity, instrument artefacts) leaves structured residuals.
 *
 * Verdict rule: valid when max over all points of |Δ′| and |Δ″| ≤ `thresholdPercent` — 1 % by
 * default, a convention of this toolkit rather than a value from the paper; set it to a few times
 * the noise level of your instrument.
 *
 * Follows impedance.py 1.7.1 `validation.linKK` (same defaults, fit types, series L always
 * fitted, optional C, same μ and M loop) with two deliberate differences: M stops at
 * `maxRcCount` (impedance.py can return max_M + 1), and M is capped so that the linear system is
 * never underdetermined (impedance.py then returns pinv's minimum-norm fit; 9-point spectra gave
 * M = 14 there), with warning `W_RC_COUNT_CAPPED`.
 *
 * Limitation (shared with impedance.py): on noise-free or very clean synthetic spectra μ can dip
 * below c while the fit is still under-resolved (e.g. a Randles circuit stops at M ≈ 10 with
 * residuals of several %); check `muHistory` and the residual plot, or fix M with `rcCount`.
 *
 * Source: M. Schönleber, D. Klotz, E. Ivers-Tiffée, "A Method for Improving the Robustness of
 * linear Kramers-Kronig Validity Tests", Electrochim. Acta 131 (2014) 20–27; B. A. Boukamp,
 * J. Electrochem. Soc. 142 (1995) 1885.
 *
 * @param spectrum - frequency (Hz), Z′ and Z″ (Ω; Z″ < 0 capacitive), or an `ImpedanceSpectrum`
 * @param options - fit type, series C, μ cut-off, M, threshold, plots
 * @returns M, μ, the fitted circuit, residuals (%), verdict, warnings and the residual plot
 * @throws LmbError `E_INVALID_INPUT` (bad columns, NaN, f ≤ 0, bad option),
 *   `E_INSUFFICIENT_DATA` (fewer equations than the M = 1 circuit has parameters, or `rcCount`
 *   too large for the points)
 * @example
 * const kk = linKk({ frequency, zReal, zImag }, { fitType: "complex", addCapacitance: true });
 * kk.verdict.valid; kk.rcCount; kk.mu; kk.residualImagPercent;
 */
export function linKk(
  spectrum: ImpedanceSpectrum | ImpedanceData,
  options: LinKkOptions = {},
): LinKkResult {
  const {
    fitType = "real",
    addCapacitance = false,
    muCutoff = 0.85,
    maxRcCount = 50,
    rcCount,
    thresholdPercent = 1,
    plots = true,
  } = options;
  checkOptions(fitType, muCutoff, maxRcCount, rcCount, thresholdPercent);
  const checked = checkImpedanceData(spectrum);
  const n = checked.frequency.length;
  const modulus = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    modulus[i] = Math.hypot(checked.zReal[i] as number, checked.zImag[i] as number);
    if (!((modulus[i] as number) > 0)) {
      throw new LmbError("E_INVALID_INPUT", `|Z| is 0 at frequency[${i}]`, {
        location: { source: `data.zReal[${i}]` },
        fix: "remove points with Z = 0: the Lin-KK residuals are relative to |Z|",
      });
    }
  }
  const data: LinKkData = {
    omega: checked.omega,
    zReal: checked.zReal,
    zImag: checked.zImag,
    modulus,
  };
  let fMin = Number.POSITIVE_INFINITY;
  let fMax = 0;
  for (const f of checked.frequency) {
    fMin = Math.min(fMin, f);
    fMax = Math.max(fMax, f);
  }

  // Equations and the parameters besides the M resistances.
  const equations = fitType === "complex" ? 2 * n : n;
  const others =
    fitType === "real" ? 1 : fitType === "imag" ? (addCapacitance ? 2 : 1) : addCapacitance ? 3 : 2;
  const largestM = equations - others;
  if (largestM < 1 || fMax === fMin) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      fMax === fMin
        ? `all ${n} points are at one frequency (${fMax} Hz)`
        : `${n} point${n === 1 ? "" : "s"} give ${equations} equations for the ${others + 1} parameters of the smallest Lin-KK circuit (fitType "${fitType}")`,
      {
        location: { source: "data.frequency" },
        fix: 'measure more frequencies (Lin-KK needs a spectrum spanning several decades), or use fitType "complex", which fits 2 equations per point',
        details: { points: n, equations, parameters: others + 1 },
      },
    );
  }
  const warnings: ValidationWarning[] = [];
  if (rcCount !== undefined && rcCount > largestM) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `rcCount ${rcCount} needs ${rcCount + others} parameters but ${n} points give only ${equations} equations`,
      {
        location: { source: "options.rcCount" },
        fix: `use rcCount ≤ ${largestM}, or omit it to choose M by the μ criterion`,
        details: { points: n, equations, largest: largestM },
      },
    );
  }

  let elements: LinKkElements;
  let tau: Float64Array;
  let m: number;
  let mu: number;
  let muCriterionMet = true;
  const muHistory: number[] = [];
  if (rcCount !== undefined) {
    m = rcCount;
    tau = linKkTimeConstants(fMin, fMax, m);
    elements = fitLinKk(data, tau, fitType, addCapacitance);
    mu = linKkMu(elements.resistances);
  } else {
    const limit = Math.min(maxRcCount, largestM);
    if (limit < maxRcCount) {
      warnings.push({
        code: "W_RC_COUNT_CAPPED",
        message: `M is limited to ${limit} (not ${maxRcCount}) so that the ${equations} equations determine the fit`,
      });
    }
    m = 0;
    tau = new Float64Array(0);
    elements = { seriesResistance: 0, resistances: tau, inductance: 0, inverseCapacitance: 0 };
    mu = 1;
    do {
      m++;
      tau = linKkTimeConstants(fMin, fMax, m);
      elements = fitLinKk(data, tau, fitType, addCapacitance);
      mu = linKkMu(elements.resistances);
      muHistory.push(mu);
    } while (mu > muCutoff && m < limit);
    if (mu > muCutoff) {
      muCriterionMet = false;
      warnings.push({
        code: "W_MU_NOT_REACHED",
        message: `μ = ${mu.toFixed(4)} > c = ${muCutoff} at the largest M = ${m}; the fit may be under-resolved`,
      });
    }
  }
  if (mu === -Number.MAX_VALUE) {
    warnings.push({
      code: "W_NO_POSITIVE_RC",
      message: "every R_k is negative, so μ is −∞; the spectrum is not a usual capacitive one",
    });
  }

  const fit = linKkImpedance(elements, tau, checked.omega);
  const residualRealPercent: number[] = [];
  const residualImagPercent: number[] = [];
  let maxRe = 0;
  let maxIm = 0;
  let chi = 0;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const dr = ((checked.zReal[i] as number) - (fit.real[i] as number)) / (modulus[i] as number);
    const di = ((checked.zImag[i] as number) - (fit.imag[i] as number)) / (modulus[i] as number);
    residualRealPercent.push(100 * dr);
    residualImagPercent.push(100 * di);
    chi += dr * dr + di * di;
    if (Math.max(Math.abs(dr), Math.abs(di)) > Math.max(maxRe, maxIm)) worst = i;
    maxRe = Math.max(maxRe, Math.abs(dr));
    maxIm = Math.max(maxIm, Math.abs(di));
  }
  const maxAbs = 100 * Math.max(maxRe, maxIm);
  const valid = maxAbs <= thresholdPercent;
  if (!valid && !addCapacitance && isLowFrequencyEnd(checked.frequency, worst, fMin, fMax)) {
    warnings.push({
      code: "W_TRY_SERIES_CAPACITANCE",
      message: `the largest residual (${maxAbs.toPrecision(3)} %) is at the low-frequency end; a spectrum without a DC limit needs { fitType: "complex", addCapacitance: true }`,
    });
  }
  const result: LinKkResult = {
    fitType,
    addCapacitance,
    muCutoff: rcCount === undefined ? muCutoff : null,
    rcCount: m,
    mu,
    muCriterionMet,
    muHistory,
    seriesResistance: elements.seriesResistance,
    inductance: elements.inductance,
    timeConstants: Array.from(tau),
    resistances: Array.from(elements.resistances),
    frequency: Array.from(checked.frequency),
    zReal: Array.from(checked.zReal),
    zImag: Array.from(checked.zImag),
    fitReal: Array.from(fit.real),
    fitImag: Array.from(fit.imag),
    residualRealPercent,
    residualImagPercent,
    statistics: {
      pointCount: n,
      maxAbsResidualRealPercent: 100 * maxRe,
      maxAbsResidualImagPercent: 100 * maxIm,
      rmsResidualPercent: 100 * Math.sqrt(chi / (2 * n)),
      pseudoChiSquare: chi,
    },
    verdict: {
      valid,
      thresholdPercent,
      maxAbsResidualPercent: maxAbs,
      rule: `valid when every |Z − Ẑ|/|Z| residual, real and imaginary, is ≤ ${thresholdPercent} %`,
    },
    warnings,
  };
  if (addCapacitance && elements.inverseCapacitance !== 0) {
    result.capacitance = 1 / elements.inverseCapacitance;
  }
  if (plots) result.plots = { residuals: linKkResidualPlot(result) };
  return result;
}

/** True when point i lies in the lowest-frequency 20 % (log scale) of the spectrum. */
function isLowFrequencyEnd(
  frequency: Float64Array,
  i: number,
  fMin: number,
  fMax: number,
): boolean {
  const position = Math.log((frequency[i] as number) / fMin) / Math.log(fMax / fMin);
  return position <= 0.2;
}

function checkOptions(
  fitType: string,
  muCutoff: number,
  maxRcCount: number,
  rcCount: number | undefined,
  thresholdPercent: number,
): void {
  const bad = (what: string, fix: string): never => {
    throw new LmbError("E_INVALID_INPUT", what, { location: { source: "options" }, fix });
  };
  if (fitType !== "real" && fitType !== "imag" && fitType !== "complex") {
    bad(
      `fitType "${fitType}" is not one of "real", "imag", "complex"`,
      'use fitType "real" (impedance.py default) or "complex"',
    );
  }
  if (!Number.isFinite(muCutoff))
    bad(`muCutoff is ${muCutoff}`, "give a finite c, e.g. 0.85 (Schönleber et al.)");
  if (!(Number.isInteger(maxRcCount) && maxRcCount >= 1)) {
    bad(`maxRcCount is ${maxRcCount}`, "give a whole number ≥ 1, e.g. 50");
  }
  if (rcCount !== undefined && !(Number.isInteger(rcCount) && rcCount >= 1)) {
    bad(`rcCount is ${rcCount}`, "give a whole number ≥ 1, or omit it to choose M by μ");
  }
  if (!(thresholdPercent > 0 && Number.isFinite(thresholdPercent))) {
    bad(`thresholdPercent is ${thresholdPercent}`, "give a positive percentage, e.g. 1");
  }
}
