import { LmbError } from "@lmb/errors";
import type { CellProtocol } from "@lmb/schemas";
import type { ResolvedCell } from "../config/resolveCellConfig.js";
import { stepCurrentDensity, stepLocation } from "./stepCurrent.js";

const MAH_CM2 = 36_000;

/**
 * Rejects a protocol that asks for more Li than the cell could hold even with no losses: a step
 * without a voltage limit that would strip more Li from an electrode than an ideal cell (CE = 1,
 * no leakage) has there, or fill a cathode beyond its capacity. Such a step can only end at the
 * instrument's safety limit by construction, which is a mistake in the protocol rather than a
 * result (add a voltage cut-off, e.g. "until 0.5 V" for Li‖Cu stripping).
 *
 * @throws LmbError `E_INVALID_INPUT` naming the step, with the Li asked for and available
 */
export function checkProtocolLithium(
  cell: ResolvedCell,
  protocol: CellProtocol,
  nominalCapacity?: number,
): void {
  let working = cell.working.inventory;
  let counter = cell.counter.inventory;
  protocol.steps.forEach((step, index) => {
    if (step.kind === "rest") return;
    const j = stepCurrentDensity(step, cell, index, nominalCapacity);
    const a = Math.abs(j);
    let q = Number.POSITIVE_INFINITY;
    let voltageLimited = false;
    for (const limit of step.limits) {
      if (limit.kind === "duration") q = Math.min(q, a * limit.seconds);
      else if (limit.kind === "areal-capacity") q = Math.min(q, limit.value);
      else if (limit.kind === "capacity") q = Math.min(q, limit.value / cell.area);
      else voltageLimited = true;
    }
    const source = j > 0 ? working : counter;
    const sinkRoom = j > 0 ? cell.counter.capacity - counter : cell.working.capacity - working;
    const available = Math.min(source, sinkRoom);
    const tolerance = 1e-9 * Math.max(1, q);
    if (!voltageLimited && q > available + tolerance) {
      const from = j > 0 ? "working" : "counter";
      throw new LmbError(
        "E_INVALID_INPUT",
        `the step moves ${(q / MAH_CM2).toPrecision(4)} mAh cm⁻² of Li but the ${source <= sinkRoom ? `${from} electrode holds at most ${(source / MAH_CM2).toPrecision(4)}` : `cathode can take at most ${(sinkRoom / MAH_CM2).toPrecision(4)}`} mAh cm⁻² there, and the step has no voltage limit`,
        {
          location: { source: stepLocation(index, step) },
          fix: "add a voltage cut-off to the step, move less charge, or give the electrode more Li",
        },
      );
    }
    const moved = Math.min(q, available);
    if (j > 0) {
      working -= moved;
      counter += moved;
    } else {
      working += moved;
      counter -= moved;
    }
  });
}
