import { comparisonCellConfig, withMetal } from "../compare/comparisonCell.js";
import { type DepletionOutcome, simulateDepletion } from "../compare/simulateDepletion.js";
import { resolveCellConfig } from "../config/resolveCellConfig.js";
import type { DesignMapPlan } from "./designMapPlan.js";

/** One row of a design map: one aspect ratio across all metal fractions. */
export interface DesignMapRow {
  /** V_p for this aspect ratio (from the resolved interphase). */
  threshold: number;
  outcomes: DepletionOutcome[];
}

/**
 * Simulates one row of a design map (aspect ratio `plan.aspectRatios[index]`, every fraction).
 * Rows are independent and deterministic (V_p comes from a seeded Monte Carlo), so a map split
 * into rows across threads is identical to one computed in a single thread.
 *
 * @param onCell - called after each simulated cell
 * @example designMapRow(planDesignMap(), 0).outcomes[49].time; // h
 */
export function designMapRow(
  plan: DesignMapPlan,
  index: number,
  onCell?: () => void,
): DesignMapRow {
  const aspectRatio = plan.aspectRatios[index] as number;
  const probe = resolveCellConfig(
    comparisonCellConfig(plan.cell, plan.spec, withMetal(plan.interphase, 0, aspectRatio)),
  );
  const threshold = probe.interphase?.percolation?.threshold ?? Number.NaN;
  const outcomes = plan.fractions.map((fraction) => {
    const outcome = simulateDepletion(
      plan.cell,
      plan.spec,
      withMetal(plan.interphase, fraction, aspectRatio),
      plan.protocol,
    );
    onCell?.();
    return outcome;
  });
  return { threshold, outcomes };
}
