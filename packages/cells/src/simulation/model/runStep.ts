import { sandTime } from "@lmb/nucleation";
import type { ProtocolStep } from "@lmb/schemas";
import type { ResolvedCell } from "../config/resolveCellConfig.js";
import type { CellState, ElectrodeState } from "./cellState.js";
import { type ConcentrationStep, concentrationStep } from "./concentrationPolarization.js";
import { type Sampling, sampleStep, type VoltageStop, writePoint } from "./sampleStep.js";
import type { SimulationColumns } from "./simulationColumns.js";
import type { SimulationEvent } from "./simulationEvent.js";
import { stepCurrentDensity } from "./stepCurrent.js";
import { type StepEvolution, stepEvolution } from "./stepEvolution.js";
import { type OverpotentialCache, stepVoltage } from "./stepVoltage.js";

/** What a step did. */
export interface StepOutcome {
  /** `continue` with the next step, or the reason the test stopped. */
  next: "continue" | "depletion" | "voltage-limit" | "sand-limit";
  /** Signed current density, A m⁻² (0 for a rest). */
  currentDensity: number;
  /** Duration, s. */
  duration: number;
  events: SimulationEvent[];
}

/** What one simulation keeps between steps. */
export interface StepContext {
  cell: ResolvedCell;
  state: CellState;
  columns: SimulationColumns;
  sampling: Sampling;
  cache: OverpotentialCache;
  nominalCapacity?: number;
}

function limitTime(
  step: Extract<ProtocolStep, { kind: "galvanostatic" }>,
  j: number,
  area: number,
): number {
  let t = Number.POSITIVE_INFINITY;
  const a = Math.abs(j);
  for (const limit of step.limits) {
    if (limit.kind === "duration") t = Math.min(t, limit.seconds);
    else if (limit.kind === "areal-capacity") t = Math.min(t, limit.value / a);
    else if (limit.kind === "capacity") t = Math.min(t, limit.value / (a * area));
  }
  return t;
}

/** Upper bound on when the step must end because an electrode can give or take no more Li. */
function idealExhaustion(state: CellState, j: number): number {
  const source: ElectrodeState = j > 0 ? state.working : state.counter;
  const sink: ElectrodeState = j > 0 ? state.counter : state.working;
  const a = Math.abs(j);
  let t = Math.max(0, source.inventory) / a;
  if (sink.kind === "cathode") t = Math.min(t, Math.max(0, sink.capacity - sink.inventory) / a);
  return t;
}

function saltStep(cell: ResolvedCell, state: CellState, j: number): ConcentrationStep | undefined {
  const t = cell.electrolyte.transport;
  if (!t || !state.salt) return undefined;
  return concentrationStep(
    { ...t, thickness: cell.electrolyte.thickness, temperature: cell.temperature },
    state.salt,
    j,
  );
}

function commit(
  state: CellState,
  e: StepEvolution,
  tau: number,
  j: number,
  salt?: ConcentrationStep,
): void {
  state.time += tau;
  if (salt) state.salt = salt.amplitudes(tau);
  state.working.inventory = e.working.inventory(tau);
  state.counter.inventory = e.counter.inventory(tau);
  state.working.thickness = e.working.thickness(tau);
  state.counter.thickness = e.counter.thickness(tau);
  state.deadLithium = e.deadLithium(tau);
  state.interphaseLoss = e.interphaseLoss(tau);
  if (tau > 0 && j < 0) state.working.plated = true;
  if (tau > 0 && j > 0) state.counter.plated = true;
}

/**
 * Simulates one protocol step from the current state: writes its points, updates the state and
 * reports events. A galvanostatic step ends at the first of its limits (duration, capacity, a
 * voltage crossed from either side); when the electrode giving Li (or a cathode taking it) runs
 * out first, the voltage goes to the step's voltage limit in that direction if it has one (a
 * normal end, event `exhausted`), else to the instrument's limit, which stops the test (event
 * `depletion` for Li metal, `voltage-limit` for a cathode; SCIENCE.md §7).
 */
