import type { StepDirection } from "@lmb/schemas";
import { parseRepeatCount } from "./parseRepeatCount.js";
import { parseStepLimits } from "./parseStepLimits.js";
import type { ProtocolNode } from "./protocolAst.js";
import type { ProtocolCursor } from "./protocolCursor.js";
import { readCurrent, readFactor } from "./protocolQuantity.js";

const DIRECTIONS: Readonly<Record<string, StepDirection>> = {
  plate: "plate",
  strip: "strip",
  charge: "charge",
  discharge: "discharge",
};

const SYNTAX =
  "write e.g. 'Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3 mA cm-2 for 1 h each x 5'";

/**
 * Parses a step-increase (CCD) ladder:
 * `Ramp <dir>[/<dir>] from <j₀> (by <Δj> | times <factor>) to <j_end> <limits> [each] [x <n>]`.
 * The limits apply to each half cycle; `x n` is the number of cycles per rung (default 1).
 */
export function parseCcdLadder(cursor: ProtocolCursor): ProtocolNode {
  const ramp = cursor.peek();
  if (ramp === undefined) throw cursor.fail("expected 'Ramp'", SYNTAX);
  cursor.pos++;
  const dirToken = cursor.peek();
  if (dirToken?.kind !== "word")
    throw cursor.fail(
      `expected the directions after 'Ramp', like 'plate/strip', found ${cursor.describeNext()}`,
      SYNTAX,
    );
  const parts = dirToken.text.toLowerCase().split("/");
  const directions = parts.map((p) => DIRECTIONS[p]);
  if (parts.length > 2 || directions.some((d) => d === undefined))
    throw cursor.fail(
      `expected one or two directions after 'Ramp' (plate, strip, charge, discharge joined by '/'), found '${dirToken.text}'`,
      SYNTAX,
    );
  cursor.pos++;
  if (!cursor.acceptWord("from"))
    throw cursor.fail(
      `expected 'from' and the first current, found ${cursor.describeNext()}`,
      SYNTAX,
    );
  const start = readCurrent(cursor, "from");
  let step: number | undefined;
  let factor: number | undefined;
  const byToken = cursor.acceptWord("by");
  if (byToken) {
    const delta = readCurrent(cursor, "by");
    if (delta.kind !== start.kind)
      throw cursor.failAt(
        byToken.start,
        cursor.lastEnd(),
        "the step 'by' must be the same kind of current as 'from'",
        SYNTAX,
      );
    step = delta.value;
  } else if (cursor.acceptWord("times")) {
    const f = readFactor(cursor, "times");
    if (!(f.value > 1))
      throw cursor.invalidAt(
        f.span.start,
        f.span.end,
        `the factor '${f.value}' must be above 1 for an increasing ladder`,
        "write e.g. 'times 2'",
      );
    factor = f.value;
  } else
    throw cursor.fail(
      `expected 'by <step>' or 'times <factor>' after the first current, found ${cursor.describeNext()}`,
      SYNTAX,
    );
  const toToken = cursor.acceptWord("to");
  if (!toToken)
    throw cursor.fail(`expected 'to' and the last current, found ${cursor.describeNext()}`, SYNTAX);
  const endCurrent = readCurrent(cursor, "to");
  if (endCurrent.kind !== start.kind)
    throw cursor.failAt(
      toToken.start,
      cursor.lastEnd(),
      "the last current 'to' must be the same kind of current as 'from'",
      SYNTAX,
    );
  if (endCurrent.value < start.value)
    throw cursor.invalidAt(
      toToken.start,
      cursor.lastEnd(),
      "the last current is below the first: a CCD ladder increases",
      SYNTAX,
    );
  const limits = parseStepLimits(cursor, "Ramp");
  cursor.acceptWord("each");
  const repeat = parseRepeatCount(cursor);
  const end = cursor.lastEnd();
  return {
    kind: "ccd",
    start: ramp.start,
    end,
    source: { text: cursor.text.slice(ramp.start, end), offset: ramp.start },
    spec: {
      directions: directions as StepDirection[],
      kind: start.kind,
      start: start.value,
      end: endCurrent.value,
      step,
      factor,
      limits,
      cyclesPerRung: repeat?.count ?? 1,
    },
  };
}
