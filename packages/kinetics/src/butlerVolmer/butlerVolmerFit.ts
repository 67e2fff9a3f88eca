import { LmbError } from "@lmb/errors";
import { fitCurve, type ParameterSpec } from "@lmb/numerics";
import type {
  ButlerVolmerFitResult,
  KineticsEstimate,
  KineticsWarning,
  OverpotentialConvention,
} from "@lmb/schemas";
import { STANDARD_TEMPERATURE } from "@lmb/units";
import { estimateJson, powerOfTenEstimate, quantityJson } from "../internal/estimate.js";
import { inverseThermalVoltage } from "../internal/thermal.js";
import { requireConfidenceLevel, requirePoints, requirePositive } from "../internal/validate.js";
import { linspace, type PlotRow, seriesPlot } from "../plots/seriesPlot.js";
import { finitePairs } from "../tafel/finitePairs.js";
import type { PolarizationCurve } from "../tafel/polarizationCurve.js";
import { bvFitModel } from "./butlerVolmerFitModel.js";

/** Options of {@link butlerVolmerFit}. */
export interface ButlerVolmerFitOptions {
  /** η of one electrode, or of a symmetric Li‖Li cell (η_strip + |η_plate|). @default "electrode" */
  convention?: OverpotentialConvention;
  /** Absolute temperature, K. @default 298.15 */
  temperature?: number;
  /**
   * `"fixed"`: α_a and α_c held at the given values; `"symmetric"`: one α = α_a = α_c fitted;
   * `"free"`: both fitted (electrode only — a symmetric cell cannot tell α_a from α_c).
   * @default "fixed"
   */
  transferCoefficients?: "fixed" | "symmetric" | "free";
  /** α_a: held value or starting value. @default 0.5 */
  anodicTransferCoefficient?: number;
  /** α_c: held value or starting value. @default 0.5 */
  cathodicTransferCoefficient?: number;
  /** Starting j0, A m⁻². @default the median of j/(e^{α_a·f·η} − e^{−α_c·f·η}) over the points */
  initialExchangeCurrentDensity?: number;
  /** Series area-specific resistance R_s: a held value in Ω m², or "fit". @default 0 (held) */
  areaSpecificResistance?: number | "fit";
  /** Limiting current density j_lim: a held value in A m⁻², or "fit". @default none (∞) */
  limitingCurrentDensity?: number | "fit";
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
}

const RELATIONS: Record<OverpotentialConvention, string> = {
  electrode:
    "one electrode: η = η_BV(j) + j·R_s, where η_BV solves j = j0[(1 − j/j_lim)·e^{α_a·F·η/RT} − (1 + j/j_lim)·e^{−α_c·F·η/RT}]; least squares in η (current is the controlled variable)",
  cell: "symmetric Li‖Li cell (two identical interfaces in series): η_cell = η_BV(j) − η_BV(−j) + j·R_s, = (4RT/F)·asinh(j/(2·j0)) + j·R_s for α_a = α_c = ½; least squares in η (current is the controlled variable)",
};

/**
 * Nonlinear least-squares fit of the Butler–Volmer relation to (j, η) pairs — a steady-state
 * polarization curve or the overpotentials of a symmetric-cell rate test — with
 * Levenberg–Marquardt (`fitCurve` of `@lmb/numerics`, analytic Jacobian by implicit
 * differentiation, box bounds, Student-t intervals). Fitted: j0 (on a log scale, so its interval
 * is asymmetric and positive), optionally α (one or both), a series area-specific resistance R_s
 * and a limiting current density j_lim. The model predicts η from j (each point solved with
 * Brent's method), so residuals are in η. Fitting the whole curve avoids the Tafel-window bias on
 * symmetric cells (theory.md §4.2). Sources: SCIENCE.md §3; Bard & Faulkner, Electrochemical
 * Methods, 2nd ed., eq. 3.4.10.
 *
 * @param data - j (A m⁻²) and η (V) pairs, in the chosen convention
 * @param options - convention, T (K), which parameters to fit, starting values, confidence level
 * @returns estimates with standard errors and intervals, residuals (mV), convergence and a plot
 * @throws LmbError `E_INSUFFICIENT_DATA` (fewer points than free parameters + 1),
 *   `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`, `E_INVALID_INPUT` (bad options, α "free" on a cell,
 *   |j| ≥ a held j_lim)
 * @example
 * // j in A m⁻² (1 mA cm⁻² = 10 A m⁻²), η_cell in V, from "1:13.2,2:25.5" (mA cm⁻² : mV)
 * const fit = butlerVolmerFit({ currentDensity: [10, 20], overpotential: [0.0132, 0.0255] }, { convention: "cell" });
 * fit.exchangeCurrentDensity.value; // j0 in mA cm⁻²
 */
