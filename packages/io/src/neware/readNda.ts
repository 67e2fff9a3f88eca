import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { ByteReader } from "../binary/ByteReader.js";
import type { ReadOptions } from "../formats/FormatReader.js";
import { isZip, readZip } from "../xlsx/readZip.js";
import { findBytes, localIso } from "./bytesSearch.js";
import { rangeFactor } from "./currentRange.js";
import { int64, uint64 } from "./ndcPages.js";
import { newareDataset } from "./newareDataset.js";
import { allocateRecords, countChanges, type NewareRecords } from "./newareRecords.js";

/** nda versions {@link decodeNda} reads (byte 14 of the file). */
export const NDA_VERSIONS: readonly number[] = [22, 23, 26, 29, 130];

/** Decoded `.nda` contents: records plus what the header says. */
export interface DecodedNda {
  records: NewareRecords;
  version: number;
  /** BTS server version string, when the header has one. */
  instrument?: string;
  /** Active mass, kg (nda 22/29 header). */
  activeMass?: number;
  /** Remarks field of the header. */
  remarks?: string;
  warnings: { code: `W_${string}`; message: string; offset?: number }[];
}

type Warnings = DecodedNda["warnings"];

function noData(reader: ByteReader, what: string): never {
  return reader.formatError(
    0,
    `no ${what} found in this .nda file`,
    "check that the file is a complete Neware .nda (BTS 7/8/9) file",
  );
}

/**
 * nda 22/23/26/29: 86-byte records after a marker, identifier byte 85 = data, 101 = aux.
 * Data: index u32 @2, cycle u32 @6 (0-based), step u16 @10, type u8 @12, step number u8 @13
 * (v29), step time u64 ms @14, voltage i32 0.1 mV @22, current i32 @26, 4 × i64
 * capacity/energy @38…, v29 date Y u16 M D h m s @70 / v22 unix u64 s @70, range i32 @78.
 * Aux: channel u8 @1, index u32 @2, voltage i32 0.1 mV @22, temperature i16 0.1 °C @34.
 * Source: fastnda `nda.py` (_read_nda_22/_read_nda_29, BSD-3).
 */
function decodeNda29(reader: ByteReader, version: number, warnings: Warnings): NewareRecords {
  const { bytes, view } = reader;
  const v29 = version === 26 || version === 29;
  const marker = v29 ? [0x55, 0, 1, 0, 0, 0] : [0xaa, 0, 1, 0, 0, 0];
  const start = findBytes(bytes, marker);
  if (start < 0) noData(reader, "data section");
  const total = Math.floor((bytes.length - start) / 86);
  let count = 0;
  for (let k = 0; k < total; k++) if (bytes[start + 86 * k] === 85) count++;
  const r = allocateRecords(count);
  const cycle = new Float64Array(count);
  const step = new Float64Array(count);
  const stepType = new Float64Array(count);
  const stepNumber = new Float64Array(count);
  const unixTime = new Float64Array(count);
  const cc = new Float64Array(count);
  const dc = new Float64Array(count);
  const ce = new Float64Array(count);
  const de = new Float64Array(count);
  const auxIndex: number[] = [];
  const auxTemperature: number[] = [];
  let auxChannel = -1;
  let lastRange = Number.NaN;
  let factor = 0;
  let i = 0;
  for (let k = 0; k < total; k++) {
    const o = start + 86 * k;
    const id = bytes[o];
    if (id === 101) {
      const channel = bytes[o + 1] as number;
      if (auxChannel < 0) auxChannel = channel;
      if (channel === auxChannel) {
        auxIndex.push(view.getUint32(o + 2, true));
        auxTemperature.push(view.getInt16(o + 34, true) / 10);
      }
      continue;
    }
    if (id !== 85) continue;
    const range = view.getInt32(o + 78, true);
    if (range !== lastRange) {
      const f = rangeFactor(range);
      if (!f.known) {
        warnings.push({
          code: "W_UNKNOWN_RANGE",
          message: `current range code ${range} is not in lmb's table; scaled like the nearest known range`,
          offset: o + 78,
        });
      }
      factor = f.factor;
      lastRange = range;
    }
    r.index[i] = view.getUint32(o + 2, true);
    cycle[i] = view.getUint32(o + 6, true) + 1;
    step[i] = view.getUint16(o + 10, true);
    stepType[i] = bytes[o + 12] as number;
    stepNumber[i] = bytes[o + 13] as number;
    r.stepTime[i] = uint64(view, o + 14) / 1000;
    r.voltage[i] = view.getInt32(o + 22, true) / 10000;
    r.current[i] = view.getInt32(o + 26, true) * factor;
    cc[i] = (int64(view, o + 38) * factor) / 3600;
    dc[i] = (int64(view, o + 46) * factor) / 3600;
    ce[i] = (int64(view, o + 54) * factor) / 3600;
    de[i] = (int64(view, o + 62) * factor) / 3600;
    unixTime[i] = v29
      ? Date.UTC(
          view.getUint16(o + 70, true),
          (bytes[o + 72] as number) - 1,
          bytes[o + 73] as number,
          bytes[o + 74] as number,
          bytes[o + 75] as number,
          bytes[o + 76] as number,
        ) / 1000
      : uint64(view, o + 70);
    i++;
  }
  Object.assign(r, {
    cycle,
    step,
    stepType,
    unixTime,
    chargeCapacity: cc,
    dischargeCapacity: dc,
    chargeEnergy: ce,
    dischargeEnergy: de,
    stepCount: countChanges(v29 ? stepNumber : step),
  });
  if (auxIndex.length > 0 && auxTemperature.some((t) => t !== 0)) {
    const lookup = new Map<number, number>();
    auxIndex.forEach((index, j) => {
      if (!lookup.has(index)) lookup.set(index, auxTemperature[j] as number);
    });
    r.temperature = r.index.map((index) => lookup.get(index) ?? Number.NaN);
  }
  return r;
}

