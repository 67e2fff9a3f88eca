import type { KineticsWarning, TransientClassificationResult } from "@lmb/schemas";
import type { TransientClassification } from "../scharifkerHills/classifyTransient.js";
import type { DepositionConditions } from "../scharifkerHills/dimensionalTransients.js";
import { shQuantities } from "../scharifkerHills/nucleationQuantities.js";
import type { TransientBaseline } from "../scharifkerHills/transientBaseline.js";
import { estimateJson, quantityJson } from "./jsonValues.js";

/**
 * A Scharifker–Hills D below this (m² s⁻¹), a tenth of the salt diffusivity of 1 M LiPF6 in
 * carbonates (≈ 2–3e-10), says the transient is not diffusion-controlled in the SH sense.
 */
export const APPARENT_DIFFUSIVITY_LIMIT = 2e-11;

/** Options of {@link transientClassificationJson}: what the classification was run with. */
export interface TransientClassificationJsonOptions {
  /**
   * Concentration (mol m⁻³), molar volume (m³ mol⁻¹) and z: with them the result carries D and
   * the nucleus densities of both models ({@link shQuantities}); without them it has none.
   */
  conditions?: DepositionConditions;
  /** The `tolerance` given to `classifyTransient`. @default 0.08 */
  tolerance?: number;
  /** The `margin` given to `classifyTransient`. @default 1.5 */
  margin?: number;
  /** True when the user gave the window (otherwise lmb's default t/t_m ≥ 1). @default false */
  windowGiven?: boolean;
}

/** The JSON form of a baseline rule and the background it removed (A m⁻²). */
export function baselineJson(
  rule: TransientBaseline,
  currentDensity: number,
): TransientClassificationResult["baseline"] {
  return {
    rule: typeof rule === "object" ? "value" : rule,
    currentDensity: quantityJson(currentDensity, "mA cm-2"),
  };
}

/** The deposition conditions in customary units (M, cm³ mol⁻¹). */
export function conditionsJson(
  conditions: DepositionConditions,
): NonNullable<TransientClassificationResult["conditions"]> {
  return {
    concentration: quantityJson(conditions.concentration, "M"),
    molarVolume: quantityJson(conditions.molarVolume, "cm3 mol-1"),
    chargeNumber: conditions.z ?? 1,
  };
}

/** W_APPARENT_DIFFUSIVITY when D (m² s⁻¹) is far below a salt diffusivity. */
export function apparentDiffusivityWarning(diffusivity: number): KineticsWarning[] {
  if (!(diffusivity < APPARENT_DIFFUSIVITY_LIMIT)) return [];
  return [
    {
      code: "W_APPARENT_DIFFUSIVITY",
      message: `D = ${(diffusivity * 1e4).toPrecision(3)} cm² s⁻¹ is far below the salt diffusivity (~2e-6 cm² s⁻¹): the transient is probably not diffusion-controlled in the Scharifker–Hills sense (SEI, charge transfer); treat D and the nucleus densities as apparent`,
    },
  ];
}

/**
 * Turns a {@link TransientClassification} (SI numbers, Float64Arrays) into the
 * `TransientClassificationResult` of `@lmb/schemas`: t_m in s, j_m and the baseline in mA cm⁻², the
 * window as t/t_m, and — with `options.conditions` — D (cm² s⁻¹), N0 and N_s (cm⁻²) and A·N∞
 * (cm⁻² s⁻¹) under both models (SI in each `si`), with warnings for a mixed or unmatched
 * verdict, a short record and an apparent D.
 *
 * @param classification - a result of `classifyTransient`
 * @param options - the conditions and the options the classification was run with
 * @throws LmbError `E_INVALID_ARGUMENT` from {@link shQuantities} for non-positive conditions
 * @example
 * const c = classifyTransient(t, j);
 * const json = transientClassificationJson(c, { conditions: { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME } });
 * json.quantities?.instantaneous.diffusivity.value; // cm² s⁻¹
 */
export function transientClassificationJson(
  classification: TransientClassification,
  options: TransientClassificationJsonOptions = {},
): TransientClassificationResult {
  const c = classification;
  const warnings: KineticsWarning[] = [];
  if (c.verdict === "mixed") {
    warnings.push({
      code: "W_MIXED_NUCLEATION",
      message:
        "the data lie between the instantaneous and progressive curves: the nucleation rate is comparable to 1/t_m; fit the Scharifker–Mostany transient for D, N0 and A",
    });
  } else if (c.verdict === "neither") {
    warnings.push({
      code: "W_NO_MODEL",
      message:
        "neither Scharifker–Hills curve describes the data: check the baseline, the charging spike and the window; the transient may not be diffusion-controlled 3D nucleation",
    });
  }
  if (c.window.to < 2) {
    warnings.push({
      code: "W_SHORT_RECORD",
      message: `the record ends at t/t_m = ${c.window.to.toPrecision(3)}: the two models differ most between 1.5 and 4, so the verdict rests on little data; record longer`,
    });
  }
  const out: TransientClassificationResult = {
    analysis: "scharifker-hills",
    verdict: c.verdict,
    reason: c.reason,
    criteria: {
      tolerance: options.tolerance ?? 0.08,
      margin: options.margin ?? 1.5,
      mixedShare: 0.6,
    },
    peakTime: quantityJson(c.tm, "s"),
    peakCurrentDensity: quantityJson(c.jm, "mA cm-2"),
    currentSign: c.sign < 0 ? "negative" : "positive",
    baseline: baselineJson(c.baselineRule, c.baseline),
    window: {
      variable: "t/t_m",
      lower: c.window.from,
      upper: c.window.to,
      unit: "",
      pointCount: c.windowPoints,
      automatic: !options.windowGiven,
      rule: options.windowGiven
        ? "given, clipped to the end of the record"
        : "from the maximum (t/t_m = 1; the rise is often unresolved) to the end of the record",
    },
    distances: { ...c.distances },
    betweenShare: c.betweenShare,
    warnings,
    plot: c.plot,
  };
  if (options.conditions !== undefined) {
    const q = shQuantities(c.jm, c.tm, options.conditions);
    out.conditions = conditionsJson(options.conditions);
    out.quantities = {
      instantaneous: {
        diffusivity: estimateJson(q.instantaneous.diffusivity, "cm2 s-1"),
        siteDensity: estimateJson(q.instantaneous.siteDensity, "cm-2"),
      },
      progressive: {
        diffusivity: estimateJson(q.progressive.diffusivity, "cm2 s-1"),
        rateDensity: estimateJson(q.progressive.rateDensity, "cm-2 s-1"),
        saturationDensity: estimateJson(q.progressive.saturationDensity, "cm-2"),
      },
    };
    const model = c.verdict === "progressive" ? q.progressive : q.instantaneous;
    warnings.push(...apparentDiffusivityWarning(model.diffusivity));
  }
  return out;
}
