export { bondCount, bondSlots, bondSweep } from "./bondSweep.js";
export {
  binomialAverage,
  type FilmConnectivity,
  filmConnectedFraction,
} from "./filmConnectivity.js";
export { inPlaneSiteSweep } from "./inPlaneSweep.js";
export { createLatticeGrid, type LatticeGrid, neighbours } from "./latticeGrid.js";
export { LATTICES, type LatticeDefinition, type LatticeId } from "./lattices.js";
export { fastPermutation } from "./permutation.js";
export {
  type LatticePlan,
  type LatticeSimulation,
  type LatticeSimulationOptions,
  planLatticeSimulation,
  runSeed,
  type SweepWork,
  simulateLattice,
  summarizeLatticeRuns,
  sweepRuns,
  sweepWork,
} from "./simulateLattice.js";
export { type SiteSweepOptions, type SweepResult, siteSweep } from "./siteSweep.js";
export { type SpanningCurve, spanningProbability } from "./spanningProbability.js";
export {
  checkThresholdOptions,
  DEFAULT_CORRECTION_OMEGA,
  estimateThreshold,
  fitThreshold,
  type ThresholdEstimate,
  type ThresholdOptions,
} from "./thresholdScaling.js";
