import { DATASET_COLUMNS, type DatasetKind } from "@lmb/schemas";

// Units assumed for a column whose header names the quantity but no unit (`Voltage`,
// `current`, `test_time`): the units unit-less exports most often use (cellpy/BEEP raw tables,
// Arbin and BDF: s, V, A, Ah, Wh).
const ASSUMED: Readonly<Record<string, string>> = {
  time: "s",
  stepTime: "s",
  voltage: "V",
  potential: "V",
  counterVoltage: "V",
  bias: "V",
  current: "A",
  dcCurrent: "A",
  currentDensity: "A/m2",
  capacity: "Ah",
  chargeCapacity: "Ah",
  dischargeCapacity: "Ah",
  energy: "Wh",
  chargeEnergy: "Wh",
  dischargeEnergy: "Wh",
  power: "W",
  temperature: "°C",
  frequency: "Hz",
  zReal: "Ω",
  zImag: "Ω",
  resistance: "Ω",
  conductivity: "S/cm",
};

/**
 * The unit lmb assumes for a dataset column whose header carries none: s, V, A, Ah, Wh, °C, Hz,
 * Ω, S/cm (overridable per reader); the column's SI unit otherwise (`1` for counters).
 *
 * @example
 * assumedUnit("cycling", "capacity"); // "Ah"
 */
export function assumedUnit(
  kind: DatasetKind,
  key: string,
  overrides: Readonly<Record<string, string>> = {},
): string {
  return overrides[key] ?? ASSUMED[key] ?? DATASET_COLUMNS[kind][key]?.unit ?? "1";
}
