import { LmbError } from "@lmb/errors";
import { brent } from "@lmb/numerics";
import { resolveKinetics } from "./butlerVolmerKinetics.js";
import {
  type SymmetricCellKinetics,
  symmetricCellOverpotential,
} from "./symmetricCellOverpotential.js";

/**
 * Current density through a symmetric Li‖Li cell held at cell overpotential η_cell: the inverse
 * of {@link symmetricCellOverpotential}, by Brent's method on j in a bracket that contains the
 * root — [0, min(j0·e^{α_a·F·|η|/RT}, |η|/R_s, j_lim)], since η_strip alone or the ohmic drop
 * alone already reaches |η| there. For α_a = α_c = ½ and R_s = 0 it equals
 * j = 2·j0·sinh(F·η_cell/(4RT)) (SCIENCE.md §3).
 *
 * @param cellOverpotential - η_cell, V (cell convention: sum over both interfaces plus j·R_s)
 * @param kinetics - per-interface j0 (A m⁻²), α_a, α_c, T (K), optional j_lim (A m⁻²), R_s (Ω m²)
 * @returns j, A m⁻² (same sign as η_cell)
 * @throws LmbError `E_INVALID_INPUT`
 * @example
 * // α = ½, 25 °C: η_cell = 49.4543 mV gives j = j0 (theory.md §4.2 table)
 * symmetricCellCurrentDensity(0.0494543, { exchangeCurrentDensity: 10 }); // ≈ 10 A m⁻²
 */
export function symmetricCellCurrentDensity(
  cellOverpotential: number,
  kinetics: SymmetricCellKinetics,
): number {
  if (!Number.isFinite(cellOverpotential)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `cell overpotential ${cellOverpotential} V is not finite`,
      {
        location: { source: "cellOverpotential" },
        fix: "give η_cell in volts as a finite number",
      },
    );
  }
  const { j0, alphaA, f, kappa } = resolveKinetics(kinetics);
  if (cellOverpotential === 0) return 0;
  const eta = Math.abs(cellOverpotential);
  const resistance = kinetics.areaSpecificResistance ?? 0;
  let hi = Math.min(j0 * Math.exp(Math.min(alphaA * f * eta, 690)), 1e300);
  if (resistance > 0) hi = Math.min(hi, eta / resistance);
  if (kappa > 0) hi = Math.min(hi, (1 - 1e-12) / kappa);
  const g = (j: number) => symmetricCellOverpotential(j, kinetics).cellOverpotential - eta;
  if (g(hi) < 0) return Math.sign(cellOverpotential) * hi; // pinned at the limiting current
  const j = brent(g, 0, hi, { xtol: 0, rtol: 1e-14 }).root;
  return Math.sign(cellOverpotential) * j;
}
