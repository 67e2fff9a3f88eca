import { LmbError } from "@lmb/errors";
import { type ButlerVolmerKinetics, resolveKinetics } from "./butlerVolmerKinetics.js";
import { solveElectrodeOverpotential } from "./solveElectrodeOverpotential.js";

/**
 * Overpotential of one electrode that carries current density j: the inverse of
 * {@link butlerVolmerCurrentDensity}, solved with Brent's method (`@lmb/numerics`) in a bracket
 * that always contains the root (j is strictly increasing in η), so it never fails to converge.
 * For α_a = α_c = ½ it equals (2RT/F)·asinh(j/(2j0)) (theory.md §4.1).
 *
 * @param currentDensity - j, A m⁻² (positive = oxidation); |j| < j_lim when a limit is given
 * @param kinetics - j0 (A m⁻²), α_a, α_c, T (K), optional j_lim (A m⁻²)
 * @returns η = E − E_eq, V
 * @throws LmbError `E_INVALID_INPUT` (bad parameters or j); `E_OUT_OF_RANGE` for |j| ≥ j_lim
 * @example
 * // j = 10·j0, α = ½, 25 °C: η = (2RT/F)·asinh(5) = 118.825 mV (theory.md §4.2 table)
 * butlerVolmerOverpotential(100, { exchangeCurrentDensity: 10 }); // ≈ 0.118825 V
 */
export function butlerVolmerOverpotential(
  currentDensity: number,
  kinetics: ButlerVolmerKinetics,
): number {
  if (!Number.isFinite(currentDensity)) {
    throw new LmbError("E_INVALID_INPUT", `current density ${currentDensity} A m⁻² is not finite`, {
      location: { source: "currentDensity" },
      fix: "give j in A m⁻² as a finite number",
    });
  }
  const { j0, alphaA, alphaC, f, kappa } = resolveKinetics(kinetics);
  if (Math.abs(currentDensity) * kappa >= 1) {
    throw new LmbError(
      "E_OUT_OF_RANGE",
      `|j| = ${Math.abs(currentDensity)} A m⁻² reaches the limiting current density ${1 / kappa} A m⁻²`,
      { fix: "no overpotential carries a current at or beyond the limiting current; lower |j|" },
    );
  }
  return solveElectrodeOverpotential(currentDensity, j0, alphaA, alphaC, f, kappa);
}
