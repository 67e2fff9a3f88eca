/**
 * Decoded Neware records in the units the files use (before SI conversion): V, mA, s, mAh, mWh,
 * °C. Every reader (ndax, nda) fills this; {@link newareDataset} turns it into a dataset.
 */
export interface NewareRecords {
  /** Number of records. */
  length: number;
  /** Record index (data point number) as the file numbers it. */
  index: Float64Array;
  /** Cell voltage, V. */
  voltage: Float64Array;
  /** Current, mA, positive = charge. */
  current: Float64Array;
  /** Time since the start of the step, s (NaN where unknown). */
  stepTime: Float64Array;
  /** Time since the start of the test, s; derived from step times when the file lacks it. */
  totalTime?: Float64Array;
  /** Charge capacity within the step, mAh (Neware resets it at every step). */
  chargeCapacity?: Float64Array;
  /** Discharge capacity within the step, mAh (positive). */
  dischargeCapacity?: Float64Array;
  /** Charge energy within the step, mWh. */
  chargeEnergy?: Float64Array;
  /** Discharge energy within the step, mWh (positive). */
  dischargeEnergy?: Float64Array;
  /** Cycle index as the instrument numbered it (1-based). */
  cycle?: Float64Array;
  /** Program step index (Step_ID of Step.xml). */
  step?: Float64Array;
  /** Step-type code (see `NEWARE_STEP_TYPES`). */
  stepType?: Float64Array;
  /** Running count of executed steps (1-based). */
  stepCount?: Float64Array;
  /** Wall-clock time, s since 1970 of the instrument's local clock (read as if UTC). */
  unixTime?: Float64Array;
  /** Auxiliary temperature, °C. */
  temperature?: Float64Array;
}

/** Allocates the always-present columns of {@link NewareRecords}. */
export function allocateRecords(length: number): NewareRecords {
  return {
    length,
    index: new Float64Array(length),
    voltage: new Float64Array(length),
    current: new Float64Array(length),
    stepTime: new Float64Array(length),
  };
}

/**
 * Running count of value changes: 1 for the first record, +1 each time `values` changes
 * (fastnda `_count_changes`), used for step counts from step-index or raw step-number columns.
 *
 * @example
 * countChanges(Float64Array.of(1, 1, 2, 2, 1)); // [1, 1, 2, 2, 3]
 */
export function countChanges(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  let count = 0;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (i === 0 || v !== previous) count++;
    out[i] = count;
    previous = v;
  }
  return out;
}

/**
 * Total test time from step times, as BTSDA computes its `Total Time`: the step time plus the
 * sum of the final (largest) step times of all earlier steps. Records with a NaN step time
 * carry the previous total forward.
 *
 * @example
 * totalTimeFromSteps(Float64Array.of(0, 1, 0, 2), Float64Array.of(1, 1, 2, 2)); // [0, 1, 1, 3]
 */
export function totalTimeFromSteps(stepTime: Float64Array, stepCount: Float64Array): Float64Array {
  const out = new Float64Array(stepTime.length);
  let offset = 0;
  let stepMax = 0;
  let previousStep = Number.NaN;
  let previousTotal = 0;
  for (let i = 0; i < stepTime.length; i++) {
    const step = stepCount[i] as number;
    if (i > 0 && step !== previousStep) {
      offset += stepMax;
      stepMax = 0;
    }
    previousStep = step;
    const t = stepTime[i] as number;
    if (Number.isNaN(t)) {
      out[i] = previousTotal;
      continue;
    }
    if (t > stepMax) stepMax = t;
    out[i] = offset + t;
    previousTotal = out[i] as number;
  }
  return out;
}
