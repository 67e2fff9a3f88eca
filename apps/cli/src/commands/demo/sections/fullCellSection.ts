import type { DemoProtocol, DemoSection } from "@lmb/schemas";
import {
  area,
  arealCapacity,
  capacity,
  current,
  currentDensity,
  currentDensityFromCRate,
  currentFromCRate,
  length,
  lithiumArealCapacityFromThickness,
  massLoading,
  specificCapacity,
} from "@lmb/units";
import { kindLine, numberLine } from "../demoLine.js";

/**
 * Demo section "full-cell": the cathode's nominal capacity and the current of its C-rate,
 * I = n·q_sp·m·S / 1 h (SCIENCE.md §2), and the negative-to-positive capacity ratio of the Li
 * foil against it (n/p = q_Li / (q_sp·m)).
 *
 * @example
 * fullCellSection(protocol).lines[2].text; // "1.921 mA" for LFP 170 mAh/g, 10 mg cm⁻², 1.13 cm², 1 C
 */
export function fullCellSection(protocol: DemoProtocol): DemoSection {
  const c = protocol.cathode;
  const cathode = {
    specificCapacity: specificCapacity(c.specificCapacity),
    massLoading: massLoading(c.massLoading),
  };
  const s = area(c.area);
  const areal = arealCapacity.fromSI(cathode.specificCapacity * cathode.massLoading);
  const lithium = lithiumArealCapacityFromThickness(
    length(protocol.symmetricCell.lithiumThickness),
  );
  return {
    id: "full-cell",
    title: `${c.material}‖Li full cell`,
    lines: [
      kindLine("areal capacity", arealCapacity, areal, "q_sp·m"),
      kindLine("nominal capacity", capacity, capacity.fromSI(areal * s), "q_sp·m·S"),
      kindLine(
        `current at ${c.cRate} C`,
        current,
        currentFromCRate(c.cRate, { ...cathode, area: s }),
        "n·q_sp·m·S / 1 h",
      ),
      kindLine(
        `current density at ${c.cRate} C`,
        currentDensity,
        currentDensityFromCRate(c.cRate, cathode),
        "n·q_sp·m / 1 h",
      ),
      numberLine("n/p ratio (Li foil / cathode)", lithium / areal, "q_Li / (q_sp·m)"),
    ],
  };
}