/**
 * nda 130, BTS 9.1 (byte 1024 = 85): fixed-length records from byte 1024 whose length is the
 * distance to the next copy of the 2-byte identifier; step u8 @2, type u8 @3, index u32 @8,
 * total time u32 s + u32 ns @12, current f32 mA @20, voltage f32 V @24, capacity f32 mA·s @28,
 * energy f32 mW·s @32 (signed), cycle u32 @36 (0-based), clock u32 s + u32 ns @44, aux
 * temperature f32 °C @52 when records are ≥ 56 bytes. Step time = total time minus the end of
 * the previous step. Source: fastnda `nda.py` (_read_nda_130_91).
 */
function decodeNda130v91(reader: ByteReader): NewareRecords {
  const { bytes, view } = reader;
  const id = reader.u16(1024);
  const next = findBytes(bytes, [bytes[1024] as number, bytes[1025] as number], 1026, 1024 + 4096);
  const length = next - 1024;
  if (next < 0 || length < 52) noData(reader, "second BTS 9.1 record");
  const total = Math.floor((bytes.length - 1024) / length);
  let count = 0;
  for (let k = 0; k < total; k++) if (view.getUint16(1024 + k * length, true) === id) count++;
  const r = allocateRecords(count);
  const totalTime = new Float64Array(count);
  const cycle = new Float64Array(count);
  const step = new Float64Array(count);
  const stepType = new Float64Array(count);
  const unixTime = new Float64Array(count);
  const cc = new Float64Array(count);
  const dc = new Float64Array(count);
  const ce = new Float64Array(count);
  const de = new Float64Array(count);
  const temperature = length >= 56 ? new Float64Array(count) : undefined;
  let i = 0;
  for (let k = 0; k < total; k++) {
    const o = 1024 + k * length;
    if (view.getUint16(o, true) !== id) continue;
    step[i] = bytes[o + 2] as number;
    stepType[i] = bytes[o + 3] as number;
    r.index[i] = view.getUint32(o + 8, true);
    totalTime[i] = view.getUint32(o + 12, true) + view.getUint32(o + 16, true) / 1e9;
    r.current[i] = view.getFloat32(o + 20, true);
    r.voltage[i] = view.getFloat32(o + 24, true);
    const capacity = view.getFloat32(o + 28, true) / 3600;
    const energy = view.getFloat32(o + 32, true) / 3600;
    cc[i] = Math.max(capacity, 0);
    dc[i] = Math.max(-capacity, 0);
    ce[i] = Math.max(energy, 0);
    de[i] = Math.max(-energy, 0);
    cycle[i] = view.getUint32(o + 36, true) + 1;
    unixTime[i] = view.getUint32(o + 44, true) + view.getUint32(o + 48, true) / 1e9;
    if (temperature) temperature[i] = view.getFloat32(o + 52, true);
    i++;
  }
  const stepCount = countChanges(step);
  // Step time: total time minus the largest total time of the previous step.
  let previousEnd = 0;
  let currentMax = 0;
  for (let j = 0; j < count; j++) {
    if (j > 0 && stepCount[j] !== stepCount[j - 1]) {
      previousEnd = currentMax;
    }
    const t = totalTime[j] as number;
    if (j === 0 || t > currentMax) currentMax = t;
    r.stepTime[j] = t - previousEnd;
  }
  Object.assign(r, {
    totalTime,
    cycle,
    step,
    stepType,
    stepCount,
    unixTime,
    chargeCapacity: cc,
    dischargeCapacity: dc,
    chargeEnergy: ce,
    dischargeEnergy: de,
    ...(temperature ? { temperature } : {}),
  });
  return r;
}

