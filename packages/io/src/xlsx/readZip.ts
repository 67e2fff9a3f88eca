import { LmbError } from "@lmb/errors";
import { inflateSync } from "fflate";
import { ByteReader } from "../binary/ByteReader.js";

/** Default cap on the total decompressed size of the entries {@link readZip} extracts: 1 GiB. */
export const DEFAULT_MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/** Options of {@link readZip}. */
export interface ReadZipOptions {
  /** File name for error locations. */
  source?: string;
  /** Which entries to extract (by full path inside the archive). @default every entry */
  include?: (name: string) => boolean;
  /**
   * Refuse archives whose selected entries declare more than this many decompressed bytes in
   * total (a ZIP bomb or a bit-flipped size field). @default {@link DEFAULT_MAX_UNZIPPED_BYTES}
   */
  maxBytes?: number;
}

/** True when `bytes` start with a ZIP local-file or empty-archive signature (`PK\3\4`, `PK\5\6`). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL = 0xffffffff;

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  at: number;
}

function findEndOfCentralDirectory(r: ByteReader): number {
  const last = r.length - 22;
  const first = Math.max(0, last - 65535);
  for (let e = last; e >= first; e--) {
    if (r.bytes[e] === 0x50 && r.u32(e) === EOCD) return e;
  }
  return r.formatError(
    Math.max(0, last),
    "no ZIP end-of-central-directory record found",
    "check that the file was copied completely and is a ZIP archive",
  );
}

/** Applies the ZIP64 extended-information extra field (id 1) to the 0xFFFFFFFF fields. */
function applyZip64(r: ByteReader, entry: CentralEntry, extra: number, extraLength: number): void {
  let p = extra;
  const end = extra + extraLength;
  while (p + 4 <= end) {
    const id = r.u16(p);
    const size = r.u16(p + 2);
    if (id === 1) {
      let q = p + 4;
      if (entry.size === FULL && q + 8 <= p + 4 + size) {
        entry.size = r.u64(q);
        q += 8;
      }
      if (entry.compressedSize === FULL && q + 8 <= p + 4 + size) {
        entry.compressedSize = r.u64(q);
        q += 8;
      }
      if (entry.localOffset === FULL && q + 8 <= p + 4 + size) entry.localOffset = r.u64(q);
      return;
    }
    p += 4 + size;
  }
}

function centralDirectory(r: ByteReader): CentralEntry[] {
  const e = findEndOfCentralDirectory(r);
  let count = r.u16(e + 10);
  let offset = r.u32(e + 16);
  if (e >= 20 && r.u32(e - 20) === ZIP64_LOCATOR) {
    const z = r.u64(e - 12);
    if (z + 56 <= r.length && r.u32(z) === ZIP64_EOCD) {
      count = r.u64(z + 32);
      offset = r.u64(z + 48);
    }
  }
  // Each central entry takes ≥ 46 bytes: a count beyond that is damage, not data.
  if (count > (r.length - offset) / 46) {
    r.formatError(e, `the ZIP directory announces ${count} entries, more than the file can hold`);
  }
  const decoder = new TextDecoder("utf-8");
  const entries: CentralEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(p) !== CENTRAL) r.formatError(p, "a ZIP central-directory entry is damaged");
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const commentLength = r.u16(p + 32);
    const entry: CentralEntry = {
      method: r.u16(p + 10),
      compressedSize: r.u32(p + 20),
      size: r.u32(p + 24),
      localOffset: r.u32(p + 42),
      name: decoder.decode(r.slice(p + 46, nameLength)),
      at: p,
    };
    applyZip64(r, entry, p + 46 + nameLength, extraLength);
    r.need(p + 46 + nameLength, extraLength + commentLength, "ZIP entry fields");
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Extracts entries of a ZIP archive (stored or deflated; ZIP64 size fields, which Neware writes
 * in `.ndax` even for small files, are honoured). The central directory is parsed here with
 * bounds-checked reads; inflation uses `fflate` (pure JavaScript, runs in browsers). Declared
 * decompressed sizes are checked against `maxBytes` **before** anything is allocated, and every
 * failure (bad signature, truncated stream, unsupported method, size mismatch) is an `LmbError`.
 *
 * Source: PKWARE APPNOTE.TXT 6.3.10, §4.3 (structure) and §4.5.3 (ZIP64 extra field).
 *
 * @returns Entry path → bytes, for the entries `include` accepted (directories skipped).
 * @throws LmbError `E_FORMAT` for a damaged archive or a declared size above the cap;
 * `E_TRUNCATED` when a structure runs past the end of the file.
 * @example
 * const entries = readZip(bytes, { source: "run.ndax", include: (n) => n.endsWith(".ndc") });
 * entries.get("data.ndc");
 */
export function readZip(bytes: Uint8Array, options: ReadZipOptions = {}): Map<string, Uint8Array> {
  const { source, include, maxBytes = DEFAULT_MAX_UNZIPPED_BYTES } = options;
  const r = new ByteReader(bytes, source);
  const selected = centralDirectory(r).filter(
    (entry) => !entry.name.endsWith("/") && (include === undefined || include(entry.name)),
  );
  let declared = 0;
  for (const entry of selected) {
    declared += entry.size;
    if (declared > maxBytes) {
      r.formatError(
        entry.at,
        `the archive's entries declare more than ${maxBytes} bytes when decompressed`,
        "check the file; it may be damaged or not an instrument archive",
      );
    }
  }
  const entries = new Map<string, Uint8Array>();
  for (const entry of selected) {
    const local = entry.localOffset;
    if (r.u32(local) !== LOCAL)
      r.formatError(local, `ZIP entry "${entry.name}" has no local header`);
    const start = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    const compressed = r.slice(start, entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size)
        r.formatError(entry.at, `stored ZIP entry "${entry.name}" has inconsistent sizes`);
      data = compressed.slice();
    } else if (entry.method === 8) {
      try {
        data = inflateSync(compressed, { out: new Uint8Array(entry.size) });
      } catch (error) {
        throw new LmbError("E_FORMAT", `ZIP entry "${entry.name}" cannot be decompressed`, {
          location: { ...(source === undefined ? {} : { source }), offset: start },
          fix: "check that the file was copied completely",
          cause: error,
        });
      }
      if (data.length !== entry.size) {
        r.formatError(
          start,
          `ZIP entry "${entry.name}" decompresses to ${data.length} bytes, not the ${entry.size} declared`,
        );
      }
    } else {
      throw new LmbError(
        "E_FORMAT",
        `ZIP entry "${entry.name}" uses compression method ${entry.method}; only stored and deflate are supported`,
        {
          location: { ...(source === undefined ? {} : { source }), offset: entry.at },
          fix: "re-zip the file with standard deflate compression",
        },
      );
    }
    entries.set(entry.name, data);
  }
  return entries;
}
