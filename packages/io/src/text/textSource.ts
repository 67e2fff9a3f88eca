import { type DecodedText, decodeText } from "./decodeText.js";

/**
 * A text file the table parsers read piece by piece, so that a large file's whole text never
 * exists as one string: offsets are bytes of the file (after its BOM) for UTF-8 and
 * Windows-1252, where a `\n` byte is always a line break, or UTF-16 code units of a decoded
 * string. Only whole lines are decoded — a line break is a character boundary in every
 * encoding read here — so a piece decodes to exactly the characters the whole text holds there.
 */
export interface TextSource {
  /** How the bytes are decoded (as {@link decodeText} would). */
  readonly encoding: DecodedText["encoding"];
  /** Offset just past the text. */
  readonly length: number;
  /** The end of the last line: `length`, or one less when the text ends with `\n`. */
  readonly textEnd: number;
  /** Offset of the first `\n` at or after `from`, or -1. */
  indexOfNewline(from: number): number;
  /** Offset of the last `\n` before `before`, or -1. */
  lastIndexOfNewline(before: number): number;
  /** Number of `\n` in `[from, to)`. */
  countNewlines(from: number, to: number): number;
  /** The text of `[from, to)`; both at a line start, a `\n`, or an end of the text. */
  slice(from: number, to: number): string;
  /** The UTF-16 length of {@link slice}`(from, to)` (without decoding, when it can). */
  textLength(from: number, to: number): number;
  /**
   * The text of `[from, to)` in pieces of about `chunkSize` offsets, each ending just after a
   * `\n` (a longer line makes a longer piece) except the last, which ends at `to`: parse
   * `chunk.text[chunk.start, chunk.end)`, then let it go. A string source hands out ranges of
   * its one string, without copying.
   */
  chunks(from: number, to: number): Iterable<TextChunk>;
}

/** One piece of a {@link TextSource}: whole lines `text[start, end)`. */
export interface TextChunk {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Bytes decoded per piece. Small enough that a piece's string (at most 64 KiB: two bytes per
 * character when one is beyond Latin-1) lives and dies in V8's young generation — a string
 * above 128 KiB goes to the large-object space, where dead pieces pile up until a full
 * collection — and large enough that the calls cost nothing (4 000 for a 126 MB file).
 */
export const DEFAULT_CHUNK_BYTES = 1 << 15;

/** Options of {@link textSource}. */
export interface TextSourceOptions {
  /** Offsets per piece of {@link TextSource.chunks}. @default 32 KiB (bytes), unlimited (a string) */
  chunkSize?: number;
}

/** Counts byte `value` in `bytes[from, to)`, four bytes at a time. */
function countByte(bytes: Uint8Array, value: number, from: number, to: number): number {
  let count = 0;
  let i = from;
  // single bytes up to a 4-byte boundary of the underlying buffer, then whole words
  while (i < to && ((bytes.byteOffset + i) & 3) !== 0) if (bytes[i++] === value) count++;
  const wordsEnd = i + ((to - i) & ~3);
  if (wordsEnd > i) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (wordsEnd - i) >> 2);
    const pattern = value * 0x01010101;
    for (let k = 0; k < words.length; k++) {
      // SWAR: the high bit of each byte of `hit` is set exactly where the word's byte is `value`
      const x = (words[k] as number) ^ pattern;
      const hit = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
      if (hit !== 0) count += (Math.imul(hit >>> 7, 0x01010101) >>> 24) & 0xff;
    }
    i = wordsEnd;
  }
  for (; i < to; i++) if (bytes[i] === value) count++;
  return count;
}

/**
 * A finder of the next byte ≥ 0x80 in `bytes` (its offset at or after `from`, or -1) that reads
 * four bytes at a time: one word view for every call.
 */
