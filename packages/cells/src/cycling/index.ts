export { continuousTime } from "./continuousTime.js";
export { detectRateSteps } from "./rateSteps.js";
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