export function runStep(ctx: StepContext, step: ProtocolStep, index: number): StepOutcome {
  const { cell, state, columns } = ctx;
  const limits = cell.voltageLimits;
  const instrument: VoltageStop[] = [
    { volts: limits.upper, kind: "instrument", direction: 1 },
    { volts: limits.lower, kind: "instrument", direction: -1 },
  ];
  const events: SimulationEvent[] = [];
  const at = (tau: number) => state.time + tau;
  if (step.kind === "rest") {
    const e = stepEvolution(cell, state, 0, step.seconds);
    const { voltage } = stepVoltage(cell, state, e, 0, ctx.cache);
    const r = sampleStep(
      columns,
      state.time,
      step.seconds,
      0,
      voltage,
      e,
      instrument,
      ctx.sampling,
    );
    const next = r.stop ? "voltage-limit" : "continue";
    if (r.stop) events.push(limitEvent(at(r.end), index, step.cycle, r.stop.volts));
    commit(state, e, r.end, 0);
    return { next, currentDensity: 0, duration: r.end, events };
  }
  const j = stepCurrentDensity(step, cell, index, ctx.nominalCapacity);
  const current = j * cell.area;
  const tLimit = limitTime(step, j, cell.area);
  const horizon = Math.min(tLimit, idealExhaustion(state, j));
  const e = stepEvolution(cell, state, j, horizon);
  const exhaustion = Math.min(e.working.exhaustion, e.counter.exhaustion);
  const until = Math.min(tLimit, exhaustion);
  const salt = saltStep(cell, state, j);
  const { voltage, nucleates } = stepVoltage(cell, state, e, j, ctx.cache, salt);
  if (nucleates) {
    events.push({
      kind: "nucleation",
      time: state.time,
      step: index,
      cycle: step.cycle,
      electrode: nucleates,
      message: `Li nucleates on the ${nucleates} electrode (spike ${((cell.nucleation?.overpotential ?? 0) * 1e3).toPrecision(3)} mV)`,
    });
  }
  const stepStops: VoltageStop[] = step.limits.flatMap((l) =>
    l.kind === "voltage" ? [{ volts: l.volts, kind: "step" as const, direction: 0 as const }] : [],
  );
  const runaway = j > 0 ? limits.upper : limits.lower;
  const barrier = salt ? { value: j > 0 ? salt.counter : salt.working, volts: runaway } : undefined;
  const r = sampleStep(
    columns,
    state.time,
    until,
    current,
    voltage,
    e,
    [...stepStops, ...instrument],
    ctx.sampling,
    barrier,
  );
  if (r.barrier) {
    commit(state, e, r.end, j, salt);
    events.push(sandEvent(cell, state.time, index, step.cycle, j, r.end, runaway));
    return { next: "sand-limit", currentDensity: j, duration: r.end, events };
  }
  if (r.stop) {
    commit(state, e, r.end, j, salt);
    if (r.stop.kind === "step")
      return { next: "continue", currentDensity: j, duration: r.end, events };
    events.push(limitEvent(state.time, index, step.cycle, r.stop.volts));
    return { next: "voltage-limit", currentDensity: j, duration: r.end, events };
  }
  if (!(exhaustion < tLimit)) {
    commit(state, e, until, j, salt);
    return { next: "continue", currentDensity: j, duration: until, events };
  }
  // an electrode ran out before the step's own limits: the voltage runs away in the sign of j
  const v = voltage(until);
  const sign = Math.sign(j);
  const reachable = stepStops
    .map((s) => s.volts)
    .filter((x) => (sign > 0 ? x > v : x < v))
    .sort((a, b) => sign * (a - b));
  const which = e.working.exhaustion <= e.counter.exhaustion ? "working" : "counter";
  const electrode = which === "working" ? state.working : state.counter;
  const what =
    electrode.kind === "cathode"
      ? `the cathode is ${j > 0 ? "fully delithiated" : "fully lithiated"}`
      : `the ${which} electrode ran out of Li`;
  if (reachable.length > 0) {
    const limit = reachable[0] as number;
    writePoint(columns, state.time, until, limit, current, e);
    commit(state, e, until, j, salt);
    events.push({
      kind: "exhausted",
      time: state.time,
      step: index,
      cycle: step.cycle,
      electrode: which,
      message: `${what}; the step ended at its ${limit} V limit`,
    });
    return { next: "continue", currentDensity: j, duration: until, events };
  }
  const limit = sign > 0 ? limits.upper : limits.lower;
  writePoint(columns, state.time, until, limit, current, e);
  commit(state, e, until, j, salt);
  const depleted = electrode.kind !== "cathode";
  events.push({
    kind: depleted ? "depletion" : "voltage-limit",
    time: state.time,
    step: index,
    cycle: step.cycle,
    electrode: which,
    message: `${what} after ${(state.time / 3600).toPrecision(4)} h; the voltage went to the instrument limit ${limit} V and the test stopped`,
  });
  return {
    next: depleted ? "depletion" : "voltage-limit",
    currentDensity: j,
    duration: until,
    events,
  };
}

function limitEvent(time: number, step: number, cycle: number, volts: number): SimulationEvent {
  return {
    kind: "voltage-limit",
    time,
    step,
    cycle,
    message: `the cell voltage reached the instrument limit ${volts} V and the test stopped`,
  };
}

function sandEvent(
  cell: ResolvedCell,
  time: number,
  step: number,
  cycle: number,
  j: number,
  elapsed: number,
  volts: number,
): SimulationEvent {
  const t = cell.electrolyte.transport;
  const reference = t
    ? sandTime(j, {
        diffusivity: t.diffusivity,
        concentration: t.concentration,
        transferenceNumber: t.transferenceNumber,
      }).time
    : undefined;
  const where = j > 0 ? "counter" : "working";
  return {
    kind: "sand-limit",
    time,
    step,
    cycle,
    electrode: where,
    message: `the salt at the ${where} electrode ran out ${elapsed.toPrecision(4)} s into the step (Sand's limit; semi-infinite t_Sand = ${reference?.toPrecision(4)} s at ${(Math.abs(j) / 10).toPrecision(3)} mA cm⁻²); the voltage went to ${volts} V and the test stopped`,
  };
}
