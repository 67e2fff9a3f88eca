/**
 * A token of protocol text: a word (a run of characters other than white space and the
 * punctuation `, ; ( ) :`), one punctuation character, or a line break.
 */
export interface ProtocolToken {
  /** `word`, `newline`, or the punctuation character itself. */
  readonly kind: "word" | "newline" | "," | ";" | "(" | ")" | ":";
  /** The token's text (`"\n"` for a line break). */
  readonly text: string;
  /** 0-based offset of its first character in the protocol. */
  readonly start: number;
  /** 0-based offset just after its last character. */
  readonly end: number;
}

const PUNCTUATION = new Set([",", ";", "(", ")", ":"]);

/**
 * Splits protocol text into words, punctuation and line breaks (white space other than line
 * breaks separates words and is dropped). Linear in the length of the text.
 *
 * @param text - the protocol
 * @example
 * tokenizeProtocol("Rest for 10 min").map((t) => t.text); // ["Rest", "for", "10", "min"]
 */
export function tokenizeProtocol(text: string): ProtocolToken[] {
  const tokens: ProtocolToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "\n") {
      tokens.push({ kind: "newline", text: "\n", start: i, end: i + 1 });
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ kind: c as ProtocolToken["kind"], text: c, start: i, end: i + 1 });
      i++;
    } else {
      const start = i;
      while (
        i < text.length &&
        !/\s/.test(text[i] as string) &&
        !PUNCTUATION.has(text[i] as string)
      )
        i++;
      tokens.push({ kind: "word", text: text.slice(start, i), start, end: i });
    }
  }
  return tokens;
}
