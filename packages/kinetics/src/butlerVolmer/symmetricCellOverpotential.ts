import { LmbError } from "@lmb/errors";
import type { ButlerVolmerKinetics } from "./butlerVolmerKinetics.js";
import { resolveKinetics } from "./butlerVolmerKinetics.js";
import { solveElectrodeOverpotential } from "./solveElectrodeOverpotential.js";

/** Kinetics of both (identical) interfaces of a symmetric Li‖Li cell, plus its series resistance. */
export interface SymmetricCellKinetics extends ButlerVolmerKinetics {
  /** Series (ohmic) area-specific resistance R_s, Ω m² (≥ 0; 1 Ω cm² = 1e-4 Ω m²). @default 0 */
  areaSpecificResistance?: number;
}

/**
 * The polarization of a symmetric cell at one current density, split into its parts. Always in
 * the **cell** convention: the overpotential is the cell voltage minus its open-circuit value.
 */
export interface SymmetricCellPolarization {
  /** Always "cell": η_cell is the sum over both interfaces (plus the ohmic drop). */
  convention: "cell";
  /** The current density j through both interfaces, A m⁻². */
  currentDensity: number;
  /** η_cell = sign(j)·(η_strip + |η_plate| + |j|·R_s), V. */
  cellOverpotential: number;
  /** η_strip + |η_plate|, V (sign of j): the charge-transfer part. */
  chargeTransferOverpotential: number;
  /** Overpotential of the stripping electrode, carrying +|j|, V (≥ 0). */
  strippingOverpotential: number;
  /** Overpotential of the plating electrode, carrying −|j|, V (≤ 0). */
  platingOverpotential: number;
  /** j·R_s, V. */
  ohmicOverpotential: number;
}

/**
 * Polarization of a symmetric Li‖Li cell: the same |j| crosses both interfaces in series, one
 * strips (η_strip > 0 solves BV(η) = +|j|) and one plates (η_plate < 0 solves BV(η) = −|j|), so
 * η_cell = η_strip + |η_plate| + j·R_s (SCIENCE.md §3; theory.md §4.2). For α_a = α_c = ½ and
 * R_s = 0 this is η_cell = (4RT/F)·asinh(j/(2j0)), i.e. j = 2·j0·sinh(F·η_cell/(4RT)); for other
 * α each electrode is solved numerically (η_strip ≠ |η_plate| when α_a ≠ α_c).
 *
 * @param currentDensity - j, A m⁻² (either sign; the result's sign follows j)
 * @param kinetics - per-interface j0 (A m⁻²), α_a, α_c, T (K), optional j_lim (A m⁻²) and R_s (Ω m²)
 * @returns the cell overpotential and its parts, V
 * @throws LmbError `E_INVALID_INPUT`; `E_OUT_OF_RANGE` for |j| ≥ j_lim
 * @example
 * // j = 10·j0, α = ½, 25 °C: η_cell = 237.650 mV (theory.md §4.2 test vector)
 * symmetricCellOverpotential(100, { exchangeCurrentDensity: 10 }).cellOverpotential; // ≈ 0.23765
 */
export function symmetricCellOverpotential(
  currentDensity: number,
  kinetics: SymmetricCellKinetics,
): SymmetricCellPolarization {
  if (!Number.isFinite(currentDensity)) {
    throw new LmbError("E_INVALID_INPUT", `current density ${currentDensity} A m⁻² is not finite`, {
      location: { source: "currentDensity" },
      fix: "give j in A m⁻² as a finite number",
    });
  }
  const resistance = kinetics.areaSpecificResistance ?? 0;
  if (!(Number.isFinite(resistance) && resistance >= 0)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `area-specific resistance ${resistance} Ω m² is negative`,
      {
        location: { source: "areaSpecificResistance" },
        fix: "give R_s ≥ 0 in Ω m² (1 Ω cm² = 1e-4 Ω m²)",
      },
    );
  }
  const { j0, alphaA, alphaC, f, kappa } = resolveKinetics(kinetics);
  const magnitude = Math.abs(currentDensity);
  if (magnitude * kappa >= 1) {
    throw new LmbError(
      "E_OUT_OF_RANGE",
      `|j| = ${magnitude} A m⁻² reaches the limiting current density ${1 / kappa} A m⁻²`,
      { fix: "lower |j| below the limiting current density" },
    );
  }
  const strip = solveElectrodeOverpotential(magnitude, j0, alphaA, alphaC, f, kappa);
  const plate = solveElectrodeOverpotential(-magnitude, j0, alphaA, alphaC, f, kappa);
  const sign = currentDensity < 0 ? -1 : 1;
  const chargeTransfer = sign * (strip - plate);
  const ohmic = currentDensity * resistance;
  return {
    convention: "cell",
    currentDensity,
    cellOverpotential: chargeTransfer + ohmic,
    chargeTransferOverpotential: chargeTransfer,
    strippingOverpotential: strip,
    platingOverpotential: plate,
    ohmicOverpotential: ohmic,
  };
}
