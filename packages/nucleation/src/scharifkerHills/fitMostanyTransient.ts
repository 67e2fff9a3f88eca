import { LmbError } from "@lmb/errors";
import { type CurveFitResult, fitCurve } from "@lmb/numerics";
import { FARADAY_CONSTANT } from "@lmb/units";
import { type DepositionConditions, mostanyCurrentDensity } from "./dimensionalTransients.js";
import { shQuantities } from "./nucleationQuantities.js";
import { baselineCurrent, type TransientBaseline } from "./transientBaseline.js";
import { prepareTransient } from "./transientInput.js";
import { findTransientMaximum } from "./transientMaximum.js";

/** A fitted positive parameter: value, standard error (delta method) and interval (from ln space). */
export interface PositiveEstimate {
  value: number;
  standardError?: number;
  interval?: { lower: number; upper: number };
}

/** Options of {@link fitMostanyTransient}. */
export interface FitMostanyOptions {
  /** Background current handling. @default "none" */
  baseline?: TransientBaseline;
  /** Fit window in s. @default from the end of the charging spike to the end of the record */
  window?: { from: number; to: number };
  /** Confidence level of the intervals. @default 0.95 */
  confidenceLevel?: number;
}

/** Result of {@link fitMostanyTransient}. */
export interface MostanyFit {
  /** Diffusion coefficient D, m² s⁻¹. */
  diffusivity: PositiveEstimate;
  /** Active-site density N0, m⁻². */
  siteDensity: PositiveEstimate;
  /** Nucleation rate per site A, s⁻¹. */
  nucleationRate: PositiveEstimate;
  /** A·t_m: ≫ 1 instantaneous (A then poorly determined), ≪ 1 progressive (only A·N0 determined). */
  regimeIndex: number;
  /** "instantaneous" above A·t_m = 10, "progressive" below 0.1, otherwise "intermediate". */
  regime: "instantaneous" | "progressive" | "intermediate";
  /** t_m and j_m of the data (A m⁻², s). */
  tm: number;
  jm: number;
  /** Background subtracted, A m⁻². */
  baseline: number;
  /** Window fitted, s. */
  window: { from: number; to: number };
  /** The least-squares fit in ln D, ln N0, ln A (statistics, residuals, curve in A m⁻²). */
  fit: CurveFitResult;
}

function estimate(fit: CurveFitResult, name: string): PositiveEstimate {
  const p = fit.parameters.find((q) => q.name === name);
  const value = Math.exp(p?.value ?? Number.NaN);
  if (p?.standardError === undefined || p.interval === undefined) return { value };
  return {
    value,
    standardError: value * p.standardError,
    interval: { lower: Math.exp(p.interval.lower), upper: Math.exp(p.interval.upper) },
  };
}

/**
 * Fits the Scharifker–Mostany general transient
 * j(t) = zF·D^½·c/(π^½t^½)·{1 − exp[−N0πkD(t − (1 − e^{−At})/A)]} to a measured deposition
 * transient by nonlinear least squares in ln D, ln N0, ln A (so all stay positive and the very
 * different scales are conditioned), from several starting rates A·t_m ∈ {0.1, 1, 10, 100} seeded by
 * the instantaneous Scharifker–Hills D and N0; the best fit is kept. Standard errors are the delta
 * method (SE = value·SE(ln)), intervals the exponentiated ln-space intervals.
 *
 * Source: B. R. Scharifker, J. Mostany, J. Electroanal. Chem. 177 (1984) 13; regime index as in
 * shared/research/theory.md §1.5.
 *
 * @param time - s since the step
 * @param current - current density of the step, A m⁻² (any sign convention, one sign)
 * @param conditions - z, c (mol m⁻³), V_m (m³ mol⁻¹)
 * @throws LmbError from the transient checks (`E_NO_MAXIMUM`, `E_SIGN_FLIP`, …) and the fit.
 * @example
 * const f = fitMostanyTransient(t, j, { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME });
 * f.diffusivity.value; f.siteDensity.interval; f.regime;
 */
export function fitMostanyTransient(
  time: ArrayLike<number>,
  current: ArrayLike<number>,
  conditions: DepositionConditions,
  options: FitMostanyOptions = {},
): MostanyFit {
  const prepared = prepareTransient(time, current);
  const rule = options.baseline ?? "none";
  let maximum = findTransientMaximum(prepared);
  const baseline = baselineCurrent(prepared.time, prepared.current, rule, maximum.tm);
  const data = baseline === 0 ? prepared.current : prepared.current.map((j) => j - baseline);
  if (baseline !== 0) maximum = findTransientMaximum({ time: prepared.time, current: data });
  const from = options.window?.from ?? (prepared.time[maximum.spikeEnd] as number);
  const to = options.window?.to ?? (prepared.time[prepared.time.length - 1] as number);
  const t: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < prepared.time.length; i++) {
    const ti = prepared.time[i] as number;
    if (ti >= from && ti <= to) {
      t.push(ti);
      y.push(data[i] as number);
    }
  }
  if (t.length < 6) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `only ${t.length} points in the fit window ${from}…${to} s`,
      {
        fix: "widen the window; the Scharifker–Mostany fit has three parameters",
      },
    );
  }
  const x = Float64Array.from(t);
  const start = shQuantities(maximum.jm, maximum.tm, conditions).instantaneous;
  const model = (p: Float64Array, tt: Float64Array, out: Float64Array) => {
    const params = {
      diffusivity: Math.exp(p[0] as number),
      siteDensity: Math.exp(p[1] as number),
      nucleationRate: Math.exp(p[2] as number),
    };
    for (let i = 0; i < tt.length; i++) {
      out[i] = mostanyCurrentDensity(tt[i] as number, params, conditions, FARADAY_CONSTANT);
    }
  };
  let best: CurveFitResult | undefined;
  for (const atm of [0.1, 1, 10, 100]) {
    try {
      const fit = fitCurve(
        {
          x,
          y,
          model,
          parameters: [
            { name: "lnD", initial: Math.log(start.diffusivity) },
            { name: "lnN0", initial: Math.log(start.siteDensity) },
            {
              name: "lnA",
              initial: Math.log(atm / maximum.tm),
              min: Math.log(1e-6 / maximum.tm),
              max: Math.log(1e6 / maximum.tm),
            },
          ],
        },
        { confidenceLevel: options.confidenceLevel ?? 0.95 },
      );
      if (best === undefined || fit.chiSquare < best.chiSquare) best = fit;
    } catch {
      // a start that fails is skipped; the others decide
    }
  }
  if (best === undefined) {
    throw new LmbError("E_FIT_FAILED", "the Scharifker–Mostany fit failed from every start", {
      fix: "check the window and the concentration/molar volume; a transient far from diffusion control may not fit",
    });
  }
  const nucleationRate = estimate(best, "lnA");
  const regimeIndex = nucleationRate.value * maximum.tm;
  return {
    diffusivity: estimate(best, "lnD"),
    siteDensity: estimate(best, "lnN0"),
    nucleationRate,
    regimeIndex,
    regime: regimeIndex > 10 ? "instantaneous" : regimeIndex < 0.1 ? "progressive" : "intermediate",
    tm: maximum.tm,
    jm: maximum.jm,
    baseline,
    window: { from, to },
    fit: best,
  };
}
