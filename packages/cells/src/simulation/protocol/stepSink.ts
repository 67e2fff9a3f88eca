import type { ProtocolCurrent, ProtocolStep, StepLimit } from "@lmb/schemas";
import type { StepTemplate } from "./protocolAst.js";

/**
 * Collects expanded steps and numbers their cycles. The cycle counter starts at 0 and advances
 * at the start of every repeat iteration ({@link StepSink.iteration}) unless no step has run
 * since it last advanced: "(A, B) x 3" numbers its iterations 0, 1, 2; steps before the first
 * repeat are cycle 0 (the first iteration then is cycle 1); steps after a repeat stay in its
 * last cycle; nested repeats give each innermost iteration its own cycle.
 */
export class StepSink {
  /** The expanded steps so far. */
  readonly steps: ProtocolStep[] = [];
  private cycle = 0;
  private cycleUsed = false;

  /** Marks the start of a repeat iteration. */
  iteration(): void {
    if (this.cycleUsed) {
      this.cycle++;
      this.cycleUsed = false;
    }
  }

  /** Appends a step in the current cycle (with `tags` replacing the template's when given). */
  push(template: StepTemplate, tags?: readonly string[]): void {
    this.cycleUsed = true;
    const source = { text: template.source.text, offset: template.source.offset };
    const stepTags = (tags ?? template.tags).slice();
    if (template.kind === "rest") {
      this.steps.push({
        kind: "rest",
        seconds: template.seconds,
        cycle: this.cycle,
        tags: stepTags,
        source,
      });
      return;
    }
    const limits: StepLimit[] = [];
    for (const limit of template.limits) limits.push(copyLimit(limit));
    this.steps.push({
      kind: "galvanostatic",
      direction: template.direction,
      current: copyCurrent(template.current),
      limits,
      cycle: this.cycle,
      tags: stepTags,
      source,
    });
  }
}

function copyCurrent(c: ProtocolCurrent): ProtocolCurrent {
  return { kind: c.kind, value: c.value };
}

function copyLimit(l: StepLimit): StepLimit {
  if (l.kind === "duration") return { kind: l.kind, seconds: l.seconds };
  if (l.kind === "voltage") return { kind: l.kind, volts: l.volts };
  return { kind: l.kind, value: l.value };
}
