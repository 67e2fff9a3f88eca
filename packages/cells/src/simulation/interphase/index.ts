/**
 * The interphase on Li: electronic conductivity from its metal content (percolation) and its
 * Deal–Grove-type growth, which consumes Li.
 *
 * @packageDocumentation
 */
export {
  type InterphaseConductivity,
  type InterphaseMetalContent,
  interphaseElectronicConductivity,
} from "./interphaseElectronicConductivity.js";
export {
  createInterphaseGrowth,
  type InterphaseGrowth,
  type InterphaseGrowthLaw,
} from "./interphaseGrowth.js";
export {
  interphasePercolationThreshold,
  MAX_THRESHOLD_THICKNESS,
} from "./interphaseThreshold.js";
