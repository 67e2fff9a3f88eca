import { LmbError } from "@lmb/errors";
import {
  type Dimension,
  dimensionsEqual,
  multiplyDimensions,
  powerDimension,
} from "../Dimension.js";
import { describeDimension } from "../dimensionName.js";
import { LITHIUM } from "../lithium.js";
import { AVOGADRO_CONSTANT, FARADAY_CONSTANT } from "../physicalConstants.js";

const AMOUNT: Dimension = [0, 0, 0, 0, 0, 1, 0];
const MASS: Dimension = [0, 1, 0, 0, 0, 0, 0];
const VOLUME: Dimension = [3, 0, 0, 0, 0, 0, 0];
const CHARGE: Dimension = [0, 0, 1, 1, 0, 0, 0];
const ENERGY: Dimension = [2, 1, -2, 0, 0, 0, 0];
const MOLAR_ENERGY: Dimension = [2, 1, -2, 0, 0, -1, 0];
const ZERO: Dimension = [0, 0, 0, 0, 0, 0, 0];

// One mole of Li is M kilograms, V_m cubic metres and F coulombs.
const LI_BASIS: readonly (readonly [Dimension, number])[] = [
  [AMOUNT, 1],
  [MASS, LITHIUM.molarMass],
  [VOLUME, LITHIUM.molarVolume],
  [CHARGE, FARADAY_CONSTANT],
];

/**
 * The factor k with SI(to) = k · SI(from) through dense Li, or undefined. Two dimensions
 * are Li-equivalent when they differ by exactly one ratio of two of {amount, mass, volume,
 * charge}: thickness ↔ areal mass (L ÷ M L⁻² = L³/M, factor ρ), thickness ↔ areal
 * capacity (factor F/V_m), current ↔ mass rate, mAh g⁻¹ ↔ mAh cm⁻³, and so on.
 */
export function lithiumFactor(from: Dimension, to: Dimension): number | undefined {
  if (dimensionsEqual(from, ZERO) || dimensionsEqual(to, ZERO)) return undefined;
  const ratio = multiplyDimensions(from, powerDimension(to, -1));
  for (const [p, ep] of LI_BASIS) {
    for (const [q, eq] of LI_BASIS) {
      if (p === q) continue;
      // from/to = p/q: one unit of `from` per p is the same Li as eq/ep units of `to` per q.
      if (dimensionsEqual(ratio, multiplyDimensions(p, powerDimension(q, -1)))) return eq / ep;
    }
  }
  return undefined;
}

/** Options that widen what counts as convertible. */
export interface DimensionMapOptions {
  material?: "Li" | undefined;
}

/**
 * Maps an SI value of dimension `from` to dimension `to`: identity for equal dimensions,
 * through N_A for molar energy ↔ energy per particle, through dense Li when asked.
 * @throws LmbError `E_UNIT_MISMATCH` naming both dimensions
 */
export function mapDimension(
  si: number,
  from: Dimension,
  to: Dimension,
  options: DimensionMapOptions = {},
): number {
  if (options.material !== undefined && options.material !== "Li") {
    throw new LmbError("E_INVALID_ARGUMENT", `unknown material "${String(options.material)}"`, {
      fix: 'use material "Li"',
    });
  }
  if (dimensionsEqual(from, to)) return si;
  if (dimensionsEqual(from, MOLAR_ENERGY) && dimensionsEqual(to, ENERGY))
    return si / AVOGADRO_CONSTANT;
  if (dimensionsEqual(from, ENERGY) && dimensionsEqual(to, MOLAR_ENERGY))
    return si * AVOGADRO_CONSTANT;
  const li = lithiumFactor(from, to);
  if (options.material === "Li" && li !== undefined) return si * li;
  throw new LmbError(
    "E_UNIT_MISMATCH",
    `cannot convert ${describeDimension(from)} to ${describeDimension(to)}`,
    {
      fix:
        li === undefined
          ? "convert between units of the same quantity"
          : 'pass { material: "Li" } (CLI: --material Li) to convert through the thickness, mass and charge of dense Li',
      details: { from: [...from], to: [...to] },
    },
  );
}
