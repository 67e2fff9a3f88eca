import type { CellProtocol, CellSimulationResultJson, InterphaseConfig } from "@lmb/schemas";
import { resolveCellConfig } from "../config/resolveCellConfig.js";
import { simulateResolvedCell } from "../model/simulateCell.js";
import { depletionOf } from "./comparedCell.js";
import { type ComparisonCellSpec, comparisonCellConfig } from "./comparisonCell.js";
import type { SharedCellConfig } from "./comparisonDefaults.js";

/** When one cell ran out of Li, if it did (see {@link simulateDepletion}). */
export interface DepletionOutcome {
  /** h, or null: no electrode ran out within the protocol. */
  time: number | null;
  /** 0-based protocol cycle of the depletion, or null. */
  cycle: number | null;
  endReason: CellSimulationResultJson["endReason"];
}

/**
 * Simulates one Li‖Li cell through the protocol with one trace point per step (only the end
 * matters) and reports when an electrode ran out of Li. The depletion time is the root of the
 * electrode's closed-form inventory (`simulateCell`), so it does not depend on the sampling.
 *
 * @example
 * simulateDepletion(DEFAULT_COMPARISON_CELL, comparisonCellSpec("100 um", "20 um"), interphase, protocol).time; // ≈ 157 h
 */
export function simulateDepletion(
  shared: SharedCellConfig,
  spec: ComparisonCellSpec,
  interphase: InterphaseConfig,
  protocol: CellProtocol,
): DepletionOutcome {
  const cell = resolveCellConfig(comparisonCellConfig(shared, spec, interphase));
  const { summary } = simulateResolvedCell(cell, protocol, { pointsPerStep: 1 });
  const d = depletionOf(summary);
  return { time: d?.time ?? null, cycle: d?.cycle ?? null, endReason: summary.endReason };
}
