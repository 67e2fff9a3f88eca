import type { ByteReader } from "../binary/ByteReader.js";
import { ndcSlots } from "./ndcPages.js";

/** Decoded `data_step.ndc`: one row per executed step, in order (row k = step count k + 1). */
export interface NdcSteps {
  length: number;
  /** Cycle index (1-based). */
  cycle: Float64Array;
  /** Program step index (Step_ID). */
  step: Float64Array;
  /** Step-type code. */
  stepType: Float64Array;
}

/**
 * Decodes a `data_step.ndc` (file type 7): cycle u32 (0-based) @0, step index u32 @4, step type
 * u8 @24; records of 37 bytes (ndc 8, 9, 11–14) or 100 bytes (16, 17). Source: fastnda
 * `ndc_step.py`. Returns `undefined` for other versions.
 *
 * @example
 * decodeNdcSteps(new ByteReader(bytes, "data_step.ndc"), 14)?.stepType;
 */
export function decodeNdcSteps(reader: ByteReader, version: number): NdcSteps | undefined {
  let itemSize: number;
  if (version === 16 || version === 17) itemSize = 100;
  else if ([6, 8, 9, 11, 12, 13, 14].includes(version)) itemSize = 37;
  else return undefined;
  const { offsets } = ndcSlots(reader, { pageSize: 4096, dataStart: 132, itemSize, bitmask: true });
  const n = offsets.length;
  const view = reader.view;
  const out: NdcSteps = {
    length: n,
    cycle: new Float64Array(n),
    step: new Float64Array(n),
    stepType: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const o = offsets[i] as number;
    out.cycle[i] = view.getUint32(o, true) + 1;
    out.step[i] = view.getUint32(o + 4, true);
    out.stepType[i] = view.getUint8(o + 24);
  }
  return out;
}
