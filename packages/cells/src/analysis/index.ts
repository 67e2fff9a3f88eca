export {
  analyzeCycling,
  type CyclingAnalysis,
  type CyclingAnalysisOptions,
} from "./analyzeCycling.js";
