import type { DemoProtocol, DemoSection } from "@lmb/schemas";
import {
  activationEnergy,
  GAS_CONSTANT,
  molarEnergyToElectronvolts,
  parseQuantity,
  quantity,
  temperature,
} from "@lmb/units";
import { numberLine, quantityLine } from "../demoLine.js";

/**
 * Demo section "activation-energy": the activation energy per particle,
 * E[eV] = E[J mol⁻¹] / (N_A·e) (1 eV = 96.485 kJ mol⁻¹), and E_a/(R·T) at the blocking cell's
 * temperature, the exponent of the Arrhenius factor.
 *
 * @example
 * activationEnergySection(protocol).lines[1].text; // "0.4146 eV" for 40 kJ/mol
 */
export function activationEnergySection(protocol: DemoProtocol): DemoSection {
  const given = parseQuantity(protocol.activationEnergy);
  const ea = activationEnergy(given);
  const t = temperature(protocol.blockingCell.temperature);
  return {
    id: "activation-energy",
    title: "Activation energy",
    lines: [
      quantityLine("activation energy", given),
      quantityLine("per particle", quantity(molarEnergyToElectronvolts(ea), "eV"), "E_a / (N_A·e)"),
      numberLine("E_a / RT at the cell temperature", ea / (GAS_CONSTANT * t), "Arrhenius exponent"),
    ],
  };
}
