import type { NdcAux } from "./ndcAux.js";
import type { NdcRunInfo } from "./ndcRunInfo.js";
import type { NdcSteps } from "./ndcStep.js";
import { countChanges, type NewareRecords } from "./newareRecords.js";

/**
 * Data index → first position in `index` (−1 where none). A dense table when the indices are
 * compact (the usual case), else a Map, so a damaged index (up to 2³²) never sizes an allocation.
 */
function indexLookup(index: ArrayLike<number>): (k: number) => number {
  let max = 0;
  for (let i = 0; i < index.length; i++) if ((index[i] as number) > max) max = index[i] as number;
  if (max <= 4 * index.length + 1024) {
    const table = new Int32Array(max + 1).fill(-1);
    for (let i = index.length - 1; i >= 0; i--) table[index[i] as number] = i;
    return (k) => (k >= 0 && k <= max ? (table[k] as number) : -1);
  }
  const map = new Map<number, number>();
  for (let i = index.length - 1; i >= 0; i--) map.set(index[i] as number, i);
  return (k) => map.get(k) ?? -1;
}

/**
 * Joins `data_runInfo.ndc` rows to the main records on the data index (first row per index wins)
 * and fills points runInfo does not cover — BTS 8 stores runInfo only for some points — by
 * extrapolating from the last covered point with its `dt`: step time and clock advance by `dt`
 * per point, capacity by `dt·I/3600` and energy by `dt·V·I/3600` (into charge or discharge by
 * sign). This is fastnda's `_data_interpolation` (BSD-3), which matches BTSDA exports. Sets
 * step time, clock, capacities, energies and the step count (changes of the raw step number).
 */
export function mergeRunInfo(records: NewareRecords, info: NdcRunInfo): void {
  const n = records.length;
  const lookup = indexLookup(info.index);
  const rawStep = countChanges(info.stepNumber);
  const stepTime = records.stepTime;
  const unixTime = new Float64Array(n);
  const stepCount = new Float64Array(n);
  const cc = new Float64Array(n);
  const dc = new Float64Array(n);
  const ce = new Float64Array(n);
  const de = new Float64Array(n);
  let last = -1;
  let k = 0;
  let incCapacity = 0;
  let incEnergy = 0;
  for (let i = 0; i < n; i++) {
    const j = lookup(records.index[i] as number);
    if (j >= 0) {
      last = j;
      k = 0;
      incCapacity = 0;
      incEnergy = 0;
      stepTime[i] = info.stepTime[j] as number;
      unixTime[i] = info.unixTime[j] as number;
      stepCount[i] = rawStep[j] as number;
      cc[i] = info.chargeCapacity[j] as number;
      dc[i] = info.dischargeCapacity[j] as number;
      ce[i] = info.chargeEnergy[j] as number;
      de[i] = info.dischargeEnergy[j] as number;
      continue;
    }
    if (last < 0) {
      stepTime[i] = unixTime[i] = stepCount[i] = Number.NaN;
      cc[i] = dc[i] = ce[i] = de[i] = Number.NaN;
      continue;
    }
    k++;
    const dt = info.dt[last] as number;
    const current = records.current[i] as number;
    incCapacity += (dt * current) / 3600;
    incEnergy += (dt * (records.voltage[i] as number) * current) / 3600;
    stepTime[i] = (info.stepTime[last] as number) + k * dt;
    unixTime[i] = (info.unixTime[last] as number) + k * dt;
    stepCount[i] = rawStep[last] as number;
    cc[i] = (info.chargeCapacity[last] as number) + Math.max(incCapacity, 0);
    dc[i] = (info.dischargeCapacity[last] as number) - Math.min(incCapacity, 0);
    ce[i] = (info.chargeEnergy[last] as number) + Math.max(incEnergy, 0);
    de[i] = (info.dischargeEnergy[last] as number) - Math.min(incEnergy, 0);
  }
  Object.assign(records, {
    unixTime,
    stepCount,
    chargeCapacity: cc,
    dischargeCapacity: dc,
    chargeEnergy: ce,
    dischargeEnergy: de,
  });
}

/**
 * Joins `data_step.ndc` rows to records by step count (row k ↔ step count k + 1): cycle, step
 * index and step type. Records whose step count has no row get NaN.
 */
export function mergeSteps(records: NewareRecords, steps: NdcSteps): void {
  const n = records.length;
  const stepCount = records.stepCount;
  const cycle = new Float64Array(n);
  const step = new Float64Array(n);
  const stepType = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = (stepCount?.[i] ?? Number.NaN) - 1;
    const ok = row >= 0 && row < steps.length;
    cycle[i] = ok ? (steps.cycle[row] as number) : Number.NaN;
    step[i] = ok ? (steps.step[row] as number) : Number.NaN;
    stepType[i] = ok ? (steps.stepType[row] as number) : Number.NaN;
  }
  Object.assign(records, { cycle, step, stepType });
}

/**
 * Joins one aux channel to records on the data index and returns the aligned column (NaN where
 * the channel has no value). `pick` chooses the aux field.
 */
export function alignAux(
  records: NewareRecords,
  aux: NdcAux,
  pick: (aux: NdcAux) => Float64Array | undefined,
): Float64Array | undefined {
  const values = pick(aux);
  if (values === undefined) return undefined;
  const lookup = indexLookup(aux.index);
  const out = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const j = lookup(records.index[i] as number);
    out[i] = j >= 0 ? (values[j] as number) : Number.NaN;
  }
  return out;
}
