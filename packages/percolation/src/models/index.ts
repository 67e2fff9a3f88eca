export {
  bruggeman,
  type GemParameters,
  generalEffectiveMedium,
  mixingRule,
  percolationPowerLaw,
} from "./conductivityModels.js";
export {
  type FittedValue,
  fitPercolationConductivity,
  type PercolationFit,
  type PercolationFitOptions,
  type PercolationModel,
} from "./fitConductivity.js";
