import { LmbError } from "@lmb/errors";
import { type ButlerVolmerKinetics, resolveKinetics } from "./butlerVolmerKinetics.js";

/**
 * Current density of one electrode at overpotential η (Butler–Volmer; SCIENCE.md §3,
 * theory.md §4.1):
 *
 * j = j0·[exp(α_a·F·η/RT) − exp(−α_c·F·η/RT)],
 *
 * and with a limiting current density j_lim (same in both directions, surface-concentration
 * form) j = j0(e^{a} − e^{−c}) / (1 + j0(e^{a} + e^{−c})/j_lim), a = α_a·F·η/RT, c = α_c·F·η/RT.
 * Evaluated in a scaled form so that large |η| cannot overflow when j_lim is finite.
 * Source: A. J. Bard & L. R. Faulkner, Electrochemical Methods, 2nd ed. (2001) eq. 3.4.10–3.4.11.
 *
 * @param overpotential - η = E − E_eq, V (anodic positive)
 * @param kinetics - j0 (A m⁻²), α_a, α_c, T (K), optional j_lim (A m⁻²)
 * @returns j, A m⁻² (positive = oxidation/stripping)
 * @throws LmbError `E_INVALID_INPUT` (bad parameters, non-finite η); `E_OUT_OF_RANGE` when j overflows
 * @example
 * // j0 = 1 mA cm⁻², α = 0.5/0.5, η = 50 mV at 25 °C: j = 2·j0·sinh(Fη/2RT) = 7.18 mA cm⁻²
 * butlerVolmerCurrentDensity(0.05, { exchangeCurrentDensity: 10 }); // ≈ 71.8 A m⁻²
 */
export function butlerVolmerCurrentDensity(
  overpotential: number,
  kinetics: ButlerVolmerKinetics,
): number {
  if (!Number.isFinite(overpotential)) {
    throw new LmbError("E_INVALID_INPUT", `overpotential ${overpotential} V is not finite`, {
      location: { source: "overpotential" },
      fix: "give η in volts as a finite number",
    });
  }
  const { j0, alphaA, alphaC, f, kappa } = resolveKinetics(kinetics);
  const a = alphaA * f * overpotential;
  const c = alphaC * f * overpotential;
  let j: number;
  if (overpotential >= 0) {
    // divide numerator and denominator by e^{a}
    const back = Math.exp(-(a + c));
    j = (1 - back) / (Math.exp(-a) / j0 + (1 + back) * kappa);
  } else {
    const forward = Math.exp(a + c);
    j = (forward - 1) / (Math.exp(c) / j0 + (forward + 1) * kappa);
  }
  if (!Number.isFinite(j)) {
    throw new LmbError("E_OUT_OF_RANGE", `current density at η = ${overpotential} V overflows`, {
      fix: "use a smaller overpotential or give a limiting current density",
    });
  }
  return j;
}