/**
 * nda 130, BTS 9.0 (byte 1024 = 18): 88-byte records after the marker 12 50 00 07 55 81 01 06;
 * identifier u8 @4 = 85, step @9, type @10, index u32 @16, step time u64 µs @28, voltage f32 V
 * @36, current f32 mA @40, capacity f32 mA·s @60, energy f32 mW·s @64, clock u64 µs @68.
 * Source: fastnda `nda.py` (_read_nda_130_90). No fixture here — unverified.
 */
function decodeNda130v90(reader: ByteReader, warnings: Warnings): NewareRecords {
  const { bytes, view } = reader;
  const start = findBytes(bytes, [0x12, 0x50, 0, 7, 0x55, 0x81, 1, 6]);
  if (start < 0) noData(reader, "BTS 9.0 data section");
  warnings.push({
    code: "W_UNVERIFIED_LAYOUT",
    message: "nda 130 (BTS 9.0) layout is not verified against a reference export",
  });
  const total = Math.floor((bytes.length - start) / 88);
  let count = 0;
  for (let k = 0; k < total; k++) if (bytes[start + 88 * k + 4] === 85) count++;
  const r = allocateRecords(count);
  const step = new Float64Array(count);
  const stepType = new Float64Array(count);
  const unixTime = new Float64Array(count);
  const cc = new Float64Array(count);
  const dc = new Float64Array(count);
  const ce = new Float64Array(count);
  const de = new Float64Array(count);
  let i = 0;
  for (let k = 0; k < total; k++) {
    const o = start + 88 * k;
    if (bytes[o + 4] !== 85) continue;
    step[i] = bytes[o + 9] as number;
    stepType[i] = bytes[o + 10] as number;
    r.index[i] = view.getUint32(o + 16, true);
    r.stepTime[i] = uint64(view, o + 28) / 1e6;
    r.voltage[i] = view.getFloat32(o + 36, true);
    r.current[i] = view.getFloat32(o + 40, true);
    const capacity = view.getFloat32(o + 60, true) / 3600;
    const energy = view.getFloat32(o + 64, true) / 3600;
    cc[i] = Math.max(capacity, 0);
    dc[i] = Math.max(-capacity, 0);
    ce[i] = Math.max(energy, 0);
    de[i] = Math.max(-energy, 0);
    unixTime[i] = uint64(view, o + 68) / 1e6;
    i++;
  }
  Object.assign(r, {
    step,
    stepType,
    unixTime,
    stepCount: countChanges(step),
    chargeCapacity: cc,
    dischargeCapacity: dc,
    chargeEnergy: ce,
    dischargeEnergy: de,
  });
  return r;
}

const RECORD_KEYS = [
  "index",
  "voltage",
  "current",
  "stepTime",
  "totalTime",
  "chargeCapacity",
  "dischargeCapacity",
  "chargeEnergy",
  "dischargeEnergy",
  "cycle",
  "step",
  "stepType",
  "stepCount",
  "unixTime",
  "temperature",
] as const;

/** Sorts records by index and drops repeated indices (first kept), as fastnda does. */
function sortUnique(r: NewareRecords): NewareRecords {
  let ordered = true;
  for (let i = 1; i < r.length; i++) {
    if ((r.index[i] as number) <= (r.index[i - 1] as number)) {
      ordered = false;
      break;
    }
  }
  if (ordered) return r;
  const order = Array.from({ length: r.length }, (_, i) => i).sort(
    (a, b) => (r.index[a] as number) - (r.index[b] as number) || a - b,
  );
  const keep = order.filter(
    (row, k) => k === 0 || r.index[row] !== r.index[order[k - 1] as number],
  );
  const out: NewareRecords = { ...r, length: keep.length };
  for (const key of RECORD_KEYS) {
    const column = r[key];
    if (column !== undefined) out[key] = Float64Array.from(keep, (row) => column[row] as number);
  }
  return out;
}

function headerText(bytes: Uint8Array, from: number, length: number): string {
  let text = "";
  for (let i = from; i < Math.min(bytes.length, from + length); i++) {
    const c = bytes[i] as number;
    if (c === 0) break;
    if (c >= 32 && c < 127) text += String.fromCharCode(c);
  }
  return text.trim();
}

