import type { MprDtype } from "./mprColumnTable.js";

/**
 * Decodes one fixed-stride column of packed little-endian records straight into a
 * `Float64Array`: value `i` is at byte `start + i·stride + offset`. One tight `DataView` loop per
 * storage type, no per-record objects (the hot path of the `.mpr` reader). The caller guarantees
 * that `start + points·stride ≤ view.byteLength`.
 *
 * @example
 * const ewe = decodeMprColumn(view, 0x196, 46102, 53, 31, "f32");
 */
export function decodeMprColumn(
  view: DataView,
  start: number,
  points: number,
  stride: number,
  offset: number,
  dtype: MprDtype,
): Float64Array {
  const out = new Float64Array(points);
  let at = start + offset;
  switch (dtype) {
    case "f64":
      for (let i = 0; i < points; i++, at += stride) out[i] = view.getFloat64(at, true);
      break;
    case "f32":
      for (let i = 0; i < points; i++, at += stride) out[i] = view.getFloat32(at, true);
      break;
    case "u32":
      for (let i = 0; i < points; i++, at += stride) out[i] = view.getUint32(at, true);
      break;
    case "u16":
      for (let i = 0; i < points; i++, at += stride) out[i] = view.getUint16(at, true);
      break;
    case "u8":
      for (let i = 0; i < points; i++, at += stride) out[i] = view.getUint8(at);
      break;
  }
  return out;
}

/**
 * Decodes one flag of the packed flag byte (`mask` 0x03 for `mode`, 0x04 for `ox/red`, …) as
 * numbers: `mode` as 0–3, one-bit flags as 0/1.
 *
 * @example
 * const mode = decodeMprFlag(bytes, start, points, stride, 0, 0x03);
 */
export function decodeMprFlag(
  bytes: Uint8Array,
  start: number,
  points: number,
  stride: number,
  offset: number,
  mask: number,
): Float64Array {
  const out = new Float64Array(points);
  const shift = Math.clz32(1) - Math.clz32(mask & -mask);
  let at = start + offset;
  for (let i = 0; i < points; i++, at += stride) out[i] = ((bytes[at] as number) & mask) >>> shift;
  return out;
}
