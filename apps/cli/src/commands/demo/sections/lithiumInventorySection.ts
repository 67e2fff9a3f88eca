import type { DemoProtocol, DemoSection } from "@lmb/schemas";
import {
  arealCapacity,
  arealMass,
  length,
  lithiumArealCapacityFromThickness,
  lithiumArealMassFromThickness,
  parseQuantity,
} from "@lmb/units";
import { kindLine, quantityLine } from "../demoLine.js";

/**
 * Demo section "lithium-inventory": how much Li the foil of the symmetric cell holds, from
 * q = l·ρ·F/M with dense Li (0.534 g cm⁻³, 6.94 g mol⁻¹; SCIENCE.md §2: 1 µm ≈ 0.206 mAh cm⁻²).
 *
 * @example
 * lithiumInventorySection(protocol).lines[1].text; // "10.31 mAh cm⁻²" for 50 µm
 */
export function lithiumInventorySection(protocol: DemoProtocol): DemoSection {
  const given = parseQuantity(protocol.symmetricCell.lithiumThickness);
  const thickness = length(given);
  return {
    id: "lithium-inventory",
    title: "Li inventory of the foil",
    lines: [
      quantityLine("Li foil thickness", given),
      kindLine(
        "areal capacity (dense Li)",
        arealCapacity,
        lithiumArealCapacityFromThickness(thickness),
        "q_Li = l·ρ·F/M",
      ),
      kindLine("areal mass", arealMass, lithiumArealMassFromThickness(thickness), "m = l·ρ"),
      kindLine(
        "capacity of 1 µm of Li",
        arealCapacity,
        lithiumArealCapacityFromThickness(length(1, "um")),
        "ρ·F/M × 1 µm",
      ),
    ],
  };
}
