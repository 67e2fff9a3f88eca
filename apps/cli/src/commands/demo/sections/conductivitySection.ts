import type { DemoProtocol, DemoSection } from "@lmb/schemas";
import {
  area,
  areaSpecificResistance,
  conductivity,
  conductivityFromBlockingCell,
  length,
  resistance,
  temperature,
} from "@lmb/units";
import { kindLine } from "../demoLine.js";

/**
 * Demo section "conductivity": ionic conductivity of the electrolyte from the bulk resistance
 * of a blocking cell, σ = l / (R_b·S) (SCIENCE.md §2), and the area-specific resistance.
 *
 * @example
 * conductivitySection(protocol).lines[0].text; // "1.77 mS cm⁻¹" for 500 µm, 25 Ω, 1.13 cm²
 */
export function conductivitySection(protocol: DemoProtocol): DemoSection {
  const cell = protocol.blockingCell;
  const l = length(cell.thickness);
  const r = resistance(cell.resistance);
  const s = area(cell.area);
  return {
    id: "conductivity",
    title: "Ionic conductivity (blocking cell)",
    lines: [
      kindLine("conductivity", conductivity, conductivityFromBlockingCell(r, l, s), "σ = l/(R·S)"),
      kindLine(
        "area-specific resistance",
        areaSpecificResistance,
        areaSpecificResistance.fromSI(r * s),
        "R·S",
      ),
      kindLine("at temperature", temperature, temperature(cell.temperature)),
    ],
  };
}
