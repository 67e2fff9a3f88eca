/**
 * @lmb/cells — Cell configurations and protocols, Li-inventory and voltage simulation, cycling-data
 * analysis; for now, the Li-metal impedance analyses that combine `@lmb/impedance` and
 * `@lmb/kinetics`: R_bulk, R_SEI, R_ct, R_int, j0 from R_ct, and series over temperature or time
 * with the Arrhenius fit of each resistance.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/cells";

export * from "./analysis/index.js";
export * from "./cellType/index.js";
export * from "./cycling/index.js";
export * from "./fullCell/index.js";
export {
  type InterfaceImpedanceOptions,
  interfaceImpedance,
  spectrumTemperature,
} from "./impedance/interfaceImpedance.js";
export {
  type InterfaceImpedanceSeriesEntry,
  type InterfaceImpedanceSeriesOptions,
  interfaceImpedanceSeries,
} from "./impedance/interfaceImpedanceSeries.js";
export { type ResistanceKey, resistanceSeriesPlot } from "./impedance/resistanceSeriesPlot.js";
export * from "./json/index.js";
export * from "./lithiumCopper/index.js";
export * from "./plots/index.js";
export * from "./simulation/index.js";
export * from "./synthetic/index.js";
