export {
  ANODE_VOLTAGE,
  type ElectrodeConvention,
  electrodeConvention,
  type WorkingElectrode,
} from "./electrodeConvention.js";
export type { FullCellCycle } from "./fullCellCycle.js";
export {
  type FullCellCyclingOptions,
  type FullCellCyclingResult,
  fullCellCycling,
} from "./fullCellCycling.js";
export {
  type RateCapabilityStep,
  type RateCapabilityTable,
  rateCapability,
} from "./rateCapability.js";
