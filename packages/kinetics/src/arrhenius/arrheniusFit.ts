import { LmbError } from "@lmb/errors";
import { linearRegression } from "@lmb/numerics";
import type {
  ArrheniusFitResult,
  ArrheniusForm,
  ConductivitySeries,
  KineticsGoodnessOfFit,
  KineticsWarning,
} from "@lmb/schemas";
import { AVOGADRO_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { estimateJson, quantityJson } from "../internal/estimate.js";
import {
  finiteColumn,
  requireConfidenceLevel,
  requirePoints,
  requireSameLength,
} from "../internal/validate.js";
import { type PlotRow, seriesPlot } from "../plots/seriesPlot.js";

/** Temperatures with conductivities or resistances, in SI. */
export interface ArrheniusData {
  /** Absolute temperature T, K (> 0). */
  temperature: ArrayLike<number>;
  /** Ionic conductivity σ, S m⁻¹ (> 0), for the `sigma` and `sigmaT` forms. */
  conductivity?: ArrayLike<number>;
  /** Resistance R, Ω (> 0), for the `inverseResistance` form. */
  resistance?: ArrayLike<number>;
}

/** Options of {@link arrheniusFit}. */
export interface ArrheniusFitOptions {
  /** @default "sigma" when conductivities are given, else "inverseResistance" */
  form?: ArrheniusForm;
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
}

const RELATIONS: Record<ArrheniusForm, string> = {
  sigma: "σ = σ0·exp(−E_a/(R·T)): ln σ = ln σ0 − (E_a/R)·(1/T)",
  sigmaT:
    "σ·T = A·exp(−E_a/(R·T)) (Nernst–Einstein form): ln(σT) = ln A − (E_a/R)·(1/T); E_a exceeds the σ form's by ≈ R·T̄",
  inverseResistance: "1/R = A·exp(−E_a/(R·T)): ln(1/R) = ln A − (E_a/R)·(1/T)",
};
const LABELS: Record<ArrheniusForm, { y: string; unit: string; prefactorUnit: string }> = {
  sigma: { y: "ln(σ / S m⁻¹)", unit: "S m⁻¹", prefactorUnit: "S cm-1" },
  sigmaT: { y: "ln(σT / S m⁻¹ K)", unit: "S m⁻¹ K", prefactorUnit: "S cm-1 K" },
  inverseResistance: { y: "ln(R⁻¹ / S)", unit: "S", prefactorUnit: "S" },
};

function isSeries(data: ArrheniusData | ConductivitySeries): data is ConductivitySeries {
  return (data as ConductivitySeries).kind === "conductivity";
}

function positiveColumn(values: ArrayLike<number>, name: string, fix: string): Float64Array {
  const column = finiteColumn(values, name);
  column.forEach((v, i) => {
    if (!(v > 0)) {
      throw new LmbError("E_INVALID_INPUT", `${name}[${i}] = ${v} is not positive`, {
        location: { source: `${name}[${i}]` },
        fix,
      });
    }
  });
  return column;
}

/**
 * Arrhenius fit of conductivities or resistances against temperature: a straight line of ln y
 * against x = 1000/T (`linearRegression` of `@lmb/numerics`, Student-t intervals), with
 * E_a = −1000·R·slope (kJ mol⁻¹; in eV per particle E_a/F) and prefactor exp(intercept)
 * (SCIENCE.md §3; theory.md §5.2). Forms: `sigma` (y = σ), `sigmaT` (y = σ·T) and
 * `inverseResistance` (y = 1/R). With exactly two temperatures the line is exact: E_a is given
 * without standard error or interval and a warning says so.
 *
 * @param data - T (K) with σ (S m⁻¹) or R (Ω), or a `ConductivitySeries` dataset
 * @param options - form, confidence level
 * @returns E_a (kJ mol⁻¹, eV), prefactor, window, fit quality, warnings and a plot of ln y vs 1000/T
 * @throws LmbError `E_INVALID_INPUT` (T ≤ 0 K, non-positive σ or R, missing column, equal
 *   temperatures), `E_INSUFFICIENT_DATA` (fewer than 2 points), `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`
 * @example
 * arrheniusFit({ temperature: [298.15, 313.15, 333.15], conductivity: [0.1, 0.16, 0.27] }).activationEnergy.value; // kJ mol⁻¹
 */
export function arrheniusFit(
  data: ArrheniusData | ConductivitySeries,
  options: ArrheniusFitOptions = {},
): ArrheniusFitResult {
  const columns: ArrheniusData = isSeries(data) ? data.columns : data;
  const form = options.form ?? (columns.conductivity !== undefined ? "sigma" : "inverseResistance");
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const raw = form === "inverseResistance" ? columns.resistance : columns.conductivity;
  if (raw === undefined) {
    throw new LmbError(
      "E_INVALID_INPUT",
      form === "inverseResistance"
        ? "the inverseResistance form needs resistances"
        : `the ${form} form needs conductivities`,
      {
        location: { source: "form" },
        fix:
          form === "inverseResistance"
            ? "give resistances (Ω), or choose the sigma or sigmaT form for conductivities"
            : "give conductivities (S m⁻¹), or choose the inverseResistance form for resistances",
      },
    );
  }
  requireSameLength(columns.temperature, raw, [
    "temperature",
    form === "inverseResistance" ? "resistance" : "conductivity",
  ]);
  const temperature = positiveColumn(
    columns.temperature,
    "temperature",
    "temperatures are absolute (K) and above 0 K; convert °C with T = θ + 273.15",
  );
  const values =
    form === "inverseResistance"
      ? positiveColumn(raw, "resistance", "resistances must be positive (Ω)")
      : positiveColumn(
          raw,
          "conductivity",
          "conductivities must be positive; check units and sign",
        );
  const n = temperature.length;
  requirePoints(
    n,
    2,
    "the Arrhenius fit",
    "give conductivities or resistances at two or more temperatures (three for an uncertainty)",
  );
  const x = temperature.map((t) => 1000 / t);
  const y = values.map((v, i) =>
    form === "sigma"
      ? Math.log(v)
      : form === "sigmaT"
        ? Math.log(v * (temperature[i] as number))
        : -Math.log(v),
  );
  let tMin = Number.POSITIVE_INFINITY;
  let tMax = Number.NEGATIVE_INFINITY;
  let tSum = 0;
  for (const t of temperature) {
    tMin = Math.min(tMin, t);
    tMax = Math.max(tMax, t);
    tSum += t;
  }
  if (tMin === tMax) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `every temperature is ${tMin} K, so E_a is undetermined`,
      {
        fix: "measure at two or more different temperatures",
      },
    );
  }
  const warnings: KineticsWarning[] = [];
  let slope: number;
  let intercept: number;
  let slopeSE: number | undefined;
  let interceptSE: number | undefined;
  let slopeInterval: readonly [number, number] | undefined;
  let interceptInterval: readonly [number, number] | undefined;
  let goodness: KineticsGoodnessOfFit;
  const label = LABELS[form];
  if (n === 2) {
    slope = ((y[1] as number) - (y[0] as number)) / ((x[1] as number) - (x[0] as number));
    intercept = (y[0] as number) - slope * (x[0] as number);
    goodness = {
      pointCount: 2,
      parameterCount: 2,
      degreesOfFreedom: 0,
      rSquared: 1,
      chiSquare: 0,
      residualUnit: label.y,
    };
    warnings.push({
      code: "W_NO_UNCERTAINTY",
      message:
        "two temperatures define the line exactly: E_a has no standard error or interval; measure at three or more",
    });
  } else {
    const fit = linearRegression(x, y, { confidenceLevel, residuals: false });
    ({ slope, intercept } = fit);
    slopeSE = fit.slopeStandardError;
    interceptSE = fit.interceptStandardError;
    slopeInterval = fit.slopeInterval;
    interceptInterval = fit.interceptInterval;
    goodness = {
      pointCount: n,
      parameterCount: 2,
      degreesOfFreedom: fit.dof,
      rSquared: fit.rSquared,
      chiSquare: fit.chiSquared,
      residualStandardDeviation: fit.residualStandardDeviation,
      residualUnit: label.y,
    };
  }
  const k = -1000 * GAS_CONSTANT; // E_a = k·slope, J mol⁻¹
  const ea = k * slope;
  if (!(ea > 0)) {
    warnings.push({
      code: "W_NEGATIVE_ACTIVATION",
      message: `E_a = ${(ea / 1e3).toPrecision(4)} kJ mol⁻¹ ≤ 0: y does not rise with temperature`,
    });
  }
  const eaInterval =
    slopeInterval === undefined
      ? undefined
      : ([k * slopeInterval[1], k * slopeInterval[0]] as const);
  const perParticle = (v: number) => v / AVOGADRO_CONSTANT;
  const prefactor = Math.exp(intercept);
  const points: PlotRow[] = Array.from(x, (xi, i) => ({
    x: xi,
    y: y[i] as number,
    series: "data",
  }));
  const lines: PlotRow[] = [1000 / tMax, 1000 / tMin].map((xi) => ({
    x: xi,
    y: intercept + slope * xi,
    series: "Arrhenius fit",
  }));
  return {
    analysis: "arrhenius",
    form,
    relation: RELATIONS[form],
    confidenceLevel,
    activationEnergy: estimateJson(
      ea,
      "kJ/mol",
      slopeSE === undefined ? undefined : Math.abs(k) * slopeSE,
      eaInterval,
    ),
    activationEnergyPerParticle: estimateJson(
      perParticle(ea),
      "eV",
      slopeSE === undefined ? undefined : perParticle(Math.abs(k) * slopeSE),
      eaInterval === undefined
        ? undefined
        : [perParticle(eaInterval[0]), perParticle(eaInterval[1])],
    ),
    prefactor: estimateJson(
      prefactor,
      label.prefactorUnit,
      interceptSE === undefined ? undefined : prefactor * interceptSE,
      interceptInterval === undefined
        ? undefined
        : [Math.exp(interceptInterval[0]), Math.exp(interceptInterval[1])],
    ),
    meanTemperature: quantityJson(tSum / n, "K"),
    window: {
      variable: "T",
      lower: tMin,
      upper: tMax,
      unit: "K",
      pointCount: n,
      automatic: false,
      rule: "every temperature given",
    },
    goodnessOfFit: goodness,
    warnings,
    plot: seriesPlot({
      title: "Arrhenius plot",
      xTitle: "1000/T (K⁻¹)",
      yTitle: label.y,
      points,
      lines,
    }),
  };
}
