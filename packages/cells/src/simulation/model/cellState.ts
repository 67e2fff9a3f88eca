import type { ResolvedCell } from "../config/resolveCellConfig.js";
import { CONCENTRATION_MODES } from "./concentrationPolarization.js";

/** The state of one electrode between steps (SI). */
export interface ElectrodeState {
  kind: "lithium" | "copper" | "cathode";
  /** Li held, C m⁻². */
  inventory: number;
  /** A cathode's capacity, C m⁻² (∞ for metal electrodes). */
  capacity: number;
  /** Interphase thickness, m (0 without an interphase). */
  thickness: number;
  /** Li has been plated on it before (no nucleation spike next time, unless it is bare Cu). */
  plated: boolean;
}

/** The state of a simulated cell between steps (SI: C m⁻², m, s). */
export interface CellState {
  time: number;
  working: ElectrodeState;
  counter: ElectrodeState;
  /** Li lost as dead Li/SEI, (1 − CE) of every plating on Li metal, C m⁻². */
  deadLithium: number;
  /** Li consumed by interphase growth, C m⁻². */
  interphaseLoss: number;
  /** Salt concentration modes of a liquid electrolyte with transport data (mol m⁻³). */
  salt?: Float64Array;
}

/** The state at the start of a simulation. */
export function initialCellState(cell: ResolvedCell): CellState {
  const thickness = cell.interphase?.initialThickness ?? 0;
  const electrode = (e: ResolvedCell["working"]): ElectrodeState => ({
    kind: e.kind,
    inventory: e.inventory,
    capacity: e.capacity,
    thickness: e.kind === "cathode" ? 0 : thickness,
    plated: false,
  });
  return {
    time: 0,
    working: electrode(cell.working),
    counter: electrode(cell.counter),
    deadLithium: 0,
    interphaseLoss: 0,
    ...(cell.electrolyte.transport ? { salt: new Float64Array(CONCENTRATION_MODES) } : {}),
  };
}

/** Total Li in the cell, C m⁻²: both electrodes plus what was lost. */
export function totalLithium(state: CellState): number {
  return (
    state.working.inventory + state.counter.inventory + state.deadLithium + state.interphaseLoss
  );
}
