import type { CellProtocol, DesignMapResultJson } from "@lmb/schemas";
import { area, length, lithiumArealCapacityFromThickness } from "@lmb/units";
import { micrometres } from "../compare/comparisonCell.js";
import { protocolDuration } from "../compare/protocolDuration.js";
import { quantityField } from "../config/quantityField.js";
import type { DesignMapPlan } from "./designMapPlan.js";
import { designMapPlot } from "./designMapPlot.js";
import type { DesignMapRow } from "./designMapRow.js";

const MAH_CM2 = 36_000;

/** Length of one protocol cycle, s, when every cycle lasts the same; else null. */
function cycleDuration(protocol: CellProtocol, area: number): number | null {
  const byCycle = new Map<number, CellProtocol["steps"]>();
  for (const s of protocol.steps) byCycle.set(s.cycle, [...(byCycle.get(s.cycle) ?? []), s]);
  let first: number | null | undefined;
  for (const steps of byCycle.values()) {
    const d = protocolDuration({ text: "", steps }, area);
    if (d === null) return null;
    if (first === undefined) first = d;
    else if (Math.abs(d - (first as number)) > 1e-9 * (first as number)) return null;
  }
  return first ?? null;
}

/**
 * Puts simulated rows together into the `DesignMapResultSchema` JSON with its heat map.
 *
 * @param plan - from `planDesignMap`
 * @param rows - one per aspect ratio, in order
 * @example assembleDesignMap(plan, plan.aspectRatios.map((_, i) => designMapRow(plan, i)));
 */
export function assembleDesignMap(
  plan: DesignMapPlan,
  rows: readonly DesignMapRow[],
): DesignMapResultJson {
  const thresholds = rows.map((r) => r.threshold);
  const depletionTime = rows.map((r) => r.outcomes.map((o) => o.time));
  const title = `When the ${micrometres(plan.spec.working)} µm electrode of a ${plan.spec.label} cell runs out of Li (black: V_p; grey: never)`;
  const cellArea = quantityField(plan.cell.area, area, "cell.area", "positive");
  const total = protocolDuration(plan.protocol, cellArea);
  const cycle = cycleDuration(plan.protocol, cellArea);
  return {
    cell: {
      workingThickness: micrometres(plan.spec.working),
      counterThickness: micrometres(plan.spec.counter),
      workingInventory: lithiumArealCapacityFromThickness(length(plan.spec.working, "m")) / MAH_CM2,
    },
    protocol: {
      text: plan.protocol.text,
      steps: plan.protocol.steps.length,
      duration: total === null ? 0 : total / 3600,
      cycleDuration: cycle === null ? null : cycle / 3600,
    },
    fractions: [...plan.fractions],
    aspectRatios: [...plan.aspectRatios],
    thresholds,
    depletionTime,
    depletionCycle: rows.map((r) => r.outcomes.map((o) => o.cycle)),
    endReason: rows.map((r) => r.outcomes.map((o) => o.endReason)),
    plot: designMapPlot({
      fractions: plan.fractions,
      aspectRatios: plan.aspectRatios,
      thresholds,
      depletionTime,
      title,
    }),
  };
}
