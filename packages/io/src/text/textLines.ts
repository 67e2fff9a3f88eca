/**
 * Line helpers over a whole decoded file that avoid `text.split("\n")` (one string per line):
 * the table parser only needs the first lines (header search), the last lines (delimiter
 * sniffing) and the offsets of a few line starts. Lines are the pieces between `\n`; a final
 * `\n` does not start another line (as `split` followed by dropping a trailing empty piece).
 */

/**
 * The end of the last line: `text.length`, or one less when the text ends with `\n`.
 *
 * @example
 * textEnd("a\nb\n"); // 3
 */
export function textEnd(text: string): number {
  return text.length > 0 && text.charCodeAt(text.length - 1) === 10 ? text.length - 1 : text.length;
}

/**
 * The first `count` lines of `text` (fewer when the text has fewer), `\r` kept.
 *
 * @example
 * firstLines("a\nb\nc\n", 2); // ["a", "b"]
 */
export function firstLines(text: string, count: number): string[] {
  const end = textEnd(text);
  const lines: string[] = [];
  if (text.length === 0) return lines;
  for (let at = 0; lines.length < count && at <= end; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0 || nl > end) nl = end;
    lines.push(text.slice(at, nl));
    at = nl + 1;
  }
  return lines;
}

/**
 * The last `count` lines of `text` (fewer when the text has fewer), `\r` kept.
 *
 * @example
 * lastLines("a\nb\nc\n", 2); // ["b", "c"]
 */
export function lastLines(text: string, count: number): string[] {
  const lines: string[] = [];
  if (text.length === 0) return lines;
  let stop = textEnd(text);
  while (lines.length < count) {
    const start = stop === 0 ? 0 : text.lastIndexOf("\n", stop - 1) + 1;
    lines.push(text.slice(start, stop));
    if (start === 0) break;
    stop = start - 1;
  }
  return lines.reverse();
}

/**
 * The offset where 0-based line `index` starts, or -1 when the text has no such line.
 *
 * @example
 * lineStart("a\nbc\nd", 2); // 5
 */
export function lineStart(text: string, index: number): number {
  if (text.length === 0) return -1;
  const end = textEnd(text);
  let at = 0;
  for (let k = 0; k < index; k++) {
    const nl = text.indexOf("\n", at);
    if (nl < 0 || nl >= end) return -1;
    at = nl + 1;
  }
  return at;
}

/**
 * A copy of `piece` that does not keep the string it was cut from alive. V8 represents a
 * `slice` of 13 or more chars as a view of its parent, so a header or preamble line sliced from
 * a 60 MB file would keep the whole file's text in memory as long as a dataset's metadata holds
 * it. Concatenating forces a fresh string (the slice of the concatenation is then a view of
 * that small copy).
 *
 * @example
 * const header = detached(text.slice(0, text.indexOf("\n")));
 */
export function detached(piece: string): string {
  return piece.length < 13 ? piece : ` ${piece}`.slice(1);
}
