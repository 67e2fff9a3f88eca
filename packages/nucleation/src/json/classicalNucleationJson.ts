import type { ClassicalNucleationResult, KineticsWarning } from "@lmb/schemas";
import type { CntResult } from "../cnt/classicalNucleation.js";
import { estimateJson, quantityJson } from "./jsonValues.js";

/** Below this many atoms the critical nucleus is too small for CNT's continuum picture. */
const FEW_ATOMS = 10;

/**
 * Turns a {@link CntResult} (SI) into the `ClassicalNucleationResult` of `@lmb/schemas`: r* in
 * nm, ΔG* in eV and in k_B·T, n*, and the inputs (η in mV, γ in J m⁻², V_m in cm³ mol⁻¹, T in K).
 * Warns when the critical nucleus holds fewer than 10 atoms, where the capillarity approximation
 * behind CNT does not hold.
 *
 * @param result - a result of `classicalNucleation`
 * @example
 * classicalNucleationJson(classicalNucleation({ overpotential: 0.05, surfaceEnergy: 0.5 })).criticalRadius.value; // 2.694 (nm)
 */
export function classicalNucleationJson(result: CntResult): ClassicalNucleationResult {
  const { inputs } = result;
  const warnings: KineticsWarning[] = [];
  if (result.criticalAtoms < FEW_ATOMS) {
    warnings.push({
      code: "W_FEW_ATOMS",
      message: `the critical nucleus holds n* = ${result.criticalAtoms.toPrecision(2)} atoms: classical nucleation theory's continuum (capillarity) picture does not hold at this size; read r* and ΔG* as orders of magnitude`,
    });
  }
  return {
    analysis: "classical-nucleation",
    relation: "ΔG(r) = −(4/3)πr³·zF|η|/V_m + 4πr²γ; r* = 2γV_m/(zF|η|); ΔG* = 16πγ³V_m²/(3(zF)²η²)",
    overpotential: quantityJson(inputs.overpotential, "mV"),
    surfaceEnergy: quantityJson(inputs.surfaceEnergy, "J m-2"),
    molarVolume: quantityJson(inputs.molarVolume, "cm3 mol-1"),
    chargeNumber: inputs.z,
    temperature: quantityJson(inputs.temperature, "K"),
    criticalRadius: estimateJson(result.criticalRadius, "nm"),
    barrier: estimateJson(result.barrier, "eV"),
    barrierInThermalEnergy: result.barrierInKT,
    criticalAtoms: result.criticalAtoms,
    warnings,
  };
}
