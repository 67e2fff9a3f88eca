/**
 * Synthetic cycling traces with known parameters, for tests, examples and simulations: symmetric
 * and asymmetric Li‖Li, CCD ladders, Li‖Cu (cycle by cycle and the Adams reservoir protocol) and
 * Li‖LFP/NCM full cells. Each generator returns `{ data, truth }`.
 *
 * @packageDocumentation
 */
export { type AsymmetricCellTraceOptions, asymmetricCellTrace } from "./asymmetricCellTrace.js";
export {
  type CcdLadderTraceOptions,
  type CcdLadderTruth,
  ccdLadderTrace,
} from "./ccdLadderTrace.js";
export type { CopperVoltageOptions } from "./copperHalfCycles.js";
export type { CurrentStep } from "./currentSteps.js";
export {
  type CRateStep,
  type FullCellTraceOptions,
  type FullCellTruth,
  fullCellTrace,
  type SyntheticFullCellCycle,
} from "./fullCellTrace.js";
export {
  type CoulombicEfficiencySpec,
  type LithiumCopperTraceOptions,
  type LithiumCopperTruth,
  lithiumCopperTrace,
  type SyntheticCopperCycle,
} from "./lithiumCopperTrace.js";
export { CATHODES, openCircuitVoltage, type SyntheticCathode } from "./openCircuitVoltage.js";
export {
  type ReservoirHalfCycle,
  type ReservoirRole,
  type ReservoirTraceOptions,
  type ReservoirTruth,
  reservoirCoulombicEfficiencyTrace,
} from "./reservoirCoulombicEfficiencyTrace.js";
export type { HardShortOptions, SoftShortOptions } from "./shortModel.js";
export {
  type LithiumReservoirOptions,
  type SymmetricCellTraceOptions,
  type SymmetricCellTruth,
  type SyntheticHalfCycle,
  symmetricCellTrace,
} from "./symmetricCellTrace.js";
export {
  DEFAULT_CELL_AREA,
  type SyntheticEvent,
  type SyntheticTrace,
  type SyntheticTraceOptions,
} from "./syntheticTrace.js";
