import type { ByteReader } from "../binary/ByteReader.js";
import { ndcSlots } from "./ndcPages.js";

/** Decoded `data_runInfo.ndc` rows (one per stored data point): times, capacities, step number. */
export interface NdcRunInfo {
  length: number;
  /** Data index (slot of `data.ndc`) the row belongs to. */
  index: Uint32Array;
  /** Step time, s. */
  stepTime: Float64Array;
  /** Interval to the next point, s (for points runInfo lacks, see `mergeNdax`). */
  dt: Float64Array;
  /** Wall-clock, s since 1970 (instrument clock). */
  unixTime: Float64Array;
  /** Raw step number (changes at every executed step). */
  stepNumber: Float64Array;
  /** Charge/discharge capacity, mAh; charge/discharge energy, mWh. */
  chargeCapacity: Float64Array;
  dischargeCapacity: Float64Array;
  chargeEnergy: Float64Array;
  dischargeEnergy: Float64Array;
}

interface RunInfoLayout {
  itemSize: number;
  /** Offset of dt; unix time, step number and index follow as consecutive u32. */
  dtAt: number;
  /** Offset of a millisecond field added to unix time (absent in 8 and 9). */
  msAt?: number;
  /** Capacity scale to mAh: ×1000 (Ah) or ÷3600 (mA·s). */
  capacityScale: number;
}

const AH = 1000;
const MAS = 1 / 3600;

/**
 * runInfo layouts by ndc version: step time u32 ms @0, four float32 capacities/energies @5,
 * then dt i32 ms, unix time u32 s, step number u32, index u32, milliseconds u16. Source: fastnda
 * `ndc_runinfo.py` (read_ndc_runinfo_1/2/11/12/13/14/16/17).
 */
const LAYOUTS: Readonly<Record<number, RunInfoLayout>> = {
  8: { itemSize: 42, dtAt: 26, capacityScale: AH },
  9: { itemSize: 45, dtAt: 29, capacityScale: MAS },
  11: { itemSize: 47, dtAt: 29, msAt: 45, capacityScale: MAS },
  12: { itemSize: 47, dtAt: 29, msAt: 45, capacityScale: AH },
  13: { itemSize: 55, dtAt: 29, msAt: 45, capacityScale: MAS },
  14: { itemSize: 55, dtAt: 29, msAt: 45, capacityScale: AH },
  16: { itemSize: 100, dtAt: 29, msAt: 45, capacityScale: MAS },
  17: { itemSize: 100, dtAt: 29, msAt: 45, capacityScale: AH },
};

/**
 * Decodes a `data_runInfo.ndc` (file type 18) of version 8, 9, 11–14, 16 or 17; `undefined` for
 * other versions.
 *
 * @example
 * const info = decodeNdcRunInfo(new ByteReader(bytes, "data_runInfo.ndc"), bytes[2]);
 */
export function decodeNdcRunInfo(reader: ByteReader, version: number): NdcRunInfo | undefined {
  const layout = LAYOUTS[version];
  if (layout === undefined) return undefined;
  const { offsets } = ndcSlots(reader, {
    pageSize: 4096,
    dataStart: 132,
    itemSize: layout.itemSize,
    bitmask: true,
  });
  const n = offsets.length;
  const view = reader.view;
  const out: NdcRunInfo = {
    length: n,
    index: new Uint32Array(n),
    stepTime: new Float64Array(n),
    dt: new Float64Array(n),
    unixTime: new Float64Array(n),
    stepNumber: new Float64Array(n),
    chargeCapacity: new Float64Array(n),
    dischargeCapacity: new Float64Array(n),
    chargeEnergy: new Float64Array(n),
    dischargeEnergy: new Float64Array(n),
  };
  const { dtAt, msAt, capacityScale: k } = layout;
  for (let i = 0; i < n; i++) {
    const o = offsets[i] as number;
    out.stepTime[i] = view.getUint32(o, true) / 1000;
    out.chargeCapacity[i] = Math.abs(view.getFloat32(o + 5, true) * k);
    out.dischargeCapacity[i] = Math.abs(view.getFloat32(o + 9, true) * k);
    out.chargeEnergy[i] = Math.abs(view.getFloat32(o + 13, true) * k);
    out.dischargeEnergy[i] = Math.abs(view.getFloat32(o + 17, true) * k);
    out.dt[i] = view.getInt32(o + dtAt, true) / 1000;
    const ms = msAt === undefined ? 0 : view.getUint16(o + msAt, true) / 1000;
    out.unixTime[i] = view.getUint32(o + dtAt + 4, true) + ms;
    out.stepNumber[i] = view.getUint32(o + dtAt + 8, true);
    out.index[i] = view.getUint32(o + dtAt + 12, true);
  }
  return out;
}
