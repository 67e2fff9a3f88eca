import {
  type KineticsEstimate,
  type PercolationFitResult,
  type PercolationWarning,
  toQuantityJson,
} from "@lmb/schemas";
import { fromSI, parseUnit } from "@lmb/units";
import type { BruggemanFit } from "../analysis/fitBruggeman.js";
import { bruggeman, generalEffectiveMedium, mixingRule } from "../models/conductivityModels.js";
import type { FittedValue, PercolationFit } from "../models/fitConductivity.js";
import { percolationPlot } from "./percolationPlot.js";

/** What the fit given to {@link percolationFitJson} was run on. */
export interface PercolationFitJsonOptions {
  /** The fitted volume fractions and conductivities (S m⁻¹). */
  fraction: readonly number[];
  conductivity: readonly number[];
  /** The V_f window: given by the user, or the whole file. */
  window?: { lower: number; upper: number; given: boolean };
}

const RELATIONS = {
  "power-law": "σ = σ_NM + σ0·(V_f − V_p)^n above V_p, σ_NM below (fitted on log10 σ)",
  gem: "(1 − φ)(σ_NM^{1/t} − σ^{1/t})/(σ_NM^{1/t} + Aσ^{1/t}) + φ(σ_M^{1/t} − σ^{1/t})/(σ_M^{1/t} + Aσ^{1/t}) = 0, A = (1 − φ_c)/φ_c (McLachlan GEM, fitted on log10 σ)",
  bruggeman:
    "Σ φ_i (σ_i − σ)/(σ_i + (d − 1)σ) = 0 (Bruggeman symmetric medium; threshold 1/d, exponent 1)",
} as const;

function conductivityEstimate(v: FittedValue): KineticsEstimate {
  const unit = "S cm-1";
  const factor = parseUnit(unit).factor;
  const out: KineticsEstimate = { ...toQuantityJson(fromSI(v.value, unit)), si: v.value };
  if (v.standardError !== undefined && Number.isFinite(v.standardError))
    out.standardError = v.standardError / factor;
  if (v.interval !== undefined)
    out.interval = { lower: v.interval.lower / factor, upper: v.interval.upper / factor };
  return out;
}

function plain(v: FittedValue): {
  value: number;
  standardError?: number;
  interval?: { lower: number; upper: number };
} {
  return {
    value: v.value,
    ...(v.standardError === undefined || !Number.isFinite(v.standardError)
      ? {}
      : { standardError: v.standardError }),
    ...(v.interval === undefined ? {} : { interval: v.interval }),
  };
}

/**
 * Turns a conductivity fit (`fitPercolationConductivity` or `fitBruggeman`) into the
 * `PercolationFitResult` of `@lmb/schemas`: V_p and n (or the model's fixed values), σ0/σ_M and
 * σ_NM in S cm⁻¹ with SI, χ² in decades², R², convergence, the V_f window, residuals, warnings
 * (parameters at a bound, n ≫ 2 hinting at tunnelling) and a plot of log10 σ with the fit and
 * the mixing rule.
 *
 * @example
 * const fit = fitPercolationConductivity(phi, sigma, { model: "power-law" });
 * percolationFitJson(fit, { fraction: phi, conductivity: sigma }).threshold.value;
 */
