import type { CellConfig, InterphaseConfig } from "@lmb/schemas";

/** A cell config without its electrodes and interphase: what the compared cells share. */
export type SharedCellConfig = Omit<
  CellConfig,
  "workingElectrode" | "counterElectrode" | "interphase" | "$schema" | "name"
>;

/**
 * The cell the comparison and the design map use unless told otherwise: 1 cm² of Li on both sides
 * of a 500 µm Li₆PS₅Cl pellet (2 mS cm⁻¹, reduced by Li), j0 = 1 mA cm⁻², CE = 1, limits ±5 V.
 * Illustrative numbers of the kind Su et al. (EES Batteries 1, 242 (2025), source 002) discuss.
 *
 * @example compareSymmetricAsymmetric({ cell: { ...DEFAULT_COMPARISON_CELL, coulombicEfficiency: 0.995 } });
 */
export const DEFAULT_COMPARISON_CELL: SharedCellConfig = {
  area: "1 cm2",
  electrolyte: {
    kind: "solid",
    material: "Li6PS5Cl",
    conductivity: "2 mS cm-1",
    thickness: "500 um",
    reducedByLithium: true,
  },
  kinetics: { exchangeCurrentDensity: "1 mA cm-2" },
};

/**
 * The interphase of the comparison unless told otherwise: 50 nm of an insulating matrix
 * (Li⁺ conductivity 10⁻⁴ S cm⁻¹) holding 5 nm spherical metal particles at V_f = 0.35, grown at
 * U = 1 V through a reaction resistance of 5 × 10⁴ Ω cm² — so once the metal percolates
 * (V_p ≈ 0.27 for a layer 10 particles thick) every Li surface loses Li at
 * U/r_rxn = 0.02 mA cm⁻², and far below V_p the layer stops itself.
 *
 * @example { ...DEFAULT_COMPARISON_INTERPHASE, metal: { ...DEFAULT_COMPARISON_INTERPHASE.metal, fraction: 0.1 } }
 */
export const DEFAULT_COMPARISON_INTERPHASE = {
  initialThickness: "50 nm",
  ionicConductivity: "1e-4 S cm-1",
  drivingPotential: "1 V",
  reactionResistance: "5e4 ohm cm2",
  metal: { fraction: 0.35, aspectRatio: 1, particleDiameter: "5 nm" },
} as const satisfies InterphaseConfig;

/**
 * The protocol of the comparison unless told otherwise: 300 cycles of 1 mAh cm⁻² at 1 mA cm⁻²
 * (600 h), stripping the working (thin) electrode first.
 */
export const DEFAULT_COMPARISON_PROTOCOL =
  "(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 300";

/** The thick electrode of every compared cell, and the thin ones (SCIENCE.md §7). */
export const DEFAULT_THICK_ELECTRODE = "100 um";
/** Thin (working) electrodes of the comparison: symmetric 100 µm, then 50 µm and 20 µm. */
export const DEFAULT_THIN_ELECTRODES: readonly string[] = ["100 um", "50 um", "20 um"];
