/**
 * The cell model: `simulateCell` and its parts.
 *
 * @packageDocumentation
 */
export {
  CONCENTRATION_MODES,
  type ConcentrationStep,
  concentrationStep,
  type ElectrolyteTransport,
} from "./concentrationPolarization.js";
export { type CycleLifeEstimate, cycleLifeEstimate } from "./cycleLifeEstimate.js";
export {
  type CellSimulation,
  type SimulateCellOptions,
  simulateCell,
  simulateResolvedCell,
} from "./simulateCell.js";
export type { CellSimulationState } from "./simulationColumns.js";
export type { SimulationEvent } from "./simulationEvent.js";
export { type CellSimulationPlots, cellSimulationPlots } from "./simulationPlots.js";
export type { CycleCharge } from "./summarizeSimulation.js";
