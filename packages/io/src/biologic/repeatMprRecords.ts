import { ByteReader } from "../binary/ByteReader.js";
import { readMprDataLayout } from "./mprDataLayout.js";
import { listMprModules } from "./mprModules.js";

/**
 * Builds a synthetic `.mpr` with `points` records by repeating the data records of a real file
 * (for benchmarks and tests): the data module's point count and length are rewritten, every
 * other module is copied unchanged, and each repetition's `time/s` is shifted by the span of the
 * original so time stays non-decreasing.
 *
 * @example
 * const big = repeatMprRecords(fixtureBytes, 1_000_000);
 */
export function repeatMprRecords(bytes: Uint8Array, points: number): Uint8Array {
  const reader = new ByteReader(bytes);
  const modules = listMprModules(reader);
  const data = modules.find((m) => m.shortName === "VMP data");
  if (data === undefined) throw new Error("no data module to repeat");
  const layout = readMprDataLayout(reader, data);
  if (layout.points === 0) throw new Error("the data module has no records to repeat");
  const { recordSize, dataStart } = layout;
  const headerBytes = dataStart - data.bodyOffset;
  const newLength = headerBytes + points * recordSize;
  const dataEnd = data.bodyOffset + data.length;
  const out = new Uint8Array(bytes.length - data.length + newLength);
  out.set(bytes.subarray(0, dataStart), 0);
  const view = new DataView(out.buffer);
  view.setUint32(data.offset + (data.newLayout ? 45 : 41), newLength, true);
  view.setUint32(data.bodyOffset, points, true);
  const records = bytes.subarray(dataStart, dataEnd);
  const time = layout.values.find((v) => v.header === "time/s");
  const source = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const span =
    time === undefined
      ? 0
      : source.getFloat64(dataStart + (layout.points - 1) * recordSize + time.offset, true) -
        source.getFloat64(dataStart + time.offset, true) +
        1;
  for (let done = 0, block = 0; done < points; block++) {
    const count = Math.min(layout.points, points - done);
    const at = dataStart + done * recordSize;
    out.set(records.subarray(0, count * recordSize), at);
    if (time !== undefined && block > 0) {
      for (let i = 0; i < count; i++) {
        const p = at + i * recordSize + time.offset;
        view.setFloat64(p, view.getFloat64(p, true) + block * span, true);
      }
    }
    done += count;
  }
  out.set(bytes.subarray(dataEnd), dataStart + points * recordSize);
  return out;
}
