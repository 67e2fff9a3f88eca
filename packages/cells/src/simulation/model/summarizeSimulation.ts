import type { CellSimulationResultJson } from "@lmb/schemas";
import type { ResolvedCell } from "../config/resolveCellConfig.js";
import { type CellState, totalLithium } from "./cellState.js";
import { cycleLifeEstimate } from "./cycleLifeEstimate.js";
import type { SimulationEvent } from "./simulationEvent.js";

const MAH_CM2 = 36_000;

/** Li moved onto and off the working electrode in one protocol repeat, C m⁻². */
export interface CycleCharge {
  cycle: number;
  toWorking: number;
  fromWorking: number;
}

/** What the simulation loop hands to {@link summarizeSimulation}. */
export interface SimulationRecord {
  cell: ResolvedCell;
  initial: CellState;
  final: CellState;
  endReason: CellSimulationResultJson["endReason"];
  events: SimulationEvent[];
  stepsCompleted: number;
  stepsTotal: number;
  pointCount: number;
  cycles: CycleCharge[];
  finalLeakage: number;
}

function regime(cell: ResolvedCell): "self-limiting" | "linear" | "mixed" | "none" {
  const i = cell.interphase;
  if (!i || i.growth.law.drivingPotential === 0 || i.electronicConductivity === 0) return "none";
  // electronic vs reaction resistance at the starting thickness (Deal–Grove: δ/σ_e vs r_rxn)
  const ratio = i.initialThickness / i.electronicConductivity / i.growth.law.reactionResistance;
  if (ratio > 10) return "self-limiting";
  if (ratio < 0.1) return "linear";
  return "mixed";
}

/**
 * The JSON summary of a simulation (`CellSimulationResultSchema`): customary units (mAh cm⁻²,
 * h, nm, mA cm⁻²), the Li balance with its conservation error, events and cycle rows.
 */
export function summarizeSimulation(r: SimulationRecord): CellSimulationResultJson {
  const { cell, initial, final } = r;
  const total0 = totalLithium(initial);
  const total1 = totalLithium(final);
  const interphase = cell.interphase;
  const last = r.events.find((e) => e.kind !== "nucleation" && e.kind !== "exhausted");
  const hours = (final.time / 3600).toPrecision(4);
  const message =
    r.endReason === "completed"
      ? `completed ${r.stepsCompleted} steps in ${hours} h`
      : `${last?.message ?? r.endReason} (step ${r.stepsCompleted} of ${r.stepsTotal})`;
  const rows = r.cycles.map((c) => ({
    cycle: c.cycle,
    toWorking: c.toWorking / MAH_CM2,
    fromWorking: c.fromWorking / MAH_CM2,
  }));
  const life = cycleLifeEstimate(cell, r.cycles);
  return {
    cellKind: cell.kind,
    endReason: r.endReason,
    message,
    duration: final.time / 3600,
    steps: { completed: r.stepsCompleted, total: r.stepsTotal },
    pointCount: r.pointCount,
    events: r.events.map((e) => ({ ...e, time: e.time / 3600 })),
    lithium: {
      initial: {
        working: initial.working.inventory / MAH_CM2,
        counter: initial.counter.inventory / MAH_CM2,
        total: total0 / MAH_CM2,
      },
      final: {
        working: final.working.inventory / MAH_CM2,
        counter: final.counter.inventory / MAH_CM2,
        deadLithium: final.deadLithium / MAH_CM2,
        interphase: final.interphaseLoss / MAH_CM2,
        total: total1 / MAH_CM2,
      },
      conservationError: Math.abs(total1 - total0) / total0,
    },
    interphase: interphase
      ? {
          electronicConductivity: interphase.electronicConductivity,
          percolationThreshold: interphase.percolation?.threshold ?? null,
          regime: regime(cell),
          thickness: {
            working: {
              initial: initial.working.thickness * 1e9,
              final: final.working.thickness * 1e9,
            },
            counter: {
              initial: initial.counter.thickness * 1e9,
              final: final.counter.thickness * 1e9,
            },
          },
          finalLeakageCurrentDensity: r.finalLeakage / 10,
        }
      : null,
    cycles: rows,
    cycleLife: life
      ? {
          estimate: life.estimate,
          excess: life.excess / MAH_CM2,
          capacityPerCycle: life.capacityPerCycle / MAH_CM2,
        }
      : null,
  };
}
