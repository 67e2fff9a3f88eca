import { LmbError } from "@lmb/errors";

/** Error code for protocol text that does not follow the grammar (a word where another was expected). */
export const PROTOCOL_PARSE_ERROR = "E_PROTOCOL_PARSE";
/** Error code for a protocol that reads but means nothing physical (zero current, `x 0`, too many steps). */
export const PROTOCOL_INVALID_ERROR = "E_PROTOCOL_INVALID";

/** A 1-based line and column of a 0-based character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The source line holding `offset`, and a caret line under `length` characters from it. */
function caretSnippet(text: string, offset: number, length: number): string {
  const start = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const lineText = text.slice(start, newline === -1 ? text.length : newline).replace(/\r$/, "");
  const column = offset - start;
  const width = Math.max(1, Math.min(length, lineText.length - column));
  return `  ${lineText}\n  ${" ".repeat(column)}${"^".repeat(width)}`;
}

/**
 * An {@link LmbError} pointing at a span of a protocol: the message names the word, its
 * 1-based line and column, repeats the line with a caret under the word, and says what was
 * expected; `details` carries `{ word, line, column, offset, expected }` for programs.
 *
 * @param code - {@link PROTOCOL_PARSE_ERROR} or {@link PROTOCOL_INVALID_ERROR}
 * @param text - the whole protocol text
 * @param offset - 0-based offset of the offending word (the end of the text for "nothing there")
 * @param length - length of the offending word (0 at the end of the text)
 * @param problem - what is wrong, e.g. `expected a current like '0.5 mA cm-2' after 'at'`
 * @param fix - what to write instead
 * @example
 * throw protocolError(PROTOCOL_PARSE_ERROR, text, 0, 4, "unknown step 'Hold'", "write Plate, Strip, …");
 */
export function protocolError(
  code: string,
  text: string,
  offset: number,
  length: number,
  problem: string,
  fix: string,
): LmbError {
  const { line, column } = lineAndColumn(text, offset);
  const word = length > 0 ? text.slice(offset, offset + length) : "";
  const at = word === "" ? "at the end of the text" : `at '${word}'`;
  const snippet = caretSnippet(text, offset, length);
  return new LmbError(code, `${problem} (${at}, line ${line}, column ${column})\n${snippet}`, {
    location: { source: "protocol", line, column },
    fix,
    details: { word, line, column, offset, expected: problem },
  });
}