export function percolationFitJson(
  fit: PercolationFit | BruggemanFit,
  options: PercolationFitJsonOptions,
): PercolationFitResult {
  const f = fit.fit;
  const { fraction, conductivity } = options;
  const order = fraction
    .map((_, i) => i)
    .sort((a, b) => (fraction[a] as number) - (fraction[b] as number));
  const fixed = new Set<"threshold" | "exponent" | "prefactor" | "insulator">();
  if (fit.model === "bruggeman") {
    fixed.add("threshold");
    fixed.add("exponent");
  }
  for (const p of f.parameters) {
    if (!p.fixed) continue;
    if (p.name === "logPrefactor") fixed.add("prefactor");
    else if (p.name === "logInsulator") fixed.add("insulator");
    else if (p.name === "threshold" || p.name === "exponent") fixed.add(p.name);
  }
  const warnings: PercolationWarning[] = f.warnings.map((w) => ({
    code: /^W_[A-Z0-9_]+$/.test(w.code) ? w.code : "W_FIT",
    message: w.message,
  }));
  for (const p of f.parameters) {
    if (p.atBound !== undefined) {
      warnings.push({
        code: "W_AT_BOUND",
        message: `${p.name} sits on its ${p.atBound} bound: the data do not determine it`,
      });
    }
  }
  if (fit.model !== "bruggeman" && fit.exponent.value > 3) {
    warnings.push({
      code: "W_LARGE_EXPONENT",
      message: `n = ${fit.exponent.value.toFixed(2)} is well above the universal ≈ 2 (3D): a hint of tunnelling or necks between particles, not an error`,
    });
  }
  const lo = Math.min(...fraction);
  const hi = Math.max(...fraction);
  const metal = fit.prefactor.value;
  const insulator = fit.insulator.value;
  const model = (phi: number): number => {
    if (fit.model === "bruggeman") return bruggeman(phi, metal, insulator, fit.dimension);
    if (fit.model === "gem") {
      return metal > insulator
        ? generalEffectiveMedium(phi, {
            threshold: fit.threshold.value,
            exponent: fit.exponent.value,
            metal,
            insulator,
          })
        : insulator;
    }
    return (
      insulator +
      (phi > fit.threshold.value ? metal * (phi - fit.threshold.value) ** fit.exponent.value : 0)
    );
  };
  const lines: { x: number; y: number; series: string }[] = [];
  for (let k = 0; k <= 200; k++) {
    const phi = lo + ((hi - lo) * k) / 200;
    lines.push({ x: phi, y: Math.log10(model(phi)), series: `${fit.model} fit` });
    if (metal > insulator) {
      lines.push({
        x: phi,
        y: Math.log10(mixingRule(phi, metal, insulator)),
        series: "mixing rule (upper bound)",
      });
    }
  }
  const window = options.window;
  return {
    analysis: "percolation-fit",
    model: fit.model,
    relation: RELATIONS[fit.model],
    confidenceLevel: f.confidenceLevel,
    threshold: plain(fit.threshold),
    exponent: plain(fit.exponent),
    prefactor: conductivityEstimate(fit.prefactor),
    insulator: conductivityEstimate(fit.insulator),
    fixed: [...fixed],
    rmsDecades: fit.rmsDecades,
    goodnessOfFit: {
      pointCount: f.residualCount,
      parameterCount: f.freeParameterCount,
      degreesOfFreedom: f.degreesOfFreedom,
      rSquared: f.rSquared,
      chiSquare: f.chiSquare,
      ...(f.reducedChiSquare === undefined
        ? {}
        : { residualStandardDeviation: Math.sqrt(f.reducedChiSquare) }),
      residualUnit: "log10(σ / S m⁻¹)",
    },
    convergence: {
      converged: f.converged,
      reason: f.reason,
      iterations: f.iterations,
      identifiability: f.identifiability,
    },
    window: {
      variable: "V_f",
      lower: window?.lower ?? lo,
      upper: window?.upper ?? hi,
      unit: "",
      pointCount: fraction.length,
      automatic: !(window?.given ?? false),
      rule: window?.given ? "given" : "every point of the file",
    },
    residuals: order.map((i) => f.residuals[i] as number),
    warnings,
    plot: percolationPlot({
      title: "Conductivity versus metal fraction",
      xTitle: "metal volume fraction V_f",
      yTitle: "log10 σ (S m⁻¹)",
      points: fraction.map((x, i) => ({
        x,
        y: Math.log10(conductivity[i] as number),
        series: "data",
      })),
      lines,
      ...(fit.model === "bruggeman" ? {} : { rules: [{ x: fit.threshold.value, series: "V_p" }] }),
    }),
  };
}
