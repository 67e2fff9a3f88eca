import type { ByteReader } from "../binary/ByteReader.js";
import { rangeFactor } from "./currentRange.js";
import { int64, ndcSlots, uint64 } from "./ndcPages.js";
import { allocateRecords, countChanges, type NewareRecords } from "./newareRecords.js";

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const PAGE = 4096;
/** Slots per 4096-byte page for 8-byte records: (4096 − 132 − 1) / 8. */
const SLOTS = Math.floor((PAGE - 132 - 1) / 8);
const MASK_BYTES = Math.ceil(SLOTS / 8);
const LAST_MASK = SLOTS % 8 === 0 ? 0xff : (1 << (SLOTS % 8)) - 1;

/** What a main `data.ndc` decoder returns: records plus how far the file told us. */
export interface NdcMainResult {
  records: NewareRecords;
  /** True when the records carry their own times/capacities/steps (ndc 2 and 5). */
  complete: boolean;
  /** Range codes not in the table (for a warning). */
  unknownRanges: number[];
  /** Bytes after the last whole page. */
  trailingBytes: number;
}

/**
 * Decodes a full ndc 2/5 record (index, cycle, step, type, step time, V, I, capacities,
 * energies, date, range). Layout (offsets from the record start `b`, v5 `b` = 1, v2 `b` = 8):
 * index u32 @b, cycle u32 @b+4 (0-based), step u8 @b+8, type u8 @b+9, step time u64 ms @b+15,
 * voltage i32 ×0.1 mV @b+23, current i32 @b+27, 4 × i64 capacity/energy @b+35…, date
 * Y u16 M D h m s @b+67, range i32 @b+74. Current and capacities scale by the range factor
 * (mA, mA·s). Source: fastnda `ndc_main.py` (read_ndc_main_2/5).
 */
function decodeFull(reader: ByteReader, version: 2 | 5): NdcMainResult {
  const b = version === 5 ? 1 : 8;
  const layout =
    version === 5
      ? { pageSize: 4096, dataStart: 132, itemSize: 87, bitmask: true }
      : { pageSize: 512, dataStart: 5, itemSize: 94, bitmask: false, emptyWhenZeroAt: 8 };
  const { offsets, trailingBytes } = ndcSlots(reader, layout);
  const n = offsets.length;
  const view = reader.view;
  const r = allocateRecords(n);
  const chargeCapacity = new Float64Array(n);
  const dischargeCapacity = new Float64Array(n);
  const chargeEnergy = new Float64Array(n);
  const dischargeEnergy = new Float64Array(n);
  const cycle = new Float64Array(n);
  const step = new Float64Array(n);
  const stepType = new Float64Array(n);
  const unixTime = new Float64Array(n);
  const unknown = new Set<number>();
  let lastRange = Number.NaN;
  let factor = 0;
  for (let i = 0; i < n; i++) {
    const o = (offsets[i] as number) + b;
    r.index[i] = view.getUint32(o, true);
    cycle[i] = view.getUint32(o + 4, true) + 1;
    step[i] = view.getUint8(o + 8);
    stepType[i] = view.getUint8(o + 9);
    r.stepTime[i] = uint64(view, o + 15) / 1000;
    r.voltage[i] = view.getInt32(o + 23, true) / 10000;
    const range = view.getInt32(o + 74, true);
    if (range !== lastRange) {
      const f = rangeFactor(range);
      if (!f.known) unknown.add(range);
      factor = f.factor;
      lastRange = range;
    }
    r.current[i] = view.getInt32(o + 27, true) * factor;
    chargeCapacity[i] = (int64(view, o + 35) * factor) / 3600;
    dischargeCapacity[i] = (int64(view, o + 43) * factor) / 3600;
    chargeEnergy[i] = (int64(view, o + 51) * factor) / 3600;
    dischargeEnergy[i] = (int64(view, o + 59) * factor) / 3600;
    unixTime[i] =
      Date.UTC(
        view.getUint16(o + 67, true),
        view.getUint8(o + 69) - 1,
        view.getUint8(o + 70),
        view.getUint8(o + 71),
        view.getUint8(o + 72),
        view.getUint8(o + 73),
      ) / 1000;
  }
  Object.assign(r, {
    chargeCapacity,
    dischargeCapacity,
    chargeEnergy,
    dischargeEnergy,
    cycle,
    step,
    stepType,
    unixTime,
    stepCount: countChanges(step),
  });
  return { records: r, complete: true, unknownRanges: [...unknown], trailingBytes };
}

