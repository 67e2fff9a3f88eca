import type { ByteReader } from "../binary/ByteReader.js";
import { ndcSlots } from "./ndcPages.js";

/** One decoded aux channel: values keyed by data index. */
export interface NdcAux {
  /** Data index each value belongs to. */
  index: Uint32Array;
  /** Temperature, °C, when the record layout names it. */
  temperature?: Float64Array;
  /** Aux voltage, V, when the record layout names it. */
  voltage?: Float64Array;
  /** A float32 value whose meaning comes from TestInfo.xml's `ChlType` (103 = temperature °C). */
  value?: Float64Array;
}

function sequence(n: number): Uint32Array {
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i + 1;
  return index;
}

/**
 * Decodes a `data_AUX_*.ndc` (file type 5). Layouts (fastnda `ndc_aux.py`): ndc 2/5 records with
 * an index u32 and voltage i32 (0.1 mV) and temperature i16 (0.1 °C); ndc 8/12/14/17 one float32
 * per data point (meaning from `ChlType`); ndc 11/16 with record marker 0x65: mask byte, voltage
 * float32 (0.1 mV), temperature i16 (0.1 °C). Returns `undefined` for other layouts.
 *
 * @example
 * decodeNdcAux(new ByteReader(bytes, "data_AUX_225_3_1.ndc"), 17)?.value;
 */
export function decodeNdcAux(reader: ByteReader, version: number): NdcAux | undefined {
  const view = reader.view;
  if (version === 2 || version === 5) {
    const b = version === 5 ? 1 : 8;
    const layout =
      version === 5
        ? { pageSize: 4096, dataStart: 132, itemSize: 87, bitmask: true }
        : { pageSize: 512, dataStart: 5, itemSize: 94, bitmask: false, emptyWhenZeroAt: 8 };
    const { offsets } = ndcSlots(reader, layout);
    const n = offsets.length;
    const index = new Uint32Array(n);
    const voltage = new Float64Array(n);
    const temperature = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const o = (offsets[i] as number) + b;
      index[i] = view.getUint32(o, true);
      voltage[i] = view.getInt32(o + 23, true) / 10000;
      temperature[i] = view.getInt16(o + 33, true) / 10;
    }
    return { index, voltage, temperature };
  }
  if ([8, 12, 14, 17].includes(version)) {
    const { offsets } = ndcSlots(reader, {
      pageSize: 4096,
      dataStart: 132,
      itemSize: 4,
      bitmask: true,
    });
    const n = offsets.length;
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) value[i] = view.getFloat32(offsets[i] as number, true);
    return { index: sequence(n), value };
  }
  if (
    (version === 11 || version === 16) &&
    reader.length > 4096 + 132 &&
    reader.bytes[4096 + 132] === 0x65
  ) {
    const { offsets } = ndcSlots(reader, {
      pageSize: 4096,
      dataStart: 132,
      itemSize: 7,
      bitmask: true,
    });
    const n = offsets.length;
    const voltage = new Float64Array(n);
    const temperature = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const o = offsets[i] as number;
      voltage[i] = view.getFloat32(o + 1, true) / 10000;
      temperature[i] = view.getInt16(o + 5, true) / 10;
    }
    return { index: sequence(n), voltage, temperature };
  }
  return undefined;
}
