import type { ComparedCellJson } from "@lmb/schemas";
import type { CellSimulation } from "../model/simulateCell.js";
import { cellPolarisation } from "./cellPolarisation.js";
import { type ComparisonCellSpec, micrometres } from "./comparisonCell.js";

const MAH_CM2 = 36_000;

/**
 * When a simulated cell ran out of Li: the `depletion` event's time (h), cycle and electrode, or
 * null when no electrode ran out.
 *
 * @example depletionOf(sim.summary)?.time; // 156.9
 */
export function depletionOf(summary: CellSimulation["summary"]): ComparedCellJson["depletion"] {
  const e = summary.events.find((x) => x.kind === "depletion");
  if (e === undefined) return null;
  return { time: e.time, cycle: e.cycle, electrode: e.electrode ?? "working" };
}

/**
 * One cell of the comparison as JSON (`ComparedCellSchema`): thicknesses, how its run ended,
 * when (if ever) an electrode ran out, its polarisation and the Li it lost.
 *
 * @example comparedCell(spec, simulateCell(config, protocol)).depletion; // null for 100 µm | 100 µm
 */
export function comparedCell(spec: ComparisonCellSpec, sim: CellSimulation): ComparedCellJson {
  const s = sim.summary;
  const { current, voltage } = sim.data.columns;
  return {
    label: spec.label,
    kind: sim.cell.kind === "symmetric" ? "symmetric" : "asymmetric",
    workingThickness: micrometres(spec.working),
    counterThickness: micrometres(spec.counter),
    workingInventory: sim.cell.working.inventory / MAH_CM2,
    endReason: s.endReason,
    duration: s.duration,
    depletion: depletionOf(s),
    hitVoltageLimit: s.endReason === "depletion" || s.endReason === "voltage-limit",
    polarisation: cellPolarisation(current, voltage, s.endReason === "completed"),
    lithiumLost: {
      interphase: s.lithium.final.interphase,
      deadLithium: s.lithium.final.deadLithium,
    },
  };
}