/**
 * Decodes the short ndc ≥ 8 main record: voltage and current as two float32. Units by version:
 * 14/17 (and 8, 12) V and A; 11/16 (and 9, 13) 0.1 mV and mA. The record index is the 1-based
 * slot number, joined with runInfo/aux. Source: fastnda `ndc_main.py` (read_ndc_main_11/14/16).
 */
function decodeShort(reader: ByteReader, version: number): NdcMainResult {
  const { bytes, view } = reader;
  const pages = Math.max(0, Math.floor(bytes.length / PAGE) - 1);
  const trailingBytes = bytes.length >= PAGE ? bytes.length % PAGE : bytes.length;
  // Count valid slots with a popcount of each page's mask (62 bytes for 495 slots).
  let n = 0;
  for (let p = 1; p <= pages; p++) {
    const mask = p * PAGE + 4;
    for (let m = 0; m < MASK_BYTES; m++) {
      let byte = bytes[mask + m] as number;
      if (m === MASK_BYTES - 1) byte &= LAST_MASK;
      while (byte !== 0) {
        byte &= byte - 1;
        n++;
      }
    }
  }
  const r = allocateRecords(n);
  const tenthMillivolt = version === 11 || version === 16 || version === 9 || version === 13;
  const vScale = tenthMillivolt ? 1e-4 : 1;
  const iScale = tenthMillivolt ? 1 : 1000;
  const { voltage, current, index, stepTime } = r;
  const aligned = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
  // Records start at page + 132 + 8k: 4-byte aligned, so float32 can be read through a typed view.
  const f32 = aligned
    ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2)
    : undefined;
  let i = 0;
  for (let p = 1; p <= pages; p++) {
    const page = p * PAGE;
    const firstSlot = (p - 1) * SLOTS + 1;
    for (let s = 0; s < SLOTS; s++) {
      if (((bytes[page + 4 + (s >> 3)] as number) & (1 << (s & 7))) === 0) continue;
      const o = page + 132 + 8 * s;
      if (f32 !== undefined) {
        voltage[i] = (f32[o >> 2] as number) * vScale;
        current[i] = (f32[(o >> 2) + 1] as number) * iScale;
      } else {
        voltage[i] = view.getFloat32(o, true) * vScale;
        current[i] = view.getFloat32(o + 4, true) * iScale;
      }
      index[i] = firstSlot + s;
      i++;
    }
  }
  stepTime.fill(Number.NaN);
  return { records: r, complete: false, unknownRanges: [], trailingBytes };
}

/** ndc versions whose main file {@link decodeNdcMain} reads. */
export const NDC_MAIN_VERSIONS: readonly number[] = [2, 5, 8, 9, 11, 12, 13, 14, 16, 17];

/**
 * Decodes a main `data.ndc` (file type 1) of version 2, 5, 8, 9, 11–14, 16 or 17.
 * Returns `undefined` for other versions (the caller reports E_UNSUPPORTED_VERSION).
 *
 * @example
 * const main = decodeNdcMain(new ByteReader(bytes, "data.ndc"), bytes[2]);
 */
export function decodeNdcMain(reader: ByteReader, version: number): NdcMainResult | undefined {
  if (version === 2 || version === 5) return decodeFull(reader, version);
  if (NDC_MAIN_VERSIONS.includes(version)) return decodeShort(reader, version);
  return undefined;
}
