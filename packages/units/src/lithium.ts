import { FARADAY_CONSTANT } from "./physicalConstants.js";

const MOLAR_MASS = 6.94e-3;
const DENSITY = 534;

/**
 * Facts about lithium metal, all in SI. Derived values use M = 6.94 g mol⁻¹; with the older
 * 6.941 the gravimetric capacity is 3861.3 instead of 3861.9 mAh g⁻¹ (pass your own through
 * {@link LithiumOptions} where a function takes them).
 *
 * - `molarMass`: 6.94e-3 kg mol⁻¹ — IUPAC 2013 conventional atomic weight of Li (standard
 *   atomic weight interval [6.938, 6.997]; CIAAW).
 * - `density`: 534 kg m⁻³ — solid Li at 293 K (0.534 g cm⁻³; CRC Handbook, WebElements).
 * - `gravimetricCapacity`: F/M ≈ 1.3903e7 C kg⁻¹ = F/(3.6·M[g mol⁻¹]) ≈ 3861.9 mAh g⁻¹.
 * - `volumetricCapacity`: F·ρ/M ≈ 7.424e9 C m⁻³ ≈ 2062.2 mAh cm⁻³ (the often-quoted
 *   2061 mAh cm⁻³ uses M = 6.941), so 1 µm of dense Li holds ≈ 0.206 mAh cm⁻².
 * - `molarVolume`: M/ρ ≈ 1.2996e-5 m³ mol⁻¹ (13.0 cm³ mol⁻¹).
 * - `standardPotential`: −3.04 V vs SHE — Li⁺/Li standard electrode potential (Bard,
 *   Parsons & Jordan, Standard Potentials in Aqueous Solution, 1985; CRC Handbook −3.0401 V).
 *
 * @example
 * LITHIUM.gravimetricCapacity / 3.6; // ≈ 3861.9 (mAh g⁻¹)
 */
export const LITHIUM: {
  readonly molarMass: number;
  readonly density: number;
  readonly gravimetricCapacity: number;
  readonly volumetricCapacity: number;
  readonly molarVolume: number;
  readonly standardPotential: number;
} = Object.freeze({
  molarMass: MOLAR_MASS,
  density: DENSITY,
  gravimetricCapacity: FARADAY_CONSTANT / MOLAR_MASS,
  volumetricCapacity: (FARADAY_CONSTANT * DENSITY) / MOLAR_MASS,
  molarVolume: MOLAR_MASS / DENSITY,
  standardPotential: -3.04,
});
