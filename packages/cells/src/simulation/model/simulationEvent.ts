/**
 * Something that happened in a simulated cell (SI: time in s). Its JSON form
 * (`CellSimulationEventSchema` of `@lmb/schemas`) gives the time in h.
 *
 * @example
 * const e: SimulationEvent = { kind: "depletion", time: 7.2e4, step: 39, cycle: 19, electrode: "working", message: "…" };
 */
export interface SimulationEvent {
  kind: "depletion" | "sand-limit" | "voltage-limit" | "exhausted" | "nucleation";
  /** s from the start. */
  time: number;
  /** 0-based protocol step. */
  step: number;
  /** 0-based protocol repeat. */
  cycle: number;
  electrode?: "working" | "counter";
  message: string;
}
