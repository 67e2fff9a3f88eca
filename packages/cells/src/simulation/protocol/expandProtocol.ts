import type { ProtocolStep } from "@lmb/schemas";
import { ccdStepCount, expandCcdLadder } from "./ccdLadder.js";
import type { ProtocolNode } from "./protocolAst.js";
import { PROTOCOL_INVALID_ERROR, protocolError } from "./protocolError.js";
import { MAX_PROTOCOL_STEPS } from "./protocolLimits.js";
import { expandReservoir, reservoirStepCount } from "./reservoirSteps.js";
import { StepSink } from "./stepSink.js";

function tooMany(text: string, node: ProtocolNode, count: number): Error {
  return protocolError(
    PROTOCOL_INVALID_ERROR,
    text,
    node.start,
    node.end - node.start,
    `this expands to ${count.toExponential(3)} steps, more than the ${MAX_PROTOCOL_STEPS} allowed`,
    "lower the repeat counts or the number of CCD rungs",
  );
}

/** Steps a list of nodes expands to; fails at the first node that passes the cap. */
function countSteps(text: string, nodes: readonly ProtocolNode[]): number {
  let total = 0;
  for (const node of nodes) {
    let n: number;
    if (node.kind === "step") n = 1;
    else if (node.kind === "repeat") n = node.count * countSteps(text, node.body);
    else if (node.kind === "ccd") n = ccdStepCount(node.spec);
    else n = reservoirStepCount(node.spec);
    if (!(n <= MAX_PROTOCOL_STEPS)) throw tooMany(text, node, n);
    total += n;
    if (total > MAX_PROTOCOL_STEPS) throw tooMany(text, node, total);
  }
  return total;
}

function expandInto(nodes: readonly ProtocolNode[], sink: StepSink): void {
  for (const node of nodes) {
    if (node.kind === "step") sink.push(node.step);
    else if (node.kind === "repeat") {
      for (let i = 0; i < node.count; i++) {
        sink.iteration();
        expandInto(node.body, sink);
      }
    } else if (node.kind === "ccd") expandCcdLadder(node.spec, node.source, sink);
    else expandReservoir(node.spec, node.source, sink);
  }
}

/**
 * Expands parsed nodes into the flat step list: repeats unrolled, CCD ladders and reservoir
 * protocols written out, cycles numbered ({@link StepSink}).
 *
 * @param text - the protocol text (for errors)
 * @throws LmbError `E_PROTOCOL_INVALID` when the expansion passes {@link MAX_PROTOCOL_STEPS}
 */
export function expandProtocolNodes(text: string, nodes: readonly ProtocolNode[]): ProtocolStep[] {
  countSteps(text, nodes);
  const sink = new StepSink();
  expandInto(nodes, sink);
  return sink.steps;
}
