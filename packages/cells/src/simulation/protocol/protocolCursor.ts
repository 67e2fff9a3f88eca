import type { LmbError } from "@lmb/errors";
import { PROTOCOL_INVALID_ERROR, PROTOCOL_PARSE_ERROR, protocolError } from "./protocolError.js";
import type { ProtocolToken } from "./tokenizeProtocol.js";

/** Words that end a quantity: the grammar's keywords. */
const KEYWORDS = new Set([
  "for",
  "until",
  "or",
  "at",
  "each",
  "by",
  "to",
  "from",
  "times",
  "cut-off",
  "cutoff",
  // Step verbs: a missing separator ("Rest for 1 h Rest for 1 h") is reported as such.
  "plate",
  "strip",
  "charge",
  "discharge",
  "rest",
  "ramp",
  "reservoir",
  "hold",
]);

/** True for a word that starts a repeat: `x`, `×`, `*` alone or glued to a count (`x100`). */
export function isRepeatWord(word: string): boolean {
  return /^[x×*]$/i.test(word) || /^[x×*][0-9.+\-−]/i.test(word);
}

/** A run of consecutive words (a quantity as written), with its span in the text. */
export interface WordSpan {
  readonly words: readonly ProtocolToken[];
  /** 0-based offset of the first word (or where the words were expected, when empty). */
  readonly start: number;
  /** 0-based offset after the last word. */
  readonly end: number;
}

/**
 * A position in the token list of one protocol, with the look-ahead and error helpers the
 * parsers share. Errors point at a token (or at the end of the text when there is none).
 */
export class ProtocolCursor {
  /** Index of the next token. */
  pos = 0;

  constructor(
    /** The whole protocol text. */
    readonly text: string,
    /** Its tokens ({@link tokenizeProtocol}). */
    readonly tokens: readonly ProtocolToken[],
  ) {}

  /** The next token, without consuming it. */
  peek(ahead = 0): ProtocolToken | undefined {
    return this.tokens[this.pos + ahead];
  }

  /** The next token if it is the word `word` (case-insensitive), consumed; else undefined. */
  acceptWord(word: string): ProtocolToken | undefined {
    const t = this.peek();
    if (t?.kind === "word" && t.text.toLowerCase() === word) {
      this.pos++;
      return t;
    }
    return undefined;
  }

  /** The next token if it has punctuation kind `kind`, consumed; else undefined. */
  accept(kind: ProtocolToken["kind"]): ProtocolToken | undefined {
    const t = this.peek();
    if (t?.kind === kind) {
      this.pos++;
      return t;
    }
    return undefined;
  }

  /** Offset just after the last consumed token. */
  lastEnd(): number {
    return this.tokens[this.pos - 1]?.end ?? 0;
  }

  /**
   * Consumes the words up to the next keyword, repeat word, punctuation or line break: a
   * quantity as written ("0.5 mA cm-2", "1 h 30 min").
   */
  takeSpan(): WordSpan {
    const first = this.pos;
    while (this.pos < this.tokens.length) {
      const t = this.tokens[this.pos] as ProtocolToken;
      if (t.kind !== "word") break;
      const lower = t.text.toLowerCase();
      if (KEYWORDS.has(lower) || isRepeatWord(lower)) break;
      this.pos++;
    }
    const words = this.tokens.slice(first, this.pos);
    const after = this.peek();
    if (after?.kind === "," && /^\d/.test(this.tokens[this.pos + 1]?.text ?? "")) {
      const next = this.tokens[this.pos + 1] as ProtocolToken;
      if (after.start === words.at(-1)?.end && next.start === after.end)
        throw this.failAt(
          words[0]?.start ?? after.start,
          next.end,
          "a decimal comma: a comma separates steps",
          "write decimals with a point, e.g. '1.5 mA cm-2'",
        );
    }
    const start = words[0]?.start ?? this.peek()?.start ?? this.text.length;
    return { words, start, end: words.at(-1)?.end ?? start };
  }

  /** A parse error at token `t` (at the next token when omitted; at the end of the text when none). */
  fail(problem: string, fix: string, t: ProtocolToken | undefined = this.peek()): LmbError {
    return t === undefined
      ? protocolError(PROTOCOL_PARSE_ERROR, this.text, this.text.length, 0, problem, fix)
      : protocolError(PROTOCOL_PARSE_ERROR, this.text, t.start, t.end - t.start, problem, fix);
  }

  /** A parse error over a span of the text. */
  failAt(start: number, end: number, problem: string, fix: string): LmbError {
    return protocolError(PROTOCOL_PARSE_ERROR, this.text, start, end - start, problem, fix);
  }

  /** A physically meaningless value (zero current, `x 0`, …) over a span of the text. */
  invalidAt(start: number, end: number, problem: string, fix: string): LmbError {
    return protocolError(PROTOCOL_INVALID_ERROR, this.text, start, end - start, problem, fix);
  }

  /** Describes the next token for messages: `'word'`, `a new line`, `the end of the text`. */
  describeNext(): string {
    const t = this.peek();
    if (t === undefined) return "the end of the text";
    if (t.kind === "newline") return "a new line";
    return `'${t.text}'`;
  }
}
