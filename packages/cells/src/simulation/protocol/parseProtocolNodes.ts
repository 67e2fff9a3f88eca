import { parseProtocolStep } from "./parseProtocolStep.js";
import { parseRepeatCount } from "./parseRepeatCount.js";
import type { ProtocolNode } from "./protocolAst.js";
import { ProtocolCursor } from "./protocolCursor.js";
import { tokenizeProtocol } from "./tokenizeProtocol.js";

/** Deepest nesting of parentheses accepted (keeps recursion bounded on any input). */
export const MAX_PROTOCOL_NESTING = 32;

const SEPARATOR_FIX =
  "separate steps with a comma, a semicolon or a new line, e.g. 'Plate at 1 mA cm-2 for 1 h, Rest for 10 min'";

/** True when the cursor is at a line break, a `)`, or the end of the text. */
function atLineEnd(cursor: ProtocolCursor): boolean {
  const t = cursor.peek();
  return t === undefined || t.kind === "newline" || t.kind === ")";
}

/**
 * Parses a sequence of items up to `)` (in a group) or the end of the text. Items are steps
 * and `( … )` groups, separated by `,`, `;` or line breaks. `( … ) x n` repeats the group;
 * a step followed by `x n` at the end of its line repeats everything on that line since the
 * line break (or the group's `(`) before it.
 */
function parseSequence(
  cursor: ProtocolCursor,
  open: { start: number; end: number } | undefined,
  depth: number,
): ProtocolNode[] {
  const items: ProtocolNode[] = [];
  let lineStart = 0;
  let needSeparator = false;
  for (;;) {
    const t = cursor.peek();
    if (t === undefined) {
      if (open)
        throw cursor.failAt(
          open.start,
          open.end,
          "this '(' is never closed",
          "add ')' after the steps it groups, e.g. '(Plate …, Strip …) x 10'",
        );
      return items;
    }
    if (t.kind === ")") {
      if (!open)
        throw cursor.fail(
          "unexpected ')' without a matching '('",
          "remove it, or add the '(' that opens the group",
        );
      return items;
    }
    if (t.kind === "newline" || t.kind === "," || t.kind === ";") {
      cursor.pos++;
      if (t.kind === "newline") lineStart = items.length;
      needSeparator = false;
      continue;
    }
    if (
      needSeparator &&
      t.kind === "(" &&
      /^\(\s*[^()]*\bperiod\s*\)/i.test(cursor.text.slice(t.start))
    )
      throw cursor.fail(
        "a recording period such as PyBaMM's '(1 minute period)' is not part of an lmb protocol",
        "remove it; the simulator's options set how densely it samples",
      );
    if (needSeparator)
      throw cursor.fail(
        `expected ',', ';' or a new line after the step, found ${cursor.describeNext()}`,
        SEPARATOR_FIX,
      );
    if (t.kind === ":")
      throw cursor.fail("unexpected ':'", "':' follows the current of a 'Reservoir' line only");
    if (t.kind === "(") {
      if (depth >= MAX_PROTOCOL_NESTING)
        throw cursor.fail(
          `groups nested deeper than ${MAX_PROTOCOL_NESTING}`,
          "flatten the parentheses",
        );
      cursor.pos++;
      const body = parseSequence(cursor, t, depth + 1);
      const close = cursor.peek();
      cursor.pos++;
      if (body.length === 0)
        throw cursor.failAt(
          t.start,
          close?.end ?? t.end,
          "empty group '()'",
          "put steps inside the parentheses, or remove them",
        );
      const repeat = parseRepeatCount(cursor);
      // A group without a count only groups: its steps run once, in the cycle around them.
      if (repeat === undefined) for (const node of body) items.push(node);
      else
        items.push({
          kind: "repeat",
          count: repeat.count,
          body,
          start: t.start,
          end: cursor.lastEnd(),
        });
    } else {
      const node = parseProtocolStep(cursor);
      items.push(node);
      if (node.kind === "step") {
        const repeat = parseRepeatCount(cursor);
        if (repeat) {
          if (!atLineEnd(cursor))
            throw cursor.fail(
              `a repeat after a step repeats its whole line, so it must end the line; found ${cursor.describeNext()} after it`,
              "to repeat part of a line, put it in parentheses: '(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 10, Rest for 1 h'",
            );
          const body = items.splice(lineStart);
          const first = body[0] as ProtocolNode;
          items.push({
            kind: "repeat",
            count: repeat.count,
            body,
            start: first.start,
            end: repeat.end,
          });
        }
      }
    }
    needSeparator = true;
  }
}

/**
 * Parses protocol text into its nodes (steps, repeats, CCD ladders, reservoir protocols),
 * before expansion.
 *
 * @throws LmbError `E_PROTOCOL_PARSE` / `E_PROTOCOL_INVALID` naming the word, line and column
 */
export function parseProtocolNodes(text: string): ProtocolNode[] {
  const cursor = new ProtocolCursor(text, tokenizeProtocol(text));
  const nodes = parseSequence(cursor, undefined, 0);
  if (nodes.length === 0)
    throw cursor.failAt(
      0,
      text.length,
      "the protocol has no steps",
      "write at least one step, e.g. 'Plate at 0.5 mA cm-2 for 1 h'",
    );
  return nodes;
}
