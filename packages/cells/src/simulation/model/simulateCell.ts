import type { CellConfig, CellProtocol, CellSimulationResultJson, CyclingData } from "@lmb/schemas";
import { CellProtocolSchema, parseWithSchema } from "@lmb/schemas";
import { requireIntegerOption, requirePositiveOption } from "../../internal/requireOption.js";
import { type ResolvedCell, resolveCellConfig } from "../config/resolveCellConfig.js";
import { initialCellState } from "./cellState.js";
import { checkProtocolLithium } from "./checkProtocolLithium.js";
import { runStep, type StepContext } from "./runStep.js";
import { type CellSimulationState, SimulationColumns } from "./simulationColumns.js";
import type { SimulationEvent } from "./simulationEvent.js";
import { type CycleCharge, summarizeSimulation } from "./summarizeSimulation.js";

/** Options of {@link simulateCell}. */
export interface SimulateCellOptions {
  /** Points per step, evenly spaced in time, plus the step's end point. @default 60 */
  pointsPerStep?: number;
  /** Time between points, s, instead of `pointsPerStep` (every step's end is sampled too). */
  samplingInterval?: number;
  /** Nominal cell capacity for C-rate steps, C (A·s). @default the cathode's capacity × area */
  nominalCapacity?: number;
}

/** The result of {@link simulateCell}. */
export interface CellSimulation {
  /** The voltage trace as a reader would return it (`lmb cycling analyze` reads it). */
  data: CyclingData;
  /** The internal state at every point of `data` (inventories, interphase, leakage; SI). */
  state: CellSimulationState;
  /** JSON summary (`CellSimulationResultSchema`): end, events, Li balance, cycles, cycle life. */
  summary: CellSimulationResultJson;
  /** Events in SI (time in s). */
  events: SimulationEvent[];
  /** The config in SI, as simulated. */
  cell: ResolvedCell;
}

function expectedPoints(protocol: CellProtocol, options: SimulateCellOptions): number {
  if (options.samplingInterval === undefined) {
    return protocol.steps.length * ((options.pointsPerStep ?? 60) + 2);
  }
  let seconds = 0;
  for (const s of protocol.steps) {
    if (s.kind === "rest") seconds += s.seconds;
    else {
      const d = s.limits.find((l) => l.kind === "duration");
      seconds += d?.kind === "duration" ? d.seconds : 3600;
    }
  }
  return seconds / options.samplingInterval + 2 * protocol.steps.length;
}

/**
 * Simulates a Li-metal cell (Li‖Li symmetric or asymmetric, Li‖Cu, cathode‖Li or anode-free
 * cathode‖Cu) through a galvanostatic protocol, tracking every electrode's Li inventory and
 * producing the voltage trace (SCIENCE.md §7).
 *
 * Model, step by step with closed forms in time (constant current within a step):
 * - Li inventory: the electrode giving Li loses |j|·t; a Li-metal electrode receiving it keeps
 *   CE·|j|·t and (1 − CE)·|j|·t becomes dead Li/SEI; a cathode takes all of it.
 * - Leaky interphase on every Li-metal surface (`createInterphaseGrowth`): i_leak =
 *   U/(δ/σ_e + r_rxn), dδ/dt = i_leak·V_m/F — parabolic (self-limiting) when σ_e is small,
 *   linear when the metal in it percolates (σ_e from `interphaseElectronicConductivity`); the
 *   Li it consumes is F·(δ − δ0)/V_m, exactly, so total Li (electrodes + dead + interphase) is
 *   conserved to rounding.
 * - Voltage: open-circuit potentials (cathode curve), ohmic drop j·(L/σ + δ/σ_i per Li surface),
 *   Butler–Volmer overpotential of each interface (`@lmb/kinetics`), a nucleation spike when Li
 *   is plated on a fresh surface.
 * - Ends: a step stops at its limits; an electrode that runs out of Li sends the voltage to the
 *   step's voltage limit (normal end) or to the instrument limit (default ±5 V), which stops
 *   the test and records a `depletion` event.
 *
 * @param config - the cell ({@link CellConfig}: text quantities or SI numbers)
 * @param protocol - the expanded protocol (`CellProtocolSchema`; sign convention there:
 *   plate = Li onto the working electrode, negative current)
 * @param options - sampling and the nominal capacity for C-rates
 * @returns the trace, the state over time, the JSON summary, events and the resolved cell
 * @throws LmbError `E_SCHEMA` / `E_INVALID_INPUT` naming the config field or protocol step for
 *   bad input (negative thickness, cathode without mass, a step that strips more Li than the
 *   cell holds without a voltage limit, …)
 * @example
 * const sim = simulateCell(
 *   { area: "1.13 cm2", workingElectrode: { kind: "lithium", thickness: "20 um" },
 *     counterElectrode: { kind: "lithium", thickness: "100 um" },
 *     electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
 *     coulombicEfficiency: 0.99 },
 *   protocol, // e.g. 500 × (strip 1 mAh cm⁻², plate 1 mAh cm⁻² at 1 mA cm⁻²)
 * );
 * sim.summary.endReason; // "depletion"
 */
