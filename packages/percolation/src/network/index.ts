export { backboneMask } from "./backbone.js";
export { clusterCoarsePreconditioner } from "./clusterCoarse.js";
export {
  type ConductivityScaling,
  type ConductivityScalingOptions,
  conductivityScaling,
} from "./conductivityScaling.js";
export { assembleNetwork, type NetworkSystem, spanningClusterMask } from "./networkAssembly.js";
export {
  type ConductivityPoint,
  conductivityCurve,
  type NetworkOptions,
  type NetworkSolution,
  networkConductivity,
} from "./resistorNetwork.js";