function nonAsciiFinder(bytes: Uint8Array): (from: number) => number {
  const n = bytes.length;
  // bytes before the first 4-byte boundary of the underlying buffer, then whole words
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  const count = (n - head) >> 2;
  const words =
    count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + head, count) : new Int32Array(0);
  const wordsEnd = head + words.length * 4;
  const high = (b: number) => (bytes[b] as number) >= 0x80;
  return (from) => {
    let i = from;
    for (; i < head; i++) if (high(i)) return i;
    if (i < wordsEnd) {
      // the bytes up to the next whole word, then eight words at a time, then one at a time
      let k = (i - head + 3) >> 2;
      for (; i < head + k * 4; i++) if (high(i)) return i;
      for (const last = words.length - 7; k < last; k += 8) {
        const any =
          (words[k] as number) |
          (words[k + 1] as number) |
          (words[k + 2] as number) |
          (words[k + 3] as number) |
          (words[k + 4] as number) |
          (words[k + 5] as number) |
          (words[k + 6] as number) |
          (words[k + 7] as number);
        if ((any & 0x80808080) !== 0) break;
      }
      for (; k < words.length; k++) {
        if (((words[k] as number) & 0x80808080) !== 0)
          for (let b = head + k * 4; ; b++) if (high(b)) return b;
      }
      i = wordsEnd;
    }
    for (; i < n; i++) if (high(i)) return i;
    return -1;
  };
}

/**
 * Offset of the first byte ≥ 0x80 at or after `from`, or -1 (the rest is ASCII).
 *
 * @example
 * firstNonAscii(new TextEncoder().encode("t/°C")); // 2
 */
export function firstNonAscii(bytes: Uint8Array, from = 0): number {
  return nonAsciiFinder(bytes)(from);
}

/**
 * True when `bytes[from…]` are well-formed UTF-8 (what a fatal `TextDecoder("utf-8")` accepts:
 * no overlong forms, surrogates or code points above U+10FFFF, no truncated sequence), without
 * decoding them. ASCII runs are skipped four bytes at a time.
 *
 * @example
 * isUtf8(new Uint8Array([0xc2, 0xb5])); // true ("µ")
 * isUtf8(new Uint8Array([0xb5])); // false (Windows-1252 "µ")
 */
