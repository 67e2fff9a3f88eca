import { LmbError } from "@lmb/errors";
import { studentTQuantile } from "@lmb/numerics";
import type {
  KineticsWarning,
  OverpotentialConvention,
  TafelAnalysisResult,
  TafelBranch,
  Voltammogram,
} from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT, STANDARD_TEMPERATURE } from "@lmb/units";
import { powerOfTenEstimate, quantityJson } from "../internal/estimate.js";
import { requireConfidenceLevel, requireTemperature } from "../internal/validate.js";
import { finitePairs } from "./finitePairs.js";
import { fitTafelBranch, type TafelBranchSettings, type TafelLine } from "./fitTafelBranch.js";
import {
  type PolarizationCurve,
  polarizationCurveFromVoltammogram,
  type VoltammogramConversionOptions,
} from "./polarizationCurve.js";
import { tafelPlot } from "./tafelPlot.js";

/** Options of {@link tafelAnalysis}. */
export interface TafelAnalysisOptions extends VoltammogramConversionOptions {
  /** Whether η is one electrode's or a symmetric cell's (η_strip + |η_plate|). @default "electrode" */
  convention?: OverpotentialConvention;
  /** Absolute temperature, K. @default 298.15 */
  temperature?: number;
  /** Which branches to fit. @default "both" */
  branches?: "both" | "anodic" | "cathodic";
  /** Fixed |η| window in V for every branch, instead of the automatic choice. */
  window?: { lower: number; upper: number };
  /**
   * Automatic window: smallest |η|, V. @default 4RT/F (electrode, 103 mV at 25 °C), 8RT/F (cell,
   * ≈ 4RT/F per electrode)
   */
  minimumOverpotential?: number;
  /** Automatic window: decades of |j| the fitted line must span. @default 1 (electrode), 0.5 (cell) */
  minimumDecades?: number;
  /** Automatic window: fewest points. @default 5 */
  minimumPoints?: number;
  /** A branch whose best window has a lower R² is rejected as not linear. @default 0.99 */
  minimumRSquared?: number;
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
}

function isVoltammogram(input: PolarizationCurve | Voltammogram): input is Voltammogram {
  return (input as Voltammogram).kind === "voltammogram";
}

const RELATIONS: Record<OverpotentialConvention, string> = {
  electrode:
    "one electrode, η = E − E_eq: log10 j = log10 j0 + α_a·F·η/(ln10·RT) (anodic), log10|j| = log10 j0 − α_c·F·η/(ln10·RT) (cathodic); j0 from the intercept at η = 0",
  cell: "symmetric Li‖Li cell, η_cell = η_strip + |η_plate|: log10|j| = log10 j0 + [α_a·α_c/(α_a + α_c)]·F·|η_cell|/(ln10·RT) (high-field limit, theory.md §4.2); j0 from the intercept at η_cell = 0",
};

/**
 * Tafel analysis of a polarization curve or voltammogram: in each branch, a straight line
 * log10|j| = log10 j0 + s·η is fitted (`linearRegression` of `@lmb/numerics`, Student-t
 * intervals) in a window of |η| chosen automatically or given; the Tafel slope is b = 1/s, the
 * transfer coefficient |s|·ln10·RT/F, and j0 = 10^intercept (SCIENCE.md §3; Bard & Faulkner,
 * Electrochemical Methods, 2nd ed., §3.4.3).
 *
 * **Automatic window rule** (stated in the result): among windows of the branch with
 * |η| ≥ 4RT/F (8RT/F for a symmetric cell, ≈ 4RT/F per electrode), at least 5 points, a fitted
 * line spanning at least one decade of |j| (half a decade for a cell) and no significant
 * curvature (a quadratic term fails an F-test at 95 %), take the one with the highest R²
 * ({@link selectTafelWindow}); reject the branch as not linear when that R² is below 0.99.
 * Why 4RT/F and not the textbook ~3RT/F: the back reaction, a fraction e^{−(α_a+α_c)Fη/RT} of
 * the current, is still 5 % at 3RT/F, and extrapolating to η = 0 turns it into a j0 bias larger
 * than the statistical interval of a well-measured curve. In seeded simulations (161 points to
 * ±400 mV, 3 % noise, α_a + α_c = 1) the 95 % intervals of j0 and α covered the truth in 63 % of
 * cases with a 3RT/F start and in ≈ 88 % with 4RT/F; the rest is the small selection bias of
 * choosing a window from the data.
 *
 * Cell convention: the slope gives the apparent α_a·α_c/(α_a + α_c) (α/2 for α_a = α_c), and
 * j0 is biased low unless the window is far out (0.57·j0 over 50–150 mV for α = ½; theory.md
 * §4.2) — the result warns and {@link butlerVolmerFit} avoids it.
 *
 * @param input - a `PolarizationCurve` (η in V, j in A m⁻²) or a `Voltammogram` (converted with
 *   {@link polarizationCurveFromVoltammogram}: needs an area)
 * @param options - convention, temperature (K), window (V), selection criteria, confidence level
 * @returns slopes, transfer coefficients and j0 per branch with errors, windows and a plot
 * @throws LmbError `E_INSUFFICIENT_DATA` (too few points for the window), `E_NOT_LINEAR`
 *   (no straight Tafel region), `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`, `E_INVALID_INPUT`
 * @example
 * const result = tafelAnalysis({ overpotential: eta, currentDensity: j });
 * result.anodic?.transferCoefficient.value; // α_a
 * result.exchangeCurrentDensity.value; // j0 in mA cm⁻²
 */
