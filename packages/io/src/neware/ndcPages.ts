import type { ByteReader } from "../binary/ByteReader.js";

/**
 * How records sit in an `.ndc` stream. Versions ≥ 5 use 4096-byte pages after one header page;
 * each page has a validity bitmask at byte 4 (one bit per slot, LSB first) and records from
 * byte 132, with the page's last byte unused. Version 2 uses 512-byte pages, records from byte
 * 5, no bitmask (a zero record index marks an empty slot). Source: fastnda `ndc_utils.py`.
 */
export interface NdcPageLayout {
  /** Page size in bytes. */
  pageSize: number;
  /** Byte of the first record within a page. */
  dataStart: number;
  /** Size of one record. */
  itemSize: number;
  /** Whether a slot bitmask at byte 4 of every page says which slots hold data. */
  bitmask: boolean;
  /** For layouts without a bitmask: offset of a u32 inside the record that is 0 in empty slots. */
  emptyWhenZeroAt?: number;
}

/** Record positions of an ndc stream: byte offsets and 1-based slot numbers (data index). */
export interface NdcSlots {
  offsets: Uint32Array;
  slots: Uint32Array;
  /** Slots per page (for callers that need the global slot count). */
  slotsPerPage: number;
  /** Bytes after the last whole page (ignored; non-zero means a cut file). */
  trailingBytes: number;
}

/**
 * Finds every valid record of an ndc stream in two passes (count, then fill), allocating only
 * arrays sized by what the file holds. Everything read is inside whole pages, so no record can
 * run past the end of the bytes.
 *
 * @example
 * const { offsets } = ndcSlots(reader, { pageSize: 4096, dataStart: 132, itemSize: 8, bitmask: true });
 */
export function ndcSlots(reader: ByteReader, layout: NdcPageLayout): NdcSlots {
  const { bytes, view } = reader;
  const { pageSize, dataStart, itemSize, bitmask, emptyWhenZeroAt } = layout;
  const pages = Math.max(0, Math.floor(bytes.length / pageSize) - 1);
  const slotsPerPage = Math.floor((pageSize - dataStart - 1) / itemSize);
  const trailingBytes = bytes.length >= pageSize ? bytes.length % pageSize : bytes.length;
  const maskBytes = Math.ceil(slotsPerPage / 8);
  const valid = (page: number, slot: number): boolean => {
    if (bitmask) return (((bytes[page + 4 + (slot >> 3)] as number) >> (slot & 7)) & 1) === 1;
    return view.getUint32(page + dataStart + slot * itemSize + (emptyWhenZeroAt ?? 0), true) !== 0;
  };
  let count = 0;
  for (let p = 1; p <= pages; p++) {
    const page = p * pageSize;
    if (bitmask) {
      // Popcount of the page's mask bytes (bits past slotsPerPage are ignored).
      for (let m = 0; m < maskBytes; m++) {
        let byte = bytes[page + 4 + m] as number;
        if (m === maskBytes - 1 && slotsPerPage % 8 !== 0) byte &= (1 << (slotsPerPage % 8)) - 1;
        while (byte !== 0) {
          byte &= byte - 1;
          count++;
        }
      }
    } else for (let s = 0; s < slotsPerPage; s++) if (valid(page, s)) count++;
  }
  const offsets = new Uint32Array(count);
  const slots = new Uint32Array(count);
  let k = 0;
  for (let p = 1; p <= pages; p++) {
    const page = p * pageSize;
    const first = (p - 1) * slotsPerPage + 1;
    for (let s = 0; s < slotsPerPage; s++) {
      if (
        bitmask &&
        (s & 7) === 0 &&
        bytes[page + 4 + (s >> 3)] === 0xff &&
        s + 8 <= slotsPerPage
      ) {
        for (let t = s; t < s + 8; t++) {
          offsets[k] = page + dataStart + t * itemSize;
          slots[k] = first + t;
          k++;
        }
        s += 7;
        continue;
      }
      if (!valid(page, s)) continue;
      offsets[k] = page + dataStart + s * itemSize;
      slots[k] = first + s;
      k++;
    }
  }
  return { offsets, slots, slotsPerPage, trailingBytes };
}

/** Reads a little-endian signed 64-bit integer as a double (exact below 2⁵³). */
export function int64(view: DataView, offset: number): number {
  return view.getInt32(offset + 4, true) * 4294967296 + view.getUint32(offset, true);
}

/** Reads a little-endian unsigned 64-bit integer as a double (exact below 2⁵³). */
export function uint64(view: DataView, offset: number): number {
  return view.getUint32(offset + 4, true) * 4294967296 + view.getUint32(offset, true);
}
