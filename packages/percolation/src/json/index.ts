export {
  bulkContinuumThreshold,
  type ContinuumJsonOptions,
  continuumPercolationJson,
  crossingProbability,
  inPlaneVoxelThreshold,
} from "./continuumPercolationJson.js";
export {
  type LatticeSimulationJsonOptions,
  latticeSimulationJson,
  spanningAxis,
} from "./latticeSimulationJson.js";
export { metalWindowJson } from "./metalWindowJson.js";
export {
  type NetworkConductivityJsonOptions,
  networkConductivityJson,
} from "./networkConductivityJson.js";
export { type PercolationFitJsonOptions, percolationFitJson } from "./percolationFitJson.js";
export { type PercolationPlotOptions, type PlotRow, percolationPlot } from "./percolationPlot.js";
export { thresholdEstimateJson } from "./thresholdEstimateJson.js";