/** Unwraps a zipped `.nda` (`.nda.zip`): the single `.nda` entry, else the bytes themselves. */
function unwrapZip(bytes: Uint8Array, source: string | undefined): Uint8Array {
  if (!isZip(bytes)) return bytes;
  const entries = readZip(bytes, {
    ...(source === undefined ? {} : { source }),
    include: (name) => name.toLowerCase().endsWith(".nda"),
  });
  const first = entries.values().next();
  if (first.done) {
    throw new LmbError("E_FORMAT", "the ZIP archive holds no .nda file", {
      ...(source === undefined ? {} : { location: { source } }),
      fix: "unzip the archive and read the .nda file inside",
    });
  }
  return first.value;
}

/**
 * Decodes a legacy Neware `.nda` file (magic `NEWARE` at byte 0, version byte at 14): versions
 * 22/23 (BTS 7), 26/29 (BTS 7.6/8) and 130 (BTS 9.0 and 9.1), plain or zipped (`.nda.zip`).
 * Records are returned sorted by index without repeats.
 *
 * @throws LmbError `E_FORMAT` (no magic, no data section), `E_UNSUPPORTED_VERSION` (other
 * versions, e.g. 8), `E_TRUNCATED`.
 * @example
 * const { records, version } = decodeNda(bytes, "test.nda"); // version 29
 */
export function decodeNda(input: Uint8Array, source?: string): DecodedNda {
  const bytes = unwrapZip(input, source);
  const reader = new ByteReader(bytes, source);
  if (reader.length < 16 || reader.ascii(0, 6) !== "NEWARE") {
    reader.formatError(0, "this is not a Neware .nda file (no NEWARE signature at byte 0)");
  }
  const version = reader.u8(14);
  const warnings: Warnings = [];
  let records: NewareRecords;
  if (version === 22 || version === 23 || version === 26 || version === 29) {
    records = decodeNda29(reader, version, warnings);
  } else if (version === 130 && reader.u8(1024) === 85) {
    records = decodeNda130v91(reader);
  } else if (version === 130 && reader.u8(1024) === 18) {
    records = decodeNda130v90(reader, warnings);
  } else {
    throw new LmbError(
      "E_UNSUPPORTED_VERSION",
      `Neware .nda version ${version}${version === 130 ? ` (sub-version ${reader.u8(1024)})` : ""} is not supported (lmb reads ${NDA_VERSIONS.join(", ")})`,
      {
        location: { ...(source === undefined ? {} : { source }), offset: 14 },
        fix: "export the data from BTSDA as CSV, or convert it with fastnda",
      },
    );
  }
  const out: DecodedNda = { records: sortUnique(records), version, warnings };
  const server = findBytes(bytes, [0x42, 0x54, 0x53, 0x53, 0x65, 0x72, 0x76, 0x65, 0x72], 0, 8192);
  if (server >= 0) out.instrument = headerText(bytes, server, 50);
  if (version !== 130 && bytes.length >= 2417) {
    const mass = reader.u32(152);
    if (mass > 0) out.activeMass = mass * 1e-9;
    const remarks = headerText(bytes, 2317, 100);
    if (remarks !== "") out.remarks = remarks;
  }
  return out;
}

/**
 * Reads a Neware `.nda` (or `.nda.zip`) into a cycling dataset (see {@link decodeNda} and
 * `newareDataset` for columns).
 *
 * @example
 * const data = readNda(bytes, { fileName: "test.nda" });
 */
export function readNda(bytes: Uint8Array, options: ReadOptions = {}): CyclingData {
  const source = options.fileName;
  const decoded = decodeNda(bytes, source);
  const start = decoded.records.unixTime?.[0];
  const startTime = start === undefined ? undefined : localIso(start);
  const activeMass = options.activeMass ?? decoded.activeMass;
  return newareDataset(decoded.records, {
    metadata: {
      format: "neware-nda",
      formatVersion: `nda ${decoded.version}`,
      ...(decoded.instrument ? { instrument: decoded.instrument } : { instrument: "Neware BTS" }),
      ...(source === undefined ? {} : { sourceFile: source }),
      ...(startTime === undefined ? {} : { startTime }),
      ...(activeMass === undefined ? {} : { activeMass }),
      ...(options.area === undefined ? {} : { area: options.area }),
      ...(decoded.remarks === undefined ? {} : { comments: decoded.remarks }),
    },
    warnings: decoded.warnings,
  });
}
