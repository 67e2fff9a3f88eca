/**
 * Cell configurations: validation against `CellConfigSchema` and conversion to SI.
 *
 * @packageDocumentation
 */
export { cathodeVoltage } from "./cathodeVoltage.js";
export { quantityField } from "./quantityField.js";
export {
  type ResolvedCell,
  resolveCellConfig,
  type SimulatedCellKind,
} from "./resolveCellConfig.js";
export { type ResolvedElectrode, resolveElectrode } from "./resolveElectrode.js";