export function tafelAnalysis(
  input: PolarizationCurve | Voltammogram,
  options: TafelAnalysisOptions = {},
): TafelAnalysisResult {
  const convention = options.convention ?? "electrode";
  const temperature = requireTemperature(options.temperature ?? STANDARD_TEMPERATURE);
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const thermal = (GAS_CONSTANT * temperature) / FARADAY_CONSTANT;
  let eta: Float64Array;
  let j: Float64Array;
  let equilibriumPotential = 0;
  let equilibriumPotentialSource: TafelAnalysisResult["equilibriumPotentialSource"] =
    "overpotential-data";
  if (isVoltammogram(input)) {
    const converted = polarizationCurveFromVoltammogram(input, options);
    ({ overpotential: eta, currentDensity: j } = converted.curve);
    equilibriumPotential = converted.equilibriumPotential;
    equilibriumPotentialSource = converted.equilibriumPotentialSource;
  } else {
    ({ eta, j } = finitePairs(input));
  }
  const settings: TafelBranchSettings = {
    convention,
    thermal,
    confidenceLevel,
    minimumOverpotential: options.minimumOverpotential ?? (convention === "cell" ? 8 : 4) * thermal,
    minimumDecades: options.minimumDecades ?? (convention === "cell" ? 0.5 : 1),
    minimumPoints: Math.max(3, options.minimumPoints ?? 5),
    minimumRSquared: options.minimumRSquared ?? 0.99,
    ...(options.window === undefined ? {} : { window: options.window }),
  };
  const wanted =
    options.branches === undefined || options.branches === "both"
      ? (["anodic", "cathodic"] as const)
      : ([options.branches] as const);
  const fitted: Partial<Record<"anodic" | "cathodic", TafelBranch>> = {};
  const lines: Partial<Record<"anodic" | "cathodic", TafelLine>> = {};
  const warnings: KineticsWarning[] = [];
  const failures: LmbError[] = [];
  for (const branch of wanted) {
    try {
      const { result, line } = fitTafelBranch(eta, j, branch, settings);
      fitted[branch] = result;
      lines[branch] = line;
    } catch (error) {
      if (!(error instanceof LmbError) || wanted.length === 1) throw error;
      failures.push(error);
      warnings.push({
        code: "W_BRANCH_OMITTED",
        message: `${branch} branch not fitted: ${error.problem}`,
      });
    }
  }
  if (fitted.anodic === undefined && fitted.cathodic === undefined) throw failures[0];
  const combined = combineExchangeCurrents(lines, fitted, confidenceLevel, warnings);
  if (convention === "cell") {
    warnings.push({
      code: "W_TAFEL_WINDOW_BIAS",
      message:
        "a Tafel line on symmetric-cell data underestimates j0 unless the window is far out (0.57·j0 over 50–150 mV, 0.92·j0 over 150–300 mV for α = ½; theory.md §4.2); the Butler–Volmer fit (butlerVolmerFit, lmb kinetics bv) avoids this",
    });
  }
  const windowRule = options.window
    ? `given: ${fmt(options.window.lower * 1e3)} ≤ |η| ≤ ${fmt(options.window.upper * 1e3)} mV; R² ≥ ${settings.minimumRSquared} required`
    : `highest R² of log10|j| against η among windows without significant curvature (F-test of a quadratic term, 95 %) with |η| ≥ ${fmt(settings.minimumOverpotential * 1e3)} mV (${convention === "cell" ? "8" : "4"}RT/F), a fitted line spanning ≥ ${settings.minimumDecades} decade(s) of |j| and ≥ ${settings.minimumPoints} points; R² ≥ ${settings.minimumRSquared} required`;
  return {
    analysis: "tafel",
    convention,
    relation: RELATIONS[convention],
    temperature: quantityJson(temperature, "K"),
    equilibriumPotential: quantityJson(equilibriumPotential, "V"),
    equilibriumPotentialSource,
    confidenceLevel,
    windowRule,
    ...(fitted.anodic ? { anodic: fitted.anodic } : {}),
    ...(fitted.cathodic ? { cathodic: fitted.cathodic } : {}),
    exchangeCurrentDensity: combined,
    warnings,
    plot: tafelPlot(eta, j, lines, convention),
  };
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/** Inverse-variance mean of the branches' log10 j0 (Student t with the pooled dof). */
function combineExchangeCurrents(
  lines: Partial<Record<"anodic" | "cathodic", TafelLine>>,
  fitted: Partial<Record<"anodic" | "cathodic", TafelBranch>>,
  confidenceLevel: number,
  warnings: KineticsWarning[],
) {
  const a = lines.anodic;
  const c = lines.cathodic;
  if (a === undefined || c === undefined) {
    const only = (fitted.anodic ?? fitted.cathodic) as TafelBranch;
    return only.exchangeCurrentDensity;
  }
  const wa = 1 / a.interceptSE ** 2;
  const wc = 1 / c.interceptSE ** 2;
  const mean = (wa * a.intercept + wc * c.intercept) / (wa + wc);
  const se = Math.sqrt(1 / (wa + wc));
  const t = studentTQuantile(0.5 + confidenceLevel / 2, a.dof + c.dof);
  const difference = Math.abs(a.intercept - c.intercept);
  const seDifference = Math.hypot(a.interceptSE, c.interceptSE);
  if (difference > t * seDifference) {
    warnings.push({
      code: "W_BRANCHES_DISAGREE",
      message: `the anodic and cathodic intercepts give j0 differing by a factor ${fmt(10 ** difference)}, beyond their uncertainty: check E_eq, iR correction and the windows`,
    });
  }
  return powerOfTenEstimate(mean, se, [mean - t * se, mean + t * se], "mA cm-2");
}