export function butlerVolmerFit(
  data: PolarizationCurve,
  options: ButlerVolmerFitOptions = {},
): ButlerVolmerFitResult {
  const convention = options.convention ?? "electrode";
  const temperature = options.temperature ?? STANDARD_TEMPERATURE;
  const f = inverseThermalVoltage(temperature);
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const mode = options.transferCoefficients ?? "fixed";
  if (convention === "cell" && mode === "free") {
    throw new LmbError("E_INVALID_INPUT", "a symmetric cell cannot separate α_a from α_c", {
      location: { source: "transferCoefficients" },
      fix: 'fit one α (transferCoefficients "symmetric", --alpha fit) or hold both ("fixed")',
    });
  }
  const alphaA = requirePositive(options.anodicTransferCoefficient ?? 0.5, "α_a", "give α_a > 0");
  const alphaC = requirePositive(options.cathodicTransferCoefficient ?? 0.5, "α_c", "give α_c > 0");
  const { eta, j } = finitePairs(data);
  const n = j.length;
  let maxJ = 0;
  for (let i = 0; i < n; i++) maxJ = Math.max(maxJ, Math.abs(j[i] as number));
  if (!(maxJ > 0)) {
    throw new LmbError("E_INVALID_INPUT", "every current density is zero", {
      fix: "give (j, η) pairs with non-zero current",
    });
  }
  const resistanceOption = options.areaSpecificResistance ?? 0;
  const limitOption = options.limitingCurrentDensity;
  if (typeof limitOption === "number") {
    requirePositive(limitOption, "limiting current density (A m⁻²)", "give j_lim > 0 in A m⁻²");
    if (maxJ >= limitOption) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `|j| reaches ${maxJ} A m⁻², at or beyond the held limiting current density ${limitOption} A m⁻²`,
        { location: { source: "limitingCurrentDensity" }, fix: 'raise j_lim or fit it ("fit")' },
      );
    }
  }
  if (typeof resistanceOption === "number" && !(resistanceOption >= 0)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `area-specific resistance ${resistanceOption} Ω m² is negative`,
      {
        location: { source: "areaSpecificResistance" },
        fix: 'give R_s ≥ 0 in Ω m², or "fit"',
      },
    );
  }
  const fitAlpha = mode !== "fixed";
  const parameters: ParameterSpec[] = [
    {
      name: "log10ExchangeCurrentDensity",
      initial: Math.log10(
        options.initialExchangeCurrentDensity ?? initialJ0(eta, j, alphaA, alphaC, f, convention),
      ),
      min: -12,
      max: 8,
    },
    { name: "alphaA", initial: alphaA, min: 0.01, max: 5, fixed: !fitAlpha },
    {
      name: "alphaC",
      initial: mode === "symmetric" ? alphaA : alphaC,
      min: 0.01,
      max: 5,
      fixed: mode !== "free",
    },
    resistanceOption === "fit"
      ? { name: "areaSpecificResistance", initial: 0.05 * (maxEta(eta) / maxJ), min: 0 }
      : { name: "areaSpecificResistance", initial: resistanceOption, fixed: true },
    limitOption === "fit"
      ? {
          name: "inverseLimitingCurrentDensity",
          initial: 0.5 / maxJ,
          min: 0,
          max: (1 - 1e-9) / maxJ,
        }
      : {
          name: "inverseLimitingCurrentDensity",
          initial: limitOption === undefined ? 0 : 1 / limitOption,
          fixed: true,
        },
  ];
  const free = parameters.filter((p) => !p.fixed).length;
  requirePoints(
    n,
    free + 1,
    `the fit of ${free} parameter${free === 1 ? "" : "s"}`,
    "give more (j, η) pairs, or hold parameters fixed (α, R_s, j_lim) so that the standard errors are defined",
  );
  const settings = { convention, f, symmetric: mode === "symmetric" };
  const fit = fitCurve(
    {
      x: j,
      y: eta,
      model: (p, x, out) => bvFitModel(p, x, settings, out),
      jacobian: (p, x, out) => bvFitModel(p, x, settings, new Float64Array(x.length), out),
      parameters,
    },
    { confidenceLevel },
  );
  const byName = Object.fromEntries(fit.parameters.map((p) => [p.name, p]));
  const read = (name: string) => {
    const p = byName[name];
    if (p === undefined) throw new Error(`missing parameter ${name}`);
    const interval = p.interval ? ([p.interval.lower, p.interval.upper] as const) : undefined;
    return { value: p.value, se: p.standardError, interval, fixed: p.fixed };
  };
  const lj0 = read("log10ExchangeCurrentDensity");
  const aa = read("alphaA");
  const ac = mode === "symmetric" ? aa : read("alphaC");
  const rs = read("areaSpecificResistance");
  const kappa = read("inverseLimitingCurrentDensity");
  const warnings: KineticsWarning[] = fit.warnings.map((w) => ({
    code: w.code,
    message: w.message,
  }));
  const fixedParameters = [
    ...(fitAlpha ? [] : ["anodicTransferCoefficient", "cathodicTransferCoefficient"]),
    ...(rs.fixed ? ["areaSpecificResistance"] : []),
    ...(typeof limitOption === "number" ? ["limitingCurrentDensity"] : []),
  ];
  let limiting: KineticsEstimate | undefined;
  if (limitOption !== undefined) {
    if (kappa.value > 0) {
      const k = kappa.value;
      const lower = kappa.interval?.[0];
      const upper = kappa.interval?.[1];
      limiting = estimateJson(
        1 / k,
        "mA cm-2",
        kappa.se === undefined ? undefined : kappa.se / (k * k),
        lower !== undefined && upper !== undefined && lower > 0
          ? [1 / upper, 1 / lower]
          : undefined,
      );
      if (!kappa.fixed && !(lower !== undefined && lower > 0)) {
        warnings.push({
          code: "W_UNBOUNDED_INTERVAL",
          message:
            "the interval of j_lim reaches infinity: the data hardly constrain a mass-transport limit",
        });
      }
    } else {
      warnings.push({
        code: "W_NO_LIMITING_CURRENT",
        message:
          "the fitted 1/j_lim is 0: the data show no mass-transport limit, so j_lim is not reported",
      });
    }
  }
  const residuals = Array.from(fit.residuals, (r) => r * 1e3);
  let minAbs = Number.POSITIVE_INFINITY;
  let minJ = Number.POSITIVE_INFINITY;
  let maxSigned = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    minAbs = Math.min(minAbs, Math.abs(j[i] as number));
    minJ = Math.min(minJ, j[i] as number);
    maxSigned = Math.max(maxSigned, j[i] as number);
  }
  const values = Float64Array.from(fit.parameters, (p) => p.value);
  const modelJ = Float64Array.from(linspace(Math.min(0, minJ), Math.max(0, maxSigned), 200));
  const modelEta = new Float64Array(modelJ.length);
  bvFitModel(values, modelJ, settings, modelEta);
  const points: PlotRow[] = Array.from(j, (ji, i) => ({
    x: ji / 10,
    y: (eta[i] as number) * 1e3,
    series: "data",
  }));
  const lines: PlotRow[] = Array.from(modelJ, (ji, i) => ({
    x: ji / 10,
    y: (modelEta[i] as number) * 1e3,
    series: "Butler–Volmer fit",
  }));
  return {
    analysis: "butler-volmer-fit",
    convention,
    relation: RELATIONS[convention],
    temperature: quantityJson(temperature, "K"),
    confidenceLevel,
    transferCoefficients: mode,
    exchangeCurrentDensity: powerOfTenEstimate(lj0.value, lj0.se, lj0.interval, "mA cm-2"),
    anodicTransferCoefficient: estimateJson(aa.value, "1", aa.se, aa.interval),
    cathodicTransferCoefficient: estimateJson(ac.value, "1", ac.se, ac.interval),
    areaSpecificResistance: estimateJson(rs.value, "ohm cm2", rs.se, rs.interval),
    ...(limiting ? { limitingCurrentDensity: limiting } : {}),
    fixedParameters,
    window: {
      variable: "|j|",
      lower: minAbs / 10,
      upper: maxJ / 10,
      unit: "mA cm⁻²",
      pointCount: n,
      automatic: false,
      rule: "every (j, η) pair given",
    },
    goodnessOfFit: {
      pointCount: n,
      parameterCount: fit.freeParameterCount,
      degreesOfFreedom: fit.degreesOfFreedom,
      rSquared: fit.rSquared,
      chiSquare: fit.chiSquare * 1e6,
      ...(fit.reducedChiSquare === undefined
        ? {}
        : { residualStandardDeviation: Math.sqrt(fit.reducedChiSquare) * 1e3 }),
      residualUnit: "mV",
    },
    convergence: {
      converged: fit.converged,
      reason: fit.reason,
      iterations: fit.iterations,
      identifiability: fit.identifiability,
    },
    residuals,
    warnings,
    plot: seriesPlot({
      title: convention === "cell" ? "Symmetric-cell Butler–Volmer fit" : "Butler–Volmer fit",
      xTitle: "j (mA cm⁻²)",
      yTitle: convention === "cell" ? "η_cell (mV)" : "η (mV)",
      points,
      lines,
    }),
  };
}

function maxEta(eta: Float64Array): number {
  let m = 0;
  for (const e of eta) m = Math.max(m, Math.abs(e));
  return m;
}

/** Median of j/(e^{α_a·f·η} − e^{−α_c·f·η}) (electrode) or j/(2 sinh(ᾱ·f·η/2)) (cell). */
function initialJ0(
  eta: Float64Array,
  j: Float64Array,
  alphaA: number,
  alphaC: number,
  f: number,
  convention: OverpotentialConvention,
): number {
  const guesses: number[] = [];
  const mean = 0.5 * (alphaA + alphaC);
  for (let i = 0; i < j.length; i++) {
    const e = eta[i] as number;
    const c = j[i] as number;
    if (e === 0 || c === 0 || e * c < 0) continue;
    const shape =
      convention === "cell"
        ? 2 * Math.sinh((mean * f * e) / 2)
        : Math.exp(alphaA * f * e) - Math.exp(-alphaC * f * e);
    const g = c / shape;
    if (Number.isFinite(g) && g > 0) guesses.push(g);
  }
  if (guesses.length === 0) return 10;
  guesses.sort((a, b) => a - b);
  return Math.min(1e7, Math.max(1e-11, guesses[guesses.length >> 1] as number));
}