export function isUtf8(bytes: Uint8Array, from = 0): boolean {
  const n = bytes.length;
  const next = nonAsciiFinder(bytes);
  for (let i = next(from); i >= 0; i = next(i)) {
    const b = bytes[i] as number;
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return false;
    if (i + need >= n) return false;
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return false;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/** A string as a {@link TextSource} (offsets are its UTF-16 code units). */
class StringSource implements TextSource {
  readonly length: number;
  readonly textEnd: number;

  constructor(
    readonly text: string,
    readonly encoding: DecodedText["encoding"],
    private readonly chunkSize: number,
  ) {
    this.length = text.length;
    this.textEnd =
      text.length > 0 && text.charCodeAt(text.length - 1) === 10 ? text.length - 1 : text.length;
  }

  indexOfNewline(from: number): number {
    return this.text.indexOf("\n", from);
  }

  lastIndexOfNewline(before: number): number {
    return before <= 0 ? -1 : this.text.lastIndexOf("\n", before - 1);
  }

  countNewlines(from: number, to: number): number {
    let count = 0;
    for (
      let nl = this.text.indexOf("\n", from);
      nl >= 0 && nl < to;
      nl = this.text.indexOf("\n", nl + 1)
    )
      count++;
    return count;
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }

  textLength(from: number, to: number): number {
    return to - from;
  }

  *chunks(from: number, to: number): Iterable<TextChunk> {
    for (let at = from; at < to; ) {
      const cut = cutAfterNewline(this, at, to, this.chunkSize);
      yield { text: this.text, start: at, end: cut };
      at = cut;
    }
  }
}

/** UTF-8 or Windows-1252 bytes as a {@link TextSource} (offsets are bytes after the BOM). */
class ByteSource implements TextSource {
  readonly length: number;
  readonly textEnd: number;
  private readonly decoder: InstanceType<typeof TextDecoder>;

  constructor(
    readonly bytes: Uint8Array,
    readonly encoding: "utf-8" | "windows-1252",
    /** One character per byte: ASCII, or Windows-1252. */
    private readonly singleByte: boolean,
    private readonly chunkSize: number,
  ) {
    this.length = bytes.length;
    this.textEnd =
      bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length;
    // UTF-8 with ignoreBOM: a U+FEFF that starts a later line is text, as in the whole file's
    // decoding. (Not for Windows-1252, which has no BOM: there Node's decoder would drop the
    // 0xFF of a piece starting with 0xFF 0xFE.)
    this.decoder =
      encoding === "utf-8"
        ? new TextDecoder(encoding, { ignoreBOM: true })
        : new TextDecoder(encoding);
  }

  indexOfNewline(from: number): number {
    return this.bytes.indexOf(10, from);
  }

  lastIndexOfNewline(before: number): number {
    // (a negative fromIndex would count from the end)
    return before <= 0 ? -1 : this.bytes.lastIndexOf(10, before - 1);
  }

  countNewlines(from: number, to: number): number {
    return countByte(this.bytes, 10, from, Math.min(to, this.bytes.length));
  }

  slice(from: number, to: number): string {
    return to <= from ? "" : this.decoder.decode(this.bytes.subarray(from, to));
  }

  textLength(from: number, to: number): number {
    if (this.singleByte || to <= from) return Math.max(0, to - from);
    let length = 0;
    for (const chunk of this.chunks(from, to)) length += chunk.end - chunk.start;
    return length;
  }

  *chunks(from: number, to: number): Iterable<TextChunk> {
    for (let at = from; at < to; ) {
      const cut = cutAfterNewline(this, at, to, this.chunkSize);
      const text = this.slice(at, cut);
      yield { text, start: 0, end: text.length };
      at = cut;
    }
  }
}

/** Where a piece starting at `at` ends: after the last `\n` within `size`, or the next one, or `to`. */
function cutAfterNewline(source: TextSource, at: number, to: number, size: number): number {
  if (to - at <= size) return to;
  const last = source.lastIndexOfNewline(at + size);
  if (last >= at) return last + 1;
  const next = source.indexOfNewline(at + size);
  return next < 0 || next >= to ? to : next + 1;
}

/**
 * The text of a file as a {@link TextSource}, deciding the encoding as {@link decodeText} does —
 * a BOM, else strict UTF-8, else Windows-1252 — but by checking the bytes (a word-at-a-time
 * scan for a non-ASCII byte, then a UTF-8 check from there) instead of decoding them. UTF-8 and
 * Windows-1252 files stay bytes, decoded piece by piece; a UTF-16 file (rare, and its `\n` is two
 * bytes) is decoded whole. A string is its own source.
 *
 * @example
 * const source = textSource(bytes);
 * for (const { text, start, end } of source.chunks(0, source.length)) parse(text, start, end);
 */
export function textSource(
  input: Uint8Array | string,
  options: TextSourceOptions = {},
): TextSource {
  const size = Math.max(1, options.chunkSize ?? Number.POSITIVE_INFINITY);
  if (typeof input === "string") return new StringSource(input, "utf-8", size);
  const bytes = input;
  const byteSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_BYTES);
  const bom = (at: number) =>
    bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  if (bom(0)) {
    // decodeText hands the rest to a TextDecoder that removes one more BOM
    const start = bom(3) ? 6 : 3;
    return new ByteSource(
      bytes.subarray(start),
      "utf-8",
      firstNonAscii(bytes, start) < 0,
      byteSize,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const { text, encoding } = decodeText(bytes);
    return new StringSource(text, encoding, size);
  }
  const nonAscii = firstNonAscii(bytes);
  if (nonAscii < 0) return new ByteSource(bytes, "utf-8", true, byteSize);
  return isUtf8(bytes, nonAscii)
    ? new ByteSource(bytes, "utf-8", false, byteSize)
    : new ByteSource(bytes, "windows-1252", true, byteSize);
}

/**
 * True when `cells` table cells fit the text of `[from, to)`: at most two per character plus
 * 1024 (a full row of `width` cells needs `width − 1` delimiters), the bound the table parsers
 * put on what they allocate. A UTF-8 source is measured only when its byte count cannot decide
 * (a character is one to three bytes per UTF-16 unit).
 */
export function cellsFitText(source: TextSource, from: number, to: number, cells: number): boolean {
  const units = Math.max(0, to - from);
  if (cells <= (2 * units) / 3 + 1024) return true;
  if (cells > 2 * units + 1024) return false;
  return cells <= 2 * source.textLength(from, to) + 1024;
}
