import type { CyclingData } from "@lmb/schemas";
import { type BuilderMetadata, DatasetBuilder } from "../dataset/DatasetBuilder.js";
import { type NewareRecords, totalTimeFromSteps } from "./newareRecords.js";

/** Metadata and warnings a Neware reader hands to {@link newareDataset}. */
export interface NewareDatasetInput {
  metadata: Omit<BuilderMetadata, "currentSign">;
  warnings?: { code: `W_${string}`; message: string; offset?: number }[];
}

function difference(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) - (b[i] as number);
  return out;
}

/**
 * Turns decoded Neware records into a validated cycling dataset (SI columns):
 * `time` = total test time (from the file, else BTSDA's rule: step time plus the final times of
 * earlier steps), `stepTime`, `voltage`, `current` (+ = charge, Neware's own sign),
 * `chargeCapacity`/`dischargeCapacity` and `chargeEnergy`/`dischargeEnergy` as Neware keeps
 * them (**reset at every step**, both positive), `capacity`/`energy` = charge − discharge
 * (signed, per step), `cycle` (instrument's), `step` (program Step_ID), `stepCount`, and
 * `temperature` (aux, °C → K). BTSDA's exported `Capacity`/`Energy` equal
 * charge + discharge (unsigned).
 *
 * @example
 * newareDataset(records, { metadata: { format: "neware-ndax", sourceFile: "run.ndax" } });
 */
export function newareDataset(records: NewareRecords, input: NewareDatasetInput): CyclingData {
  const b = new DatasetBuilder("cycling", { ...input.metadata, currentSign: "positive-oxidation" });
  for (const w of input.warnings ?? []) {
    b.warn(w.code, w.message, w.offset === undefined ? {} : { offset: w.offset });
  }
  const stepCount = records.stepCount;
  const time =
    records.totalTime ??
    totalTimeFromSteps(records.stepTime, stepCount ?? new Float64Array(records.length));
  b.add("time", time, "s", {
    sourceName: records.totalTime ? "Total Time" : "Time (summed steps)",
  });
  b.add("voltage", records.voltage, "V", { sourceName: "Voltage" });
  b.add("current", records.current, "mA", { sourceName: "Current" });
  b.add("stepTime", records.stepTime, "s", { sourceName: "Time" });
  const { chargeCapacity, dischargeCapacity, chargeEnergy, dischargeEnergy } = records;
  if (chargeCapacity && dischargeCapacity) {
    b.add("capacity", difference(chargeCapacity, dischargeCapacity), "mAh", {
      sourceName: "Chg. Cap. − DChg. Cap.",
    });
    b.add("chargeCapacity", chargeCapacity, "mAh", { sourceName: "Chg. Cap." });
    b.add("dischargeCapacity", dischargeCapacity, "mAh", { sourceName: "DChg. Cap." });
  }
  if (chargeEnergy && dischargeEnergy) {
    b.add("energy", difference(chargeEnergy, dischargeEnergy), "mWh", {
      sourceName: "Chg. Energy − DChg. Energy",
    });
    b.add("chargeEnergy", chargeEnergy, "mWh", { sourceName: "Chg. Energy" });
    b.add("dischargeEnergy", dischargeEnergy, "mWh", { sourceName: "DChg. Energy" });
  }
  if (records.cycle) b.add("cycle", records.cycle, "1", { sourceName: "Cycle Index" });
  if (records.step) b.add("step", records.step, "1", { sourceName: "Step Index" });
  if (stepCount) b.add("stepCount", stepCount, "1", { sourceName: "Step Count" });
  if (records.temperature) b.add("temperature", records.temperature, "°C", { sourceName: "T1" });
  return b.build();
}
