/**
 * @lmb/kinetics — Tafel, Butler–Volmer (electrode and symmetric cell), Arrhenius, Randles–Sevcik, conductivity and capacity fade.
 *
 * Inputs are SI (A m⁻², V, K, Ω m², m², mol m⁻³, V s⁻¹); results follow the schemas of
 * `@lmb/schemas` (`TafelAnalysisResult`, `ButlerVolmerFitResult`, …) and carry their evidence:
 * estimates with standard errors and intervals, the data window used, goodness of fit,
 * warnings and a Vega-Lite plot spec.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/kinetics";

export {
  type ArrheniusData,
  type ArrheniusFitOptions,
  arrheniusFit,
} from "./arrhenius/arrheniusFit.js";
export { butlerVolmerCurrentDensity } from "./butlerVolmer/butlerVolmerCurrentDensity.js";
export { type ButlerVolmerFitOptions, butlerVolmerFit } from "./butlerVolmer/butlerVolmerFit.js";
export type { ButlerVolmerKinetics } from "./butlerVolmer/butlerVolmerKinetics.js";
export { butlerVolmerOverpotential } from "./butlerVolmer/butlerVolmerOverpotential.js";
export {
  type ButlerVolmerPolarization,
  butlerVolmerPolarization,
} from "./butlerVolmer/butlerVolmerPolarization.js";
export { symmetricCellCurrentDensity } from "./butlerVolmer/symmetricCellCurrentDensity.js";
export {
  type SymmetricCellKinetics,
  type SymmetricCellPolarization,
  symmetricCellOverpotential,
} from "./butlerVolmer/symmetricCellOverpotential.js";
export {
  type CapacityFadeOptions,
  type CapacitySeries,
  capacityFade,
} from "./capacityFade/capacityFade.js";
export { type CycleCapacities, capacityPerCycle } from "./capacityFade/capacityPerCycle.js";
export {
  type BlockingCellMeasurement,
  ionicConductivity,
} from "./conductivity/ionicConductivity.js";
export {
  type ChargeTransferResistanceInput,
  type ExchangeCurrentFromResistanceOptions,
  exchangeCurrentFromResistance,
} from "./microPolarization/exchangeCurrentFromResistance.js";
export {
  linearizationError,
  type MicroPolarizationOptions,
  microPolarization,
} from "./microPolarization/microPolarization.js";
export {
  type FindPeaksOptions,
  findVoltammogramPeaks,
} from "./randlesSevcik/findVoltammogramPeaks.js";
export {
  type PeakCurrentSeries,
  type RandlesSevcikOptions,
  randlesSevcikAnalysis,
} from "./randlesSevcik/randlesSevcikAnalysis.js";
export {
  RANDLES_SEVCIK_COEFFICIENTS,
  type Reversibility,
  randlesSevcikConstant,
} from "./randlesSevcik/randlesSevcikConstant.js";
export {
  type RandlesSevcikSystem,
  randlesSevcikFactor,
  randlesSevcikPeakCurrent,
} from "./randlesSevcik/randlesSevcikPeakCurrent.js";
export { type Sweep, splitSweeps } from "./randlesSevcik/splitSweeps.js";
export {
  type ConvertedVoltammogram,
  type PolarizationCurve,
  polarizationCurveFromVoltammogram,
  type VoltammogramConversionOptions,
} from "./tafel/polarizationCurve.js";
export {
  selectTafelWindow,
  type TafelWindowChoice,
  type TafelWindowCriteria,
} from "./tafel/selectTafelWindow.js";
export { type TafelAnalysisOptions, tafelAnalysis } from "./tafel/tafelAnalysis.js";
