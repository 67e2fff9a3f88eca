import type { CellProtocol } from "@lmb/schemas";
import { formatProtocolStep } from "./formatProtocolValues.js";

/** Longest block of steps that {@link formatProtocol} looks for repeats of. */
const MAX_BLOCK = 8;

/** The block length and count covering the most steps from `i` (count 1 when nothing repeats). */
function bestRepeat(lines: readonly string[], i: number): { length: number; count: number } {
  let best = { length: 1, count: 1 };
  for (let length = 1; length <= MAX_BLOCK && i + 2 * length <= lines.length; length++) {
    let count = 1;
    for (;;) {
      const next = i + count * length;
      if (next + length > lines.length) break;
      let same = true;
      for (let k = 0; k < length && same; k++) same = lines[next + k] === lines[i + k];
      if (!same) break;
      count++;
    }
    if (count >= 2 && length * count > best.length * best.count) best = { length, count };
  }
  return best;
}

/**
 * Writes a protocol's expanded steps back as protocol text that {@link parseProtocol} reads to
 * the same steps (values to 12 significant digits): one step per line, a run of an identical
 * block of up to 8 steps as `(A, B) x n` (a single step as `A x n`). Cycle indices, tags and
 * sources are not written: a CCD ladder or reservoir protocol comes back as plain steps.
 *
 * @param protocol - a parsed or built protocol
 * @returns the text, lines separated by `\n`
 * @example
 * formatProtocol(parseProtocol("(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 3"));
 * // "(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 3"
 */
export function formatProtocol(protocol: Pick<CellProtocol, "steps">): string {
  const lines = protocol.steps.map(formatProtocolStep);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const { length, count } = bestRepeat(lines, i);
    const block = lines.slice(i, i + length);
    if (count === 1) out.push(block[0] as string);
    else if (length === 1) out.push(`${block[0]} x ${count}`);
    else out.push(`(${block.join(", ")}) x ${count}`);
    i += length * count;
  }
  return out.join("\n");
}
