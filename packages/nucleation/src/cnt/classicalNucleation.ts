import { LmbError } from "@lmb/errors";
import { AVOGADRO_CONSTANT, BOLTZMANN_CONSTANT, FARADAY_CONSTANT } from "@lmb/units";
import { LITHIUM_MOLAR_VOLUME } from "../scharifkerHills/dimensionalTransients.js";

/** Inputs of classical nucleation theory for an electrodeposited metal (SI units). */
export interface CntInputs {
  /** Overpotential η, V (sign ignored; must not be zero). */
  overpotential: number;
  /**
   * Metal|electrolyte interfacial energy γ, J m⁻². Required: the Li|electrolyte value is not
   * known (Li surfaces are 0.4–0.5 J m⁻²; the interface is probably lower), so lmb has no default.
   */
  surfaceEnergy: number;
  /** Molar volume V_m, m³ mol⁻¹. @default Li, 6.94 g mol⁻¹ / 0.534 g cm⁻³ = 1.2996e-5 */
  molarVolume?: number;
  /** Charge number z. @default 1 */
  z?: number;
  /** Temperature for ΔG* ÷ kT, K. @default 298.15 */
  temperature?: number;
}

/** Result of {@link classicalNucleation}. */
export interface CntResult {
  /** Critical radius r* = 2γV_m/(zF|η|), m. */
  criticalRadius: number;
  /** Barrier ΔG* = 16πγ³V_m²/(3(zF)²η²), J per nucleus. */
  barrier: number;
  /** ΔG* ÷ (k_B·T), dimensionless. */
  barrierInKT: number;
  /** Atoms in the critical nucleus n* = (4/3)π r*³ N_A / V_m. */
  criticalAtoms: number;
  /** The inputs used (defaults filled in). */
  inputs: Required<CntInputs>;
}

function check(name: string, value: number, fix: string): void {
  if (!Number.isFinite(value) || !(value > 0)) {
    throw new LmbError("E_INVALID_ARGUMENT", `${name} must be positive, got ${value}`, { fix });
  }
}

/**
 * Classical nucleation theory for a homogeneous spherical metal nucleus formed at overpotential
 * η: ΔG(r) = −(4/3)πr³·zF|η|/V_m + 4πr²γ, critical radius r* = 2γV_m/(zF|η|), barrier
 * ΔG* = 16πγ³V_m²/(3(zF)²η²). With γ = 0.5 J m⁻² for Li: r* = 13.47 nm at 10 mV, 2.694 nm at
 * 50 mV, 1.347 nm at 100 mV.
 *
 * Source: A. Pei, G. Zheng, F. Shi, Y. Li, Y. Cui, Nano Lett. 17 (2017) 1132 (r* ∝ 1/η,
 * nucleus density ∝ η³); barrier and n* derived (shared/research/theory.md §2.1).
 *
 * @throws LmbError `E_ZERO_OVERPOTENTIAL` for η = 0; `E_INVALID_ARGUMENT` for non-positive γ, V_m, z, T.
 * @example
 * classicalNucleation({ overpotential: 0.05, surfaceEnergy: 0.5 }).criticalRadius; // 2.694e-9 m
 */
export function classicalNucleation(inputs: CntInputs): CntResult {
  const filled: Required<CntInputs> = {
    molarVolume: LITHIUM_MOLAR_VOLUME,
    z: 1,
    temperature: 298.15,
    ...inputs,
  };
  const eta = Math.abs(filled.overpotential);
  if (!Number.isFinite(filled.overpotential) || eta === 0) {
    throw new LmbError(
      "E_ZERO_OVERPOTENTIAL",
      `the overpotential must be non-zero and finite, got ${filled.overpotential} V`,
      {
        fix: "give the nucleation driving force, e.g. the voltage tip of the first plating step (50 mV = 0.05)",
      },
    );
  }
  check("the surface energy γ", filled.surfaceEnergy, "give γ in J m⁻² (Li surfaces ≈ 0.4–0.5)");
  check("the molar volume", filled.molarVolume, "give V_m in m³ mol⁻¹ (Li: 1.2996e-5)");
  check("z", filled.z, "give the charge number (1 for Li⁺)");
  check("the temperature", filled.temperature, "give T in kelvin");
  const zF = filled.z * FARADAY_CONSTANT;
  const { surfaceEnergy: gamma, molarVolume: vm } = filled;
  const criticalRadius = (2 * gamma * vm) / (zF * eta);
  const barrier = (16 * Math.PI * gamma ** 3 * vm ** 2) / (3 * zF ** 2 * eta ** 2);
  return {
    criticalRadius,
    barrier,
    barrierInKT: barrier / (BOLTZMANN_CONSTANT * filled.temperature),
    criticalAtoms: ((4 / 3) * Math.PI * criticalRadius ** 3 * AVOGADRO_CONSTANT) / vm,
    inputs: filled,
  };
}

/**
 * ΔG(r) = −(4/3)πr³·zF|η|/V_m + 4πr²γ in J, the free energy of a spherical nucleus of radius r
 * (m), for drawing the barrier curve.
 *
 * @example
 * nucleusFreeEnergy(2.694e-9, { overpotential: 0.05, surfaceEnergy: 0.5 }); // = ΔG* at r*
 */
export function nucleusFreeEnergy(radius: number, inputs: CntInputs): number {
  const { inputs: filled } = classicalNucleation(inputs);
  const zF = filled.z * FARADAY_CONSTANT;
  return (
    (-(4 / 3) * Math.PI * radius ** 3 * zF * Math.abs(filled.overpotential)) / filled.molarVolume +
    4 * Math.PI * radius ** 2 * filled.surfaceEnergy
  );
}

/**
 * How nucleus size (∝ 1/η) and areal nucleus density (∝ η³, for the same deposited charge)
 * change from overpotential η1 to η2 (Pei et al., Nano Lett. 17 (2017) 1132).
 *
 * @example
 * nucleationScaling(0.05, 0.1); // { sizeRatio: 0.5, densityRatio: 8 }
 */
export function nucleationScaling(
  eta1: number,
  eta2: number,
): { sizeRatio: number; densityRatio: number } {
  if (!(Math.abs(eta1) > 0) || !(Math.abs(eta2) > 0)) {
    throw new LmbError("E_ZERO_OVERPOTENTIAL", "both overpotentials must be non-zero", {
      fix: "give two non-zero overpotentials in V",
    });
  }
  const r = Math.abs(eta1) / Math.abs(eta2);
  return { sizeRatio: r, densityRatio: 1 / r ** 3 };
}
