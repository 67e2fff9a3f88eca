import type { OverpotentialConvention } from "@lmb/schemas";
import { butlerVolmerOverpotential } from "./butlerVolmerOverpotential.js";
import {
  type SymmetricCellKinetics,
  symmetricCellOverpotential,
} from "./symmetricCellOverpotential.js";

/** The overpotential at a current density, with the convention it is in. */
export interface ButlerVolmerPolarization {
  /** "electrode": η of one interface; "cell": η_cell of a symmetric Li‖Li cell. */
  convention: OverpotentialConvention;
  /** j, A m⁻². */
  currentDensity: number;
  /** η (electrode) or η_cell (cell), V, including the ohmic drop j·R_s. */
  overpotential: number;
  /** j·R_s, V. */
  ohmicOverpotential: number;
  /** Cell only: the stripping (> 0) and plating (< 0) electrode overpotentials, V. */
  electrodes?: { stripping: number; plating: number };
}

/**
 * Overpotential at current density j in either convention, stated in the result: one electrode,
 * η = η_BV(j) + j·R_s ({@link butlerVolmerOverpotential}), or a symmetric Li‖Li cell,
 * η_cell = η_strip + |η_plate| + j·R_s ({@link symmetricCellOverpotential}; SCIENCE.md §3).
 *
 * @param currentDensity - j, A m⁻²
 * @param kinetics - per-interface j0 (A m⁻²), α_a, α_c, T (K), j_lim (A m⁻²), R_s (Ω m²)
 * @param convention - "electrode" or "cell". @default "electrode"
 * @returns η and its parts, V, with the convention
 * @throws LmbError `E_INVALID_INPUT`, `E_OUT_OF_RANGE` (|j| ≥ j_lim)
 * @example
 * butlerVolmerPolarization(10, { exchangeCurrentDensity: 10 }, "cell").overpotential; // 0.0494543 V
 */
export function butlerVolmerPolarization(
  currentDensity: number,
  kinetics: SymmetricCellKinetics,
  convention: OverpotentialConvention = "electrode",
): ButlerVolmerPolarization {
  if (convention === "cell") {
    const p = symmetricCellOverpotential(currentDensity, kinetics);
    return {
      convention,
      currentDensity,
      overpotential: p.cellOverpotential,
      ohmicOverpotential: p.ohmicOverpotential,
      electrodes: { stripping: p.strippingOverpotential, plating: p.platingOverpotential },
    };
  }
  const ohmic = currentDensity * (kinetics.areaSpecificResistance ?? 0);
  return {
    convention,
    currentDensity,
    overpotential: butlerVolmerOverpotential(currentDensity, kinetics) + ohmic,
    ohmicOverpotential: ohmic,
  };
}
