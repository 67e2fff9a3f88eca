export {
  type CyclingAnalysisJsonOptions,
  cyclingAnalysisJson,
} from "./cyclingAnalysisJson.js";
export { DISPLAY } from "./displayUnits.js";
export { fullCellCyclingJson } from "./fullCellCyclingJson.js";
export {
  lithiumCopperEfficiencyJson,
  reservoirCoulombicEfficiencyJson,
} from "./lithiumCopperJson.js";
export { segmentationJson, warningsJson } from "./segmentationJson.js";
export {
  criticalCurrentDensityJson,
  cyclingEventJson,
  type SymmetricCyclingJsonOptions,
  symmetricCyclingJson,
} from "./symmetricCyclingJson.js";
