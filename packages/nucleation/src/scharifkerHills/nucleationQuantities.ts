import { LmbError } from "@lmb/errors";
import { FARADAY_CONSTANT } from "@lmb/units";
import { type DepositionConditions, growthConstant } from "./dimensionalTransients.js";
import { SH_CONSTANTS } from "./shConstants.js";

/** Physical quantities from a transient's maximum under each Scharifker–Hills model (SI). */
export interface ShQuantities {
  instantaneous: {
    /** D = j_m²·t_m / (0.16288·(zFc)²), m² s⁻¹. */
    diffusivity: number;
    /** N0 = x_i/(π·k·D·t_m), m⁻². */
    siteDensity: number;
  };
  progressive: {
    /** D = j_m²·t_m / (0.25975·(zFc)²), m² s⁻¹. */
    diffusivity: number;
    /** A·N∞ = 2u_p/(π·k′·D·t_m²) with k′ = (4/3)k (Scharifker–Hills; Scharifker–Mostany's is 4/3 larger), m⁻² s⁻¹. */
    rateDensity: number;
    /** Saturation nucleus density N_s = (A·N∞/(2·k′·D))^½, m⁻². */
    saturationDensity: number;
  };
}

/**
 * The diffusion coefficient and nuclei density that Scharifker–Hills theory assigns to a
 * transient maximum (t_m, j_m), under each model. For Li at 1 M with j_m = 5 mA cm⁻² and
 * t_m = 2 s: instantaneous D = 3.30e-12 m² s⁻¹ (3.30e-8 cm² s⁻¹), N0 = 1.06e11 m⁻²; progressive
 * D = 2.07e-12 m² s⁻¹, A·N∞ = 2.36e11 m⁻² s⁻¹. A D far below the salt diffusivity (~2–3e-10
 * m² s⁻¹) says the transient is not diffusion-controlled in the SH sense (SEI, charge transfer).
 *
 * Source: Scharifker & Hills, Electrochim. Acta 28 (1983) 879; constants recomputed
 * (shared/research/theory.md §1.1).
 *
 * @param jm - peak current density, A m⁻² (> 0)
 * @param tm - time of the peak, s (> 0)
 * @param conditions - z, c (mol m⁻³), V_m (m³ mol⁻¹)
 * @throws LmbError `E_INVALID_ARGUMENT` for non-positive inputs.
 * @example
 * shQuantities(50, 2, { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME }).instantaneous.siteDensity;
 */
export function shQuantities(
  jm: number,
  tm: number,
  conditions: DepositionConditions,
): ShQuantities {
  for (const [name, value] of [
    ["j_m", jm],
    ["t_m", tm],
    ["concentration", conditions.concentration],
    ["molar volume", conditions.molarVolume],
    ["z", conditions.z ?? 1],
  ] as const) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new LmbError("E_INVALID_ARGUMENT", `${name} must be a positive number, got ${value}`, {
        fix: `give ${name} in SI units (j_m A m⁻², t_m s, c mol m⁻³, V_m m³ mol⁻¹)`,
      });
    }
  }
  const zFc = (conditions.z ?? 1) * FARADAY_CONSTANT * conditions.concentration;
  const k = growthConstant(conditions);
  const kPrime = (4 / 3) * k;
  const dI = (jm * jm * tm) / (SH_CONSTANTS.instantaneous.jm2tm * zFc * zFc);
  const dP = (jm * jm * tm) / (SH_CONSTANTS.progressive.jm2tm * zFc * zFc);
  const rateDensity = (2 * SH_CONSTANTS.progressive.root) / (Math.PI * kPrime * dP * tm * tm);
  return {
    instantaneous: {
      diffusivity: dI,
      siteDensity: SH_CONSTANTS.instantaneous.root / (Math.PI * k * dI * tm),
    },
    progressive: {
      diffusivity: dP,
      rateDensity,
      saturationDensity: Math.sqrt(rateDensity / (2 * kPrime * dP)),
    },
  };
}
