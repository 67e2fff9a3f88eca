export {
  analyzeSymmetricCycling,
  type SymmetricCyclingOptions,
  type SymmetricCyclingResult,
} from "./analyzeSymmetricCycling.js";
export { continuousTime } from "./continuousTime.js";
export {
  type CcdRung,
  type CriticalCurrentDensityOptions,
  type CriticalCurrentDensityResult,
  criticalCurrentDensity,
} from "./criticalCurrentDensity.js";
export { type CycleOverpotential, cycleOverpotentials } from "./cycleOverpotentials.js";
export { detectFailures } from "./failures/detectFailures.js";
export type {
  CyclingEvent,
  FailureKind,
  FailureOptions,
  FailureReference,
  FailureReport,
} from "./failures/failureTypes.js";
export {
  type CapacityWindow,
  type HalfCycleOverpotential,
  halfCycleOverpotentials,
  type OverpotentialOptions,
  type ProfileShape,
} from "./halfCycleOverpotentials.js";
export { medianInPlace } from "./median.js";
export { detectRateSteps } from "./rateSteps.js";
export {
  type RateTest,
  type RateTestStep,
  rateTestKinetics,
  rateTestSteps,
} from "./rateTest.js";
export { type SegmentCyclingOptions, segmentCycling } from "./segmentCycling.js";
export type {
  AreaSource,
  CyclingSegment,
  CyclingSegmentation,
  CyclingWarning,
  RateStep,
  TimeIssue,
} from "./types.js";
export { typicalInterval } from "./typicalInterval.js";
