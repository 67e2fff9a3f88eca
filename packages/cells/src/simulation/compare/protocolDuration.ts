import type { CellProtocol } from "@lmb/schemas";

/**
 * How long a protocol runs if no step ends early, s: rests plus each galvanostatic step's
 * shortest duration or charge limit (charge ÷ current). A step that ends only at a voltage, or
 * whose current is a C-rate, has no length known in advance: the result is then `null`.
 *
 * @param protocol - the expanded protocol
 * @param area - electrode area, m² (for steps given as a current or a charge in C)
 * @example protocolDuration(parseProtocol("(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 3"), 1e-4); // 21600
 */
export function protocolDuration(protocol: CellProtocol, area: number): number | null {
  let total = 0;
  for (const step of protocol.steps) {
    if (step.kind === "rest") {
      total += step.seconds;
      continue;
    }
    const c = step.current;
    const j = c.kind === "density" ? c.value : c.kind === "current" ? c.value / area : Number.NaN;
    let t = Number.POSITIVE_INFINITY;
    for (const limit of step.limits) {
      if (limit.kind === "duration") t = Math.min(t, limit.seconds);
      else if (limit.kind === "areal-capacity") t = Math.min(t, limit.value / j);
      else if (limit.kind === "capacity") t = Math.min(t, limit.value / (j * area));
    }
    if (!Number.isFinite(t)) return null;
    total += t;
  }
  return total;
}
