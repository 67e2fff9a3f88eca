export {
  type ClassifyTransientOptions,
  classifyTransient,
  type NucleationVerdict,
  type TransientClassification,
} from "./classifyTransient.js";
export {
  type DepositionConditions,
  growthConstant,
  instantaneousCurrentDensity,
  LITHIUM_MOLAR_VOLUME,
  type MostanyParameters,
  mostanyCurrentDensity,
  progressiveCurrentDensity,
} from "./dimensionalTransients.js";
export {
  type FitMostanyOptions,
  fitMostanyTransient,
  type MostanyFit,
  type PositiveEstimate,
} from "./fitMostanyTransient.js";
export { type ShQuantities, shQuantities } from "./nucleationQuantities.js";
export { type NucleationMode, reducedCurrent } from "./reducedCurves.js";
export { SH_CONSTANTS, type ShModelConstants } from "./shConstants.js";
export { baselineCurrent, type TransientBaseline } from "./transientBaseline.js";
export { type PreparedTransient, prepareTransient } from "./transientInput.js";
export {
  findTransientMaximum,
  type TransientMaximum,
  type TransientMaximumOptions,
} from "./transientMaximum.js";
