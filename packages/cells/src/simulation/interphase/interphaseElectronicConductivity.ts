import { generalEffectiveMedium, percolationPowerLaw } from "@lmb/percolation";
import { requireNumber } from "../../internal/requireOption.js";
import { interphasePercolationThreshold } from "./interphaseThreshold.js";

/** Inputs of {@link interphaseElectronicConductivity} (SI). */
export interface InterphaseMetalContent {
  /** Metal volume fraction V_f (0–1). */
  metalFraction: number;
  /** Aspect ratio of the metal particles (1 spheres, > 1 needles, < 1 plates). @default 1 */
  aspectRatio?: number;
  /** Interphase thickness over particle diameter (the finite-size V_p depends on it). */
  thicknessInDiameters: number;
  /** σ_M of the metal, S m⁻¹. @default 1e7 (≈ Li, Cu, In at room temperature: 1e7–6e7) */
  metalConductivity?: number;
  /** σ_NM of the insulating matrix (Li₂S, Li₃P, LiCl, Li₂O), S m⁻¹. @default 1e-10 */
  insulatorConductivity?: number;
  /** V_p to use instead of the simulated one (e.g. fitted from measured (V_f, σ) data). */
  threshold?: number;
  /** Conductivity exponent n (≈ 2.0 in 3D). @default 2 */
  exponent?: number;
  /** `"gem"` (McLachlan, smooth crossover) or `"power-law"` (σ_NM below V_p). @default "gem" */
  model?: "gem" | "power-law";
}

/** Result of {@link interphaseElectronicConductivity}. */
export interface InterphaseConductivity {
  /** σ_e, S m⁻¹. */
  conductivity: number;
  /** V_p used. */
  threshold: number;
  /** Where it came from: the continuum Monte Carlo of `@lmb/percolation`, or the caller. */
  thresholdSource: "continuum-monte-carlo" | "given";
  exponent: number;
  model: "gem" | "power-law";
  /** V_f > V_p: a connected metal path crosses the layer. */
  percolating: boolean;
}

/**
 * Electronic conductivity of an interphase that holds metal particles in an insulating matrix,
 * by percolation theory rather than the mixing rule (SCIENCE.md §6, Su et al. 2025, source 002):
 * below the threshold V_p the layer conducts like the insulator, above it
 * σ = σ0·(V_f − V_p)^n with n ≈ 2 in 3D (Stauffer & Aharony 1994).
 *
 * V_p is the finite-size threshold of a layer `thicknessInDiameters` particles thick, from the
 * continuum simulation of `@lmb/percolation` ({@link interphasePercolationThreshold}, cached),
 * unless `threshold` is given. The default model is McLachlan's general effective-medium (GEM)
 * equation (J. Phys. C 20 (1987) 865), which is the power law σ_M((V_f − V_p)/(1 − V_p))^n above
 * V_p (σ0 = σ_M/(1 − V_p)^n) and σ_NM far below, with a smooth crossover of a few decades in
 * between — the right behaviour for a leak current that should not jump discontinuously when a
 * design map crosses V_p. `"power-law"` gives σ_NM + σ0(V_f − V_p)^n with the same σ0.
 *
 * @returns σ_e (S m⁻¹), V_p and whether the layer percolates
 * @throws LmbError `E_INVALID_INPUT` naming the field for fractions outside [0, 1], σ_M ≤ σ_NM,
 *   a non-positive thickness or aspect ratio
 * @example
 * interphaseElectronicConductivity({ metalFraction: 0.1, thicknessInDiameters: 5 }).conductivity; // ≈ 1e-10 (insulating)
 * interphaseElectronicConductivity({ metalFraction: 0.4, thicknessInDiameters: 5 }).conductivity; // ≈ 6e5 (percolating)
 */
export function interphaseElectronicConductivity(
  content: InterphaseMetalContent,
): InterphaseConductivity {
  const phi = requireNumber(
    content.metalFraction,
    "interphase.metal.fraction",
    "metal volume fraction",
    { min: 0, max: 1 },
    "give V_f as a fraction between 0 and 1 (not percent)",
  );
  const metal = content.metalConductivity ?? 1e7;
  const insulator = content.insulatorConductivity ?? 1e-10;
  requireNumber(
    insulator,
    "interphase.metal.insulatorConductivity",
    "insulator conductivity (S m⁻¹)",
    { min: 0 },
    "give σ_NM ≥ 0 in S m⁻¹",
  );
  requireNumber(
    metal,
    "interphase.metal.metalConductivity",
    "metal conductivity (S m⁻¹)",
    { min: insulator, exclusiveMin: true },
    "give σ_M in S m⁻¹, larger than the insulator's",
  );
  const exponent = content.exponent ?? 2;
  requireNumber(
    exponent,
    "exponent",
    "conductivity exponent",
    { min: 0, exclusiveMin: true },
    "give n > 0 (2 in 3D)",
  );
  const model = content.model ?? "gem";
  let threshold: number;
  let thresholdSource: InterphaseConductivity["thresholdSource"];
  if (content.threshold === undefined) {
    threshold = interphasePercolationThreshold(
      content.aspectRatio ?? 1,
      content.thicknessInDiameters,
    );
    thresholdSource = "continuum-monte-carlo";
  } else {
    threshold = requireNumber(
      content.threshold,
      "threshold",
      "percolation threshold V_p",
      { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true },
      "give V_p as a fraction in (0, 1)",
    );
    thresholdSource = "given";
  }
  const conductivity =
    model === "gem"
      ? generalEffectiveMedium(phi, { threshold, exponent, metal, insulator })
      : percolationPowerLaw(phi, {
          threshold,
          exponent,
          prefactor: metal / (1 - threshold) ** exponent,
          insulator,
        });
  return {
    conductivity,
    threshold,
    thresholdSource,
    exponent,
    model,
    percolating: phi > threshold,
  };
}
