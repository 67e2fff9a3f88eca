import type { TextSource } from "./textSource.js";

/**
 * Line helpers over a whole file — a {@link TextSource}, so a large file is never decoded whole —
 * that avoid `text.split("\n")` (one string per line): the table parser only needs the first
 * lines (header search), the last lines (delimiter sniffing) and the offsets of a few line
 * starts. Lines are the pieces between `\n`; a final `\n` does not start another line (as
 * `split` followed by dropping a trailing empty piece). Offsets are the source's (bytes of a
 * file, UTF-16 units of a string).
 */

/** The lines of a string, as {@link firstLines} reads them. */
function linesOf(text: string, count: number): string[] {
  const end =
    text.length > 0 && text.charCodeAt(text.length - 1) === 10 ? text.length - 1 : text.length;
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
 * The first `count` lines (fewer when the text has fewer), `\r` kept; one decoded string for
 * all of them.
 *
 * @example
 * firstLines(textSource("a\nb\nc\n"), 2); // ["a", "b"]
 */
export function firstLines(source: TextSource, count: number): string[] {
  let at = 0;
  for (let k = 0; k < count && at < source.length; k++) {
    const nl = source.indexOfNewline(at);
    at = nl < 0 ? source.length : nl + 1;
  }
  return linesOf(source.slice(0, at), count);
}

/**
 * The last `count` lines (fewer when the text has fewer), `\r` kept; one decoded string for all
 * of them.
 *
 * @example
 * lastLines(textSource("a\nb\nc\n"), 2); // ["b", "c"]
 */
export function lastLines(source: TextSource, count: number): string[] {
  if (source.length === 0 || count <= 0) return [];
  let start = source.textEnd;
  for (let k = 0; k < count; k++) {
    start = source.lastIndexOfNewline(start) + 1;
    if (start === 0) break;
    if (k < count - 1) start--;
  }
  return linesOf(source.slice(start, source.length), count);
}

/**
 * The offset where 0-based line `index` starts, or -1 when the text has no such line.
 *
 * @example
 * lineStart(textSource("a\nbc\nd"), 2); // 5
 */
export function lineStart(source: TextSource, index: number): number {
  if (source.length === 0) return -1;
  const end = source.textEnd;
  let at = 0;
  for (let k = 0; k < index; k++) {
    const nl = source.indexOfNewline(at);
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