export function simulateCell(
  config: CellConfig,
  protocol: CellProtocol,
  options: SimulateCellOptions = {},
): CellSimulation {
  return simulateResolvedCell(resolveCellConfig(config), protocol, options);
}

/**
 * {@link simulateCell} for a config already resolved with `resolveCellConfig` (design maps that
 * simulate many variants skip the parsing).
 *
 * @example
 * simulateResolvedCell(resolveCellConfig(config), protocol).summary.lithium.conservationError; // ≈ 1e-16
 */
export function simulateResolvedCell(
  cell: ResolvedCell,
  protocolInput: CellProtocol,
  options: SimulateCellOptions = {},
): CellSimulation {
  const protocol = parseWithSchema(CellProtocolSchema, protocolInput, { what: "cell protocol" });
  const pointsPerStep = requireIntegerOption(
    options.pointsPerStep ?? 60,
    "options.pointsPerStep",
    "points per step",
    1,
    "give a whole number of points, e.g. 60",
  );
  const sampling = { pointsPerStep } as StepContext["sampling"];
  if (options.samplingInterval !== undefined) {
    sampling.samplingInterval = requirePositiveOption(
      options.samplingInterval,
      "options.samplingInterval",
      "sampling interval (s)",
      "give the time between points in s",
    );
  }
  checkProtocolLithium(cell, protocol, options.nominalCapacity);
  const state = initialCellState(cell);
  const initial = structuredClone(state);
  const columns = new SimulationColumns(expectedPoints(protocol, options));
  const ctx: StepContext = {
    cell,
    state,
    columns,
    sampling,
    cache: new Map(),
    ...(options.nominalCapacity === undefined ? {} : { nominalCapacity: options.nominalCapacity }),
  };
  const events: SimulationEvent[] = [];
  const cycles = new Map<number, CycleCharge>();
  let endReason: CellSimulationResultJson["endReason"] = "completed";
  let completed = 0;
  for (let i = 0; i < protocol.steps.length; i++) {
    const step = protocol.steps[i] as CellProtocol["steps"][number];
    const outcome = runStep(ctx, step, i);
    for (const e of outcome.events) events.push(e);
    let row = cycles.get(step.cycle);
    if (!row) {
      row = { cycle: step.cycle, toWorking: 0, fromWorking: 0 };
      cycles.set(step.cycle, row);
    }
    const q = outcome.currentDensity * outcome.duration;
    if (q > 0) row.fromWorking += q;
    else row.toWorking -= q;
    completed++;
    if (outcome.next !== "continue") {
      endReason = outcome.next;
      break;
    }
  }
  const finished = columns.finish();
  const n = finished.time.length;
  const finalLeakage = n > 0 ? (finished.state.leakageCurrentDensity[n - 1] as number) : 0;
  const summary = summarizeSimulation({
    cell,
    initial,
    final: state,
    endReason,
    events,
    stepsCompleted: completed,
    stepsTotal: protocol.steps.length,
    pointCount: n,
    cycles: [...cycles.values()],
    finalLeakage,
  });
  const data: CyclingData = {
    kind: "cycling",
    columns: { time: finished.time, voltage: finished.voltage, current: finished.current },
    metadata: {
      format: "synthetic",
      instrument: "@lmb/cells simulateCell",
      technique: "GCPL",
      currentSign: "positive-oxidation",
      area: cell.area,
      ...(cell.working.massLoading === undefined
        ? {}
        : { activeMass: cell.working.massLoading * cell.area }),
      columns: [
        { key: "time", unit: "s", sourceName: "time", sourceUnit: "s" },
        { key: "voltage", unit: "V", sourceName: "voltage", sourceUnit: "V" },
        { key: "current", unit: "A", sourceName: "current", sourceUnit: "A" },
      ],
      warnings: [],
      notes: { generator: "simulateCell", cellKind: cell.kind, protocol: protocol.text },
    },
  };
  return { data, state: finished.state, summary, events, cell };
}
