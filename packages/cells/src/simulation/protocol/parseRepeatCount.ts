import { isRepeatWord, type ProtocolCursor } from "./protocolCursor.js";
import { MAX_PROTOCOL_STEPS } from "./protocolLimits.js";

/** A repeat suffix as written: `x 100`, `× 100`, `* 100` or `x100`. */
export interface RepeatCount {
  count: number;
  start: number;
  end: number;
}

const FIX = "write a whole number of repeats, at least 1, e.g. 'x 100'";

/**
 * Reads a repeat suffix if the next word starts one: `x N`, `× N`, `* N` or `xN`, with N a
 * whole number ≥ 1.
 *
 * @returns the count and the suffix's span, or undefined when the next word is no repeat
 */
export function parseRepeatCount(cursor: ProtocolCursor): RepeatCount | undefined {
  const marker = cursor.peek();
  if (marker?.kind !== "word" || !isRepeatWord(marker.text)) return undefined;
  cursor.pos++;
  let text = marker.text.slice(1);
  let start = marker.start + 1;
  let end = marker.end;
  if (text === "") {
    const countToken = cursor.peek();
    if (countToken?.kind !== "word" || !/^[0-9.+\-−]/.test(countToken.text))
      throw cursor.fail(
        `expected a repeat count after '${marker.text}', found ${cursor.describeNext()}`,
        FIX,
      );
    cursor.pos++;
    text = countToken.text;
    start = countToken.start;
    end = countToken.end;
  }
  if (!/^\d+$/.test(text))
    throw cursor.invalidAt(start, end, `the repeat count '${text}' is not a whole number`, FIX);
  const count = Number(text);
  if (count < 1)
    throw cursor.invalidAt(start, end, `the repeat count '${text}' must be at least 1`, FIX);
  if (count > MAX_PROTOCOL_STEPS)
    throw cursor.invalidAt(
      start,
      end,
      `the repeat count '${text}' is above the ${MAX_PROTOCOL_STEPS} steps a protocol may have`,
      "lower the count",
    );
  return { count, start: marker.start, end };
}
