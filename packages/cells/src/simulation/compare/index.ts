/**
 * Why symmetric cells can mislead: one interphase in symmetric and asymmetric Li‖Li cells, and
 * the depletion time against metal fraction.
 *
 * @packageDocumentation
 */
export { type CellPolarisation, cellPolarisation } from "./cellPolarisation.js";
export { comparedCell, depletionOf } from "./comparedCell.js";
export {
  type CompareSymmetricAsymmetricOptions,
  compareSymmetricAsymmetric,
  DEFAULT_SWEEP_FRACTIONS,
} from "./compareSymmetricAsymmetric.js";
export {
  type ComparisonCellSpec,
  comparisonCellConfig,
  comparisonCellSpec,
  withMetal,
} from "./comparisonCell.js";
export { comparisonConclusion } from "./comparisonConclusion.js";
export {
  DEFAULT_COMPARISON_CELL,
  DEFAULT_COMPARISON_INTERPHASE,
  DEFAULT_COMPARISON_PROTOCOL,
  DEFAULT_THICK_ELECTRODE,
  DEFAULT_THIN_ELECTRODES,
  type SharedCellConfig,
} from "./comparisonDefaults.js";
export { comparisonTracesPlot, depletionPlot, type LabelledTrace } from "./comparisonPlots.js";
export {
  type DepletionSweep,
  type DepletionSweepOptions,
  depletionSweep,
} from "./depletionSweep.js";
export { protocolDuration } from "./protocolDuration.js";
export { type DepletionOutcome, simulateDepletion } from "./simulateDepletion.js";
