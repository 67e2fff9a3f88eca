export type { CopperAnalysisOptions, CopperWiring } from "./copperHalfCycles.js";
export {
  type CoulombicEfficiencyWindow,
  type LithiumCopperCycle,
  type LithiumCopperEfficiencyOptions,
  type LithiumCopperEfficiencyResult,
  lithiumCopperEfficiency,
} from "./lithiumCopperEfficiency.js";
export {
  type ReservoirCheck,
  type ReservoirCoulombicEfficiencyOptions,
  type ReservoirCoulombicEfficiencyResult,
  reservoirCoulombicEfficiency,
} from "./reservoirCoulombicEfficiency.js";
