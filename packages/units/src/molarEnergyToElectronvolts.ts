import { requireValue } from "./internal/requireValue.js";
import { AVOGADRO_CONSTANT, ELEMENTARY_CHARGE } from "./physicalConstants.js";
import type { MolarEnergy } from "./timeAndEnergyKinds.js";

/**
 * Energy per particle, in eV, of a molar energy: E/(N_A·e) = E/F.
 * 96.485 kJ mol⁻¹ is 1 eV (CODATA 2018).
 *
 * @param molarEnergy - E, J mol⁻¹
 * @returns electronvolts per particle (a plain number)
 * @throws LmbError `E_NOT_FINITE`
 * @example
 * molarEnergyToElectronvolts(molarEnergy(50, "kJ/mol")); // ≈ 0.5182
 */
export function molarEnergyToElectronvolts(molarEnergy: MolarEnergy): number {
  requireValue("molar energy", molarEnergy, "finite");
  return molarEnergy / (AVOGADRO_CONSTANT * ELEMENTARY_CHARGE);
}

/**
 * Molar energy of an energy per particle given in eV: E = eV·e·N_A.
 *
 * @param electronvolts - energy per particle, eV
 * @returns molar energy, J mol⁻¹
 * @throws LmbError `E_NOT_FINITE`
 * @example
 * inUnit(electronvoltsToMolarEnergy(1), "kJ/mol"); // ≈ 96.485
 */
export function electronvoltsToMolarEnergy(electronvolts: number): MolarEnergy {
  requireValue("energy", electronvolts, "finite");
  return (electronvolts * ELEMENTARY_CHARGE * AVOGADRO_CONSTANT) as MolarEnergy;
}
