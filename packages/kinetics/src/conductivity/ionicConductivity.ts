import { LmbError } from "@lmb/errors";
import { normalQuantile } from "@lmb/numerics";
import type { IonicConductivityResult } from "@lmb/schemas";
import { estimateJson } from "../internal/estimate.js";
import { requireConfidenceLevel } from "../internal/validate.js";

/** A blocking-cell measurement, in SI, with optional standard errors. */
export interface BlockingCellMeasurement {
  /** Bulk resistance R_b, Ω (> 0; the high-frequency intercept of the impedance). */
  resistance: number;
  /** Electrolyte thickness L, m (> 0; 1 µm = 1e-6 m). */
  thickness: number;
  /** Electrode area A, m² (> 0; 1 cm² = 1e-4 m²). */
  area: number;
  /** Standard error of R_b, Ω. */
  resistanceStandardError?: number;
  /** Standard error of L, m. */
  thicknessStandardError?: number;
  /** Standard error of A, m². */
  areaStandardError?: number;
}

function positive(value: number, name: string, unit: string): number {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new LmbError("E_INVALID_INPUT", `${name} must be positive, got ${value} ${unit}`, {
      location: { source: name },
      fix: `give the ${name} as a positive number in ${unit}${name === "resistance" ? " (the bulk resistance from the impedance spectrum)" : ""}`,
    });
  }
  return value;
}

function standardError(value: number | undefined, name: string): number {
  if (value === undefined) return 0;
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `standard error of the ${name} must be ≥ 0, got ${value}`,
      {
        location: { source: `${name}StandardError` },
        fix: "give a non-negative standard error, or omit it",
      },
    );
  }
  return value;
}

/**
 * Ionic conductivity from the bulk resistance of a blocking cell (electrolyte between two
 * ion-blocking electrodes): σ = L/(R_b·A) (SCIENCE.md §2), and the area-specific resistance R_b·A.
 * Standard errors given for R_b, L or A are propagated to first order,
 * (SE_σ/σ)² = (SE_R/R)² + (SE_L/L)² + (SE_A/A)², with a normal interval.
 *
 * @param measurement - R_b (Ω), L (m), A (m²) and optional standard errors
 * @param options - confidence level of the interval. @default 0.95
 * @returns σ (mS cm⁻¹) and R_b·A (Ω cm²) with the inputs echoed in customary units
 * @throws LmbError `E_INVALID_INPUT` for a non-positive R_b, L or A (a non-positive conductivity)
 * @example
 * // L = 500 µm, R_b = 25 Ω, A = 1.13 cm²: σ = 1.7699 mS cm⁻¹
 * ionicConductivity({ resistance: 25, thickness: 500e-6, area: 1.13e-4 }).conductivity.value;
 */
export function ionicConductivity(
  measurement: BlockingCellMeasurement,
  options: { confidenceLevel?: number } = {},
): IonicConductivityResult {
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const r = positive(measurement.resistance, "resistance", "Ω");
  const l = positive(measurement.thickness, "thickness", "m");
  const a = positive(measurement.area, "area", "m²");
  const seR = standardError(measurement.resistanceStandardError, "resistance");
  const seL = standardError(measurement.thicknessStandardError, "thickness");
  const seA = standardError(measurement.areaStandardError, "area");
  const hasErrors =
    measurement.resistanceStandardError !== undefined ||
    measurement.thicknessStandardError !== undefined ||
    measurement.areaStandardError !== undefined;
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const withError = (value: number, se: number, unit: string, known: boolean) =>
    known
      ? estimateJson(value, unit, se, [value - z * se, value + z * se])
      : estimateJson(value, unit);
  const sigma = l / (r * a);
  const relSigma = Math.hypot(seR / r, seL / l, seA / a);
  const asr = r * a;
  const relAsr = Math.hypot(seR / r, seA / a);
  return {
    analysis: "ionic-conductivity",
    relation: "σ = L/(R_b·A), blocking electrodes; area-specific resistance R_b·A",
    confidenceLevel,
    resistance: withError(r, seR, "ohm", measurement.resistanceStandardError !== undefined),
    thickness: withError(l, seL, "um", measurement.thicknessStandardError !== undefined),
    area: withError(a, seA, "cm2", measurement.areaStandardError !== undefined),
    conductivity: withError(sigma, sigma * relSigma, "mS/cm", hasErrors),
    areaSpecificResistance: withError(asr, asr * relAsr, "ohm cm2", hasErrors),
    warnings: [],
  };
}
