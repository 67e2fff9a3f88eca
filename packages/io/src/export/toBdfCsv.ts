import { LmbError } from "@lmb/errors";
import type { CyclingData, Dataset } from "@lmb/schemas";
import { parseUnit } from "@lmb/units";
import { type OutputColumn, writeColumns } from "./writeColumns.js";

/**
 * Battery Data Format column labels lmb writes, in order, by cycling column key (BDF 1.3
 * preferred labels; `Half Cycle / 1` and `Counter Electrode Potential / V` are lmb extras).
 */
export const BDF_COLUMNS: readonly (readonly [key: string, label: string, unit: string])[] = [
  ["time", "Test Time / s", "s"],
  ["voltage", "Voltage / V", "V"],
  ["current", "Current / A", "A"],
  ["stepTime", "Step Time / s", "s"],
  ["cycle", "Cycle Count / 1", "1"],
  ["step", "Step Index / 1", "1"],
  ["stepCount", "Step Count / 1", "1"],
  ["halfCycle", "Half Cycle / 1", "1"],
  ["chargeCapacity", "Charging Capacity / Ah", "Ah"],
  ["dischargeCapacity", "Discharging Capacity / Ah", "Ah"],
  ["capacity", "Net Capacity / Ah", "Ah"],
  ["chargeEnergy", "Charging Energy / Wh", "Wh"],
  ["dischargeEnergy", "Discharging Energy / Wh", "Wh"],
  ["energy", "Net Energy / Wh", "Wh"],
  ["power", "Power / W", "W"],
  ["temperature", "Surface Temperature T1 / degC", "degC"],
  ["counterVoltage", "Counter Electrode Potential / V", "V"],
];

/**
 * Writes cycling data as a Battery Data Format CSV: `Test Time / s`, `Voltage / V`,
 * `Current / A` (positive = charge, as in lmb), then whichever of `Step Time / s`,
 * `Cycle Count / 1`, `Step Index / 1`, `Step Count / 1`, `Charging/Discharging Capacity / Ah`,
 * `Net Capacity / Ah`, energies in Wh, `Power / W`, `Surface Temperature T1 / degC` the
 * dataset has. lmb reads the file back to the same columns.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for datasets other than cycling data.
 * @example
 * writeFileSync("cell.bdf.csv", toBdfCsv(data));
 */
export function toBdfCsv(dataset: Dataset): string {
  if (dataset.kind !== "cycling") {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `the Battery Data Format holds cycling data, not ${dataset.kind}`,
      {
        fix: "use toCsv for this dataset",
      },
    );
  }
  const columns = (dataset as CyclingData).columns as Readonly<
    Record<string, Float64Array | undefined>
  >;
  const out: OutputColumn[] = [];
  for (const [key, header, unit] of BDF_COLUMNS) {
    const values = columns[key];
    if (values !== undefined) out.push({ header, values, unit: parseUnit(unit) });
  }
  return writeColumns(out);
}
