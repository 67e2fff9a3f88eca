import type { StepLimit } from "@lmb/schemas";
import type { ReservoirSpec, StepTemplate } from "./protocolAst.js";
import type { StepSink } from "./stepSink.js";

/** Tags of the reservoir protocol's steps, by role. */
export const RESERVOIR_TAGS = {
  /** The formation plating of Q_T and its strip to the cut-off (not counted in the CE). */
  formation: "reservoir-formation",
  /** The plating of the reservoir Q_T. */
  plate: "reservoir-plate",
  /** The n cycles of Q_C (plate, then strip with the cut-off as a safety limit). */
  cycle: "reservoir-cycle",
  /** The final strip of everything left, to the cut-off (gives Q_S). */
  finalStrip: "reservoir-final-strip",
} as const;

/** Number of steps the protocol expands to: 2 (formation) + 1 + 2n + 1. */
export function reservoirStepCount(spec: ReservoirSpec): number {
  return (spec.formation ? 2 : 0) + 2 + 2 * spec.cycles;
}

/**
 * Expands the reservoir protocol into `sink` (Adams et al., Adv. Energy Mater. 8 (2018)
 * 1702097): formation (plate Q_T, strip until the cut-off) unless disabled, plate Q_T, n ×
 * (plate Q_C, strip Q_C or until the cut-off), strip until the cut-off. Each of the n cycles
 * is a new cycle.
 */
export function expandReservoir(
  spec: ReservoirSpec,
  source: { text: string; offset: number },
  sink: StepSink,
): void {
  const cutoff = { kind: "voltage", volts: spec.cutoffVoltage } as const;
  const step = (direction: "plate" | "strip", limits: StepLimit[]): StepTemplate => ({
    kind: "galvanostatic",
    direction,
    current: spec.current,
    limits,
    tags: [],
    source,
  });
  if (spec.formation) {
    sink.push(step("plate", [spec.reservoir]), [RESERVOIR_TAGS.formation]);
    sink.push(step("strip", [cutoff]), [RESERVOIR_TAGS.formation]);
  }
  sink.push(step("plate", [spec.reservoir]), [RESERVOIR_TAGS.plate]);
  for (let i = 0; i < spec.cycles; i++) {
    sink.iteration();
    sink.push(step("plate", [spec.cycle]), [RESERVOIR_TAGS.cycle]);
    sink.push(step("strip", [spec.cycle, cutoff]), [RESERVOIR_TAGS.cycle]);
  }
  sink.push(step("strip", [cutoff]), [RESERVOIR_TAGS.finalStrip]);
}
