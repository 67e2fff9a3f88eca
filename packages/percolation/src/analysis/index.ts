export { type ConductivityExponent, conductivityExponent } from "./conductivityExponent.js";
export { spanningCurveCrossing, spanningLevelCrossing } from "./crossingCurves.js";
export { type BruggemanFit, fitBruggeman } from "./fitBruggeman.js";
export { type LargestClusterCurve, largestClusterCurve } from "./largestCluster.js";
