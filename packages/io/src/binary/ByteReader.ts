import { LmbError } from "@lmb/errors";

/**
 * Bounds-checked little-endian (by default) reads over a byte array for binary formats. Every
 * read past the end throws `E_TRUNCATED` with the byte offset, so a cut file never produces a
 * TypeError or a garbage value.
 *
 * @example
 * const r = new ByteReader(bytes, "run.mpr");
 * const magic = r.ascii(0, 16);
 * const n = r.u32(0x100);
 */
export class ByteReader {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly source: string | undefined;

  constructor(bytes: Uint8Array, source?: string) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.source = source;
  }

  get length(): number {
    return this.bytes.length;
  }

  /** Throws `E_TRUNCATED` unless `count` bytes exist at `offset`. */
  need(offset: number, count: number, what = "data"): void {
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      count < 0 ||
      offset + count > this.bytes.length
    ) {
      throw new LmbError(
        "E_TRUNCATED",
        `the file ends before the ${what} it announces (${count} bytes at byte ${offset}, file has ${this.bytes.length})`,
        {
          location: {
            ...(this.source === undefined ? {} : { source: this.source }),
            offset: Math.max(0, Math.min(offset, this.bytes.length)),
          },
          fix: "check that the file was copied completely",
        },
      );
    }
  }

  u8(offset: number): number {
    this.need(offset, 1);
    return this.bytes[offset] as number;
  }
  u16(offset: number, littleEndian = true): number {
    this.need(offset, 2);
    return this.view.getUint16(offset, littleEndian);
  }
  i16(offset: number, littleEndian = true): number {
    this.need(offset, 2);
    return this.view.getInt16(offset, littleEndian);
  }
  u32(offset: number, littleEndian = true): number {
    this.need(offset, 4);
    return this.view.getUint32(offset, littleEndian);
  }
  i32(offset: number, littleEndian = true): number {
    this.need(offset, 4);
    return this.view.getInt32(offset, littleEndian);
  }
  /** Unsigned 64-bit as a double (exact below 2⁵³). */
  u64(offset: number, littleEndian = true): number {
    this.need(offset, 8);
    return Number(this.view.getBigUint64(offset, littleEndian));
  }
  f32(offset: number, littleEndian = true): number {
    this.need(offset, 4);
    return this.view.getFloat32(offset, littleEndian);
  }
  f64(offset: number, littleEndian = true): number {
    this.need(offset, 8);
    return this.view.getFloat64(offset, littleEndian);
  }
  /** `count` bytes as Latin-1 text (each byte one char), for magic strings and fixed fields. */
  ascii(offset: number, count: number): string {
    this.need(offset, count);
    let text = "";
    for (let i = 0; i < count; i++) text += String.fromCharCode(this.bytes[offset + i] as number);
    return text;
  }
  /** A view (no copy) of `count` bytes at `offset`. */
  slice(offset: number, count: number): Uint8Array {
    this.need(offset, count);
    return this.bytes.subarray(offset, offset + count);
  }
  /** Throws `E_FORMAT` at `offset` with a problem and fix, for structural errors. */
  formatError(
    offset: number,
    problem: string,
    fix = "check that this is a file of the format named",
  ): never {
    throw new LmbError("E_FORMAT", problem, {
      location: { ...(this.source === undefined ? {} : { source: this.source }), offset },
      fix,
    });
  }
}
