import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText.js";
import { firstLines, lastLines, lineStart } from "./textLines.js";
import { cellsFitText, firstNonAscii, isUtf8, textSource } from "./textSource.js";

const fatal = new TextDecoder("utf-8", { fatal: true });
function decodesAsUtf8(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes that are mostly text: UTF-8 of random strings, with stray bytes and BOMs mixed in. */
const textBytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => new TextEncoder().encode(s)),
      fc
        .constantFrom("\n", "\r\n", "µ;°C\n", "1,5\t2\n", "\uFEFF", "\u00A0\n")
        .map((s) => new TextEncoder().encode(s)),
      fc.uint8Array({ minLength: 1, maxLength: 4 }),
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xb5], [0x0a], [0xe2, 0x82]),
    ),
    { maxLength: 20 },
  )
  .map((parts) => {
    const bytes = parts.flatMap((p) => Array.from(p));
    return Uint8Array.from(bytes);
  });

/** The same bytes at every alignment of the underlying buffer (the word scans start unaligned). */
function shifted(bytes: Uint8Array, shift: number): Uint8Array {
  const buffer = new Uint8Array(bytes.length + shift);
  buffer.set(bytes, shift);
  return buffer.subarray(shift);
}

describe("byte scans", () => {
  it("isUtf8 agrees with a fatal TextDecoder, at any alignment and start (property)", () => {
    fc.assert(
      fc.property(textBytes, fc.nat(3), (bytes, shift) => {
        const b = shifted(bytes, shift);
        expect(isUtf8(b)).toBe(decodesAsUtf8(bytes));
      }),
      { numRuns: 800 },
    );
    // each rule of the UTF-8 grammar
    const cases: [number[], boolean][] = [
      [[0xc2, 0x80], true],
      [[0xc1, 0xbf], false], // overlong
      [[0xe0, 0xa0, 0x80], true],
      [[0xe0, 0x9f, 0xbf], false], // overlong
      [[0xed, 0x9f, 0xbf], true],
      [[0xed, 0xa0, 0x80], false], // surrogate
      [[0xf0, 0x90, 0x80, 0x80], true],
      [[0xf0, 0x8f, 0xbf, 0xbf], false], // overlong
      [[0xf4, 0x8f, 0xbf, 0xbf], true],
      [[0xf4, 0x90, 0x80, 0x80], false], // above U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], false],
      [[0x41, 0xe2, 0x82], false], // truncated
      [[0x80], false],
    ];
    for (const [bytes, valid] of cases) {
      expect(isUtf8(Uint8Array.from(bytes))).toBe(valid);
      expect(decodesAsUtf8(Uint8Array.from(bytes))).toBe(valid);
    }
  });

  it("firstNonAscii finds the first byte ≥ 0x80 from any offset, at any alignment (property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }).map((b) => b.map((x) => (x % 7 === 0 ? x : x & 0x7f))),
        fc.nat(3),
        fc.nat(210),
        (bytes, shift, from) => {
          const b = shifted(bytes, shift);
          const expected = b.findIndex((x, i) => i >= from && x >= 0x80);
          expect(firstNonAscii(b, from)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("textSource", () => {
  it("decides the encoding as decodeText does, and its pieces make up the same text (property)", () => {
    fc.assert(
      fc.property(textBytes, fc.nat(3), fc.integer({ min: 1, max: 24 }), (bytes, shift, size) => {
        const b = shifted(bytes, shift);
        const whole = decodeText(bytes);
        const source = textSource(b, { chunkSize: size });
        expect(source.encoding).toBe(whole.encoding);
        expect(source.slice(0, source.length)).toBe(whole.text);
        expect(source.textLength(0, source.length)).toBe(whole.text.length);
        const pieces = [...source.chunks(0, source.length)];
        expect(pieces.map((c) => c.text.slice(c.start, c.end)).join("")).toBe(whole.text);
        // every piece but the last ends a line
        for (const c of pieces.slice(0, -1)) expect(c.text.charCodeAt(c.end - 1)).toBe(10);
        const lines = whole.text.split("\n");
        expect(source.countNewlines(0, source.length)).toBe(lines.length - 1);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads first lines, last lines and line starts as on the decoded string (property)", () => {
    fc.assert(
      fc.property(textBytes, fc.nat(6), (bytes, count) => {
        const text = decodeText(bytes).text;
        const source = textSource(bytes);
        const string = textSource(text);
        expect(firstLines(source, count)).toEqual(firstLines(string, count));
        expect(lastLines(source, count)).toEqual(lastLines(string, count));
        const start = lineStart(source, count);
        expect(start < 0 ? -1 : source.slice(0, start)).toBe(
          lineStart(string, count) < 0 ? -1 : text.slice(0, lineStart(string, count)),
        );
      }),
      { numRuns: 800 },
    );
    const source = textSource(new TextEncoder().encode("a\nb\nc\n"));
    expect(firstLines(source, 2)).toEqual(["a", "b"]);
    expect(lastLines(source, 2)).toEqual(["b", "c"]);
    expect(lineStart(source, 2)).toBe(4);
    expect(lineStart(source, 3)).toBe(-1);
    expect(source.lastIndexOfNewline(0)).toBe(-1);
  });

  it("cuts pieces after a newline: a longer line makes a longer piece", () => {
    const source = textSource(new TextEncoder().encode("ab\ncdefgh\ni\r\njk\r\nl"), {
      chunkSize: 4,
    });
    expect([...source.chunks(0, source.length)].map((c) => c.text)).toEqual([
      "ab\n",
      "cdefgh\n",
      "i\r\n",
      "jk\r\n",
      "l",
    ]);
  });

  it("decodes a Windows-1252 piece that starts with 0xFF 0xFE (not a BOM there) in full", () => {
    const bytes = Uint8Array.from([0x74, 0xb5, 0x0a, 0xff, 0xfe, 0x41, 0x0a, 0xfe, 0xff, 0x0a]);
    const source = textSource(bytes, { chunkSize: 1 });
    expect(source.encoding).toBe("windows-1252");
    expect([...source.chunks(0, source.length)].map((c) => c.text)).toEqual([
      "tµ\n",
      "ÿþA\n",
      "þÿ\n",
    ]);
  });

  it("removes a BOM (and a second one, as decodeText does) but keeps U+FEFF starting a later line", () => {
    const bom = [0xef, 0xbb, 0xbf];
    const body = [...new TextEncoder().encode("t\n"), ...bom, ...new TextEncoder().encode("x\n")];
    for (const bytes of [[...bom, ...body], [...bom, ...bom, ...body], body]) {
      const b = Uint8Array.from(bytes);
      const source = textSource(b, { chunkSize: 1 });
      const pieces = [...source.chunks(0, source.length)].map((c) => c.text).join("");
      expect(pieces).toBe(decodeText(b).text);
      expect(pieces).toBe("t\n\uFEFFx\n");
    }
  });

  it("bounds table cells by the text's UTF-16 length, measuring UTF-8 only when it must", () => {
    const ascii = textSource(new TextEncoder().encode("1,2\n".repeat(100)));
    expect(cellsFitText(ascii, 0, ascii.length, 2 * 400 + 1024)).toBe(true);
    expect(cellsFitText(ascii, 0, ascii.length, 2 * 400 + 1025)).toBe(false);
    // "€" is three bytes and one character
    const euro = textSource(new TextEncoder().encode("€\n".repeat(300)));
    expect(euro.textLength(0, euro.length)).toBe(600);
    expect(cellsFitText(euro, 0, euro.length, 2 * 600 + 1024)).toBe(true);
    expect(cellsFitText(euro, 0, euro.length, 2 * 600 + 1025)).toBe(false);
  });
});
