/**
 * @lmb/units — quantities, unit parsing and formatting, physical constants and Li metal facts.
 *
 * Values enter with their units (`parseQuantity("5 mA cm⁻²")`), live inside lmb as SI
 * numbers (branded by kind: `CurrentDensity`, `ArealCapacity`, …) and leave in the units
 * researchers write (`formatQuantity`, `kind.format`).
 *
 * @packageDocumentation
 */

export {
  arealCapacityFromCurrentDensity,
  currentDensityFromArealCapacity,
  durationFromArealCapacity,
} from "./arealCapacityFromCurrentDensity.js";
export { celsiusToKelvin, kelvinToCelsius } from "./celsiusToKelvin.js";
export { type ColumnOptions, columnFromSI, columnToSI } from "./columnToSI.js";
export {
  bulkResistanceFromConductivity,
  conductivityFromBlockingCell,
} from "./conductivityFromBlockingCell.js";
export {
  type ConvertOptions,
  convertDifference,
  convertQuantity,
  convertValue,
} from "./convertQuantity.js";
export {
  type CathodeLoading,
  cRateFromCurrent,
  cRateFromCurrentDensity,
  currentDensityFromCRate,
  currentFromCRate,
} from "./currentFromCRate.js";
export { customaryUnit } from "./customaryUnit.js";
export { type CyclesInDurationResult, cyclesInDuration } from "./cyclesInDuration.js";
export {
  DIMENSIONLESS,
  type Dimension,
  dimensionsEqual,
  multiplyDimensions,
  powerDimension,
} from "./Dimension.js";
export { describeDimension, dimensionName } from "./dimensionName.js";
export {
  type ArealCapacity,
  type AreaSpecificResistance,
  arealCapacity,
  areaSpecificResistance,
  type Capacitance,
  type Capacity,
  type Charge,
  type Conductance,
  type Conductivity,
  type Current,
  type CurrentDensity,
  capacitance,
  capacity,
  charge,
  conductance,
  conductivity,
  current,
  currentDensity,
  type Resistance,
  type Resistivity,
  resistance,
  resistivity,
  type ScanRate,
  type SpecificCapacity,
  type SpecificCurrent,
  scanRate,
  specificCapacity,
  specificCurrent,
  type Voltage,
  type VolumetricCapacity,
  voltage,
  volumetricCapacity,
} from "./electricalKinds.js";
export { type FormatQuantityOptions, formatQuantity, formatSI } from "./formatQuantity.js";
export { type FormatUnitOptions, formatUnit } from "./formatUnit.js";
export {
  type AnyKind,
  type DefineKindOptions,
  defineKind,
  type Kind,
  type KindConstructor,
} from "./Kind.js";
export { listUnits, type UnitInfo } from "./listUnits.js";
export { LITHIUM } from "./lithium.js";
export {
  type LithiumOptions,
  lithiumArealCapacityFromArealMass,
  lithiumArealCapacityFromThickness,
  lithiumArealMassFromArealCapacity,
  lithiumArealMassFromThickness,
  lithiumThicknessFromArealCapacity,
  lithiumThicknessFromArealMass,
} from "./lithiumThickness.js";
export {
  type Amount,
  type Area,
  type ArealMass,
  amount,
  area,
  arealMass,
  type Concentration,
  concentration,
  type Density,
  type DiffusionCoefficient,
  density,
  diffusionCoefficient,
  type Length,
  length,
  type Mass,
  type MassLoading,
  type MolarMass,
  type MolarVolume,
  mass,
  massLoading,
  molarMass,
  molarVolume,
  type Volume,
  volume,
} from "./materialKinds.js";
export {
  electronvoltsToMolarEnergy,
  molarEnergyToElectronvolts,
} from "./molarEnergyToElectronvolts.js";
export { parseQuantity } from "./parseQuantity.js";
export { parseUnit } from "./parseUnit.js";
export {
  AVOGADRO_CONSTANT,
  BOLTZMANN_CONSTANT,
  ELEMENTARY_CHARGE,
  FARADAY_CONSTANT,
  GAS_CONSTANT,
  STANDARD_TEMPERATURE,
} from "./physicalConstants.js";
export { type Quantity, quantity } from "./Quantity.js";
export { siUnitSymbol } from "./siUnitSymbol.js";
export {
  type SymmetricCycleOptions,
  type SymmetricCycleTiming,
  symmetricCycleTiming,
} from "./symmetricCycleTiming.js";
export {
  type ActivationEnergy,
  activationEnergy,
  type Energy,
  energy,
  type Frequency,
  frequency,
  type MolarEnergy,
  molarEnergy,
  type Power,
  type Pressure,
  power,
  pressure,
  type Temperature,
  type TemperatureDifference,
  type Time,
  temperature,
  temperatureDifference,
  time,
} from "./timeAndEnergyKinds.js";
export { fromSI, inUnit, toSI } from "./toSI.js";
export type { Unit } from "./Unit.js";
