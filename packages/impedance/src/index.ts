/**
 * @lmb/impedance — equivalent-circuit language, circuit elements with analytic derivatives, and
 * complex nonlinear least-squares fitting of impedance spectra with errors, derived arc quantities
 * and Vega-Lite plots, the linear Kramers–Kronig test, the distribution of relaxation times, and
 * the resistances Li-metal papers report (R_bulk, R_SEI, R_ct, R_int) read from a fit.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/impedance";

export {
  type CircuitParameterValues,
  circuitImpedance,
  parameterVector,
} from "./circuit/circuitImpedance.js";
export {
  type CircuitElementNode,
  type CircuitNode,
  type CircuitParallelNode,
  type CircuitSeriesNode,
  circuitElements,
  formatCircuit,
} from "./circuit/circuitNode.js";
export {
  type BoundCircuit,
  type Circuit,
  type CircuitElementInfo,
  type CircuitParameter,
  compileCircuit,
} from "./circuit/compileCircuit.js";
export { parseCircuit } from "./circuit/parseCircuit.js";
export { type DrtOptions, drt } from "./drt/drt.js";
export { type DrtPeak, findDrtPeaks } from "./drt/drtPeaks.js";
export { type DrtPlotOptions, drtPlot } from "./drt/drtPlot.js";
export type { DrtDataUsed, DrtResult } from "./drt/drtResult.js";
export {
  gaussianDiscretisation,
  gaussianExpansion,
  gaussianPenalty,
  gaussianShapeFactor,
} from "./drt/gaussianRbf.js";
export { capacitor } from "./elements/capacitor.js";
export { complexSqrt, hyperbolic } from "./elements/complexMath.js";
export { constantPhaseElement } from "./elements/constantPhaseElement.js";
export type {
  ElementDefinition,
  ElementEvaluate,
  ElementJacobian,
  ElementParameter,
  ElementRole,
} from "./elements/elementDefinition.js";
export { CIRCUIT_ELEMENTS, elementDefinition } from "./elements/elementRegistry.js";
export { finiteGerischer } from "./elements/finiteGerischer.js";
export { type FrequencyGrid, frequencyGrid } from "./elements/frequencyGrid.js";
export { gerischer } from "./elements/gerischer.js";
export { inductor } from "./elements/inductor.js";
export { modifiedInductance } from "./elements/modifiedInductance.js";
export { rcElement } from "./elements/rcElement.js";
export { resistor } from "./elements/resistor.js";
export { warburg } from "./elements/warburg.js";
export { warburgOpen } from "./elements/warburgOpen.js";
export { warburgShort } from "./elements/warburgShort.js";
export { zarc } from "./elements/zarc.js";
export { derivedQuantities } from "./fit/derivedQuantities.js";
export { estimateInitialGuess } from "./fit/estimateInitialGuess.js";
export {
  type CircuitSolverOptions,
  type FitCircuitOptions,
  fitCircuit,
} from "./fit/fitCircuit.js";
export {
  type CheckedImpedanceData,
  checkImpedanceData,
  type ImpedanceData,
} from "./fit/impedanceData.js";
export {
  createLocalFitWorkspace,
  type LocalCircuitFit,
  type LocalFitWorkspace,
  localCircuitFit,
} from "./fit/localCircuitFit.js";
export { arcOrderPermutation } from "./fit/orderArcs.js";
export {
  type ParameterBounds,
  type ParameterPlan,
  type ParameterRequest,
  resolveParameters,
} from "./fit/resolveParameters.js";
export { sampleStart } from "./fit/sampleStart.js";
export {
  type SpectrumFeatures,
  type SpectrumPeak,
  spectrumFeatures,
} from "./fit/spectrumFeatures.js";
export { type CircuitWeighting, weightingSigmas } from "./fit/weighting.js";
export { type LinKkOptions, linKk } from "./kk/linKk.js";
export {
  fitLinKk,
  type LinKkData,
  type LinKkElements,
  type LinKkFitType,
  linKkImpedance,
  linKkMu,
} from "./kk/linKkFit.js";
export { type LinKkResidualPlotOptions, linKkResidualPlot } from "./kk/linKkResidualPlot.js";
export type { LinKkResult, ValidationWarning } from "./kk/linKkResult.js";
export { linKkTimeConstants } from "./kk/linKkTimeConstants.js";
export {
  INTERFACE_RESISTANCE_RULE,
  type InterfaceResistancesOptions,
  interfaceResistances,
} from "./limetal/interfaceResistances.js";
export { type BodePlotOptions, bodePlot } from "./plots/bodePlot.js";
export { type NyquistPlotOptions, nyquistPlot } from "./plots/nyquistPlot.js";
export { type ImpedancePlotRow, impedancePlotRows } from "./plots/plotRows.js";
