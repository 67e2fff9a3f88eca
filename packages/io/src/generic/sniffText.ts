/**
 * The first `length` bytes of a file as text for sniffing: UTF-16 when a BOM says so, otherwise
 * Latin-1 (every byte is one character, so sniffing never throws on invalid UTF-8). The BOM is
 * removed.
 *
 * @example
 * headText(bytes).startsWith("EXPLAIN"); // a Gamry .DTA
 */
export function headText(bytes: Uint8Array, length = 8192): string {
  const head = bytes.subarray(0, Math.min(bytes.length, length));
  if (head[0] === 0xff && head[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff)
    return new TextDecoder("utf-16be").decode(head.subarray(2));
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return new TextDecoder("latin1").decode(head.subarray(start));
}

/**
 * True when the head of a file looks like text: no NUL bytes and few control characters
 * (binary instrument files fail this within the first kilobytes).
 *
 * @example
 * looksLikeText(new TextEncoder().encode("t,V\n0,3.1\n")); // true
 */
export function looksLikeText(bytes: Uint8Array, length = 4096): boolean {
  if (bytes.length === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return true;
  const n = Math.min(bytes.length, length);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  }
  return control <= n / 100;
}

/** The lines of a text head, without `\r`. */
export function headLines(text: string, count = 60): string[] {
  return text.split("\n", count).map((l) => l.replace(/\r+$/, ""));
}
