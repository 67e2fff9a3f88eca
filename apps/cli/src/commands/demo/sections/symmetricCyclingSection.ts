import type { DemoProtocol, DemoSection } from "@lmb/schemas";
import {
  arealCapacity,
  arealCapacityFromCurrentDensity,
  currentDensity,
  cyclesInDuration,
  length,
  lithiumArealCapacityFromThickness,
  lithiumThicknessFromArealCapacity,
  parseQuantity,
  quantity,
  time,
} from "@lmb/units";
import { kindLine, numberLine, quantityLine } from "../demoLine.js";

/**
 * Demo section "symmetric-cycling": timing of the Li‖Li protocol (half cycle q/j, cycle 2q/j),
 * cycles in the test duration, and how much of the foil's Li each half cycle moves
 * (SCIENCE.md §2, §7: a thick foil hides Li loss).
 *
 * @example
 * symmetricCyclingSection(protocol).lines.find((l) => l.label === "cycles in the test")?.number; // 250
 */
export function symmetricCyclingSection(protocol: DemoProtocol): DemoSection {
  const cell = protocol.symmetricCell;
  const j = parseQuantity(cell.currentDensity);
  const q = parseQuantity(cell.capacityPerHalfCycle);
  const duration = parseQuantity(cell.duration);
  const qSI = arealCapacity(q);
  const count = cyclesInDuration(time(duration), currentDensity(j), qSI);
  const inventory = lithiumArealCapacityFromThickness(length(cell.lithiumThickness));
  return {
    id: "symmetric-cycling",
    title: "Li‖Li symmetric cycling",
    lines: [
      quantityLine("current density", j),
      quantityLine("capacity per half cycle", q),
      kindLine("half cycle", time, count.halfCycle, "q/j"),
      kindLine("cycle", time, count.cycle, "2q/j"),
      quantityLine("test duration", duration),
      numberLine("cycles in the test", count.cycles, "t / (2q/j)"),
      kindLine(
        "Li moved per half cycle",
        length,
        lithiumThicknessFromArealCapacity(qSI),
        "q·M/(ρ·F)",
      ),
      quantityLine(
        "share of the foil per half cycle",
        quantity((100 * qSI) / inventory, "%"),
        "q / q_Li",
      ),
      kindLine(
        "cumulative capacity passed",
        arealCapacity,
        arealCapacityFromCurrentDensity(currentDensity(j), time(duration)),
        "j·t",
      ),
    ],
  };
}
