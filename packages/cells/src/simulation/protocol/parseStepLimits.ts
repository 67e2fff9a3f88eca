import type { StepLimit } from "@lmb/schemas";
import type { ProtocolCursor } from "./protocolCursor.js";
import { readForLimit, readVoltage } from "./protocolQuantity.js";

const LIMIT_FIX =
  "end the step with 'for 1 h', 'for 1 mAh cm-2', 'until 1 V', or a combination such as 'for 1 h or until 1 V'";

/**
 * Reads a step's limits: `for <duration|capacity>` or `until <voltage>`, joined by `or`
 * (`for 1 h or until 1 V`). At least one. The step ends at the first limit reached.
 *
 * @param verb - the step's verb as written, for messages
 */
export function parseStepLimits(cursor: ProtocolCursor, verb: string): StepLimit[] {
  const limits: StepLimit[] = [];
  for (;;) {
    if (cursor.acceptWord("for")) limits.push(readForLimit(cursor));
    else if (cursor.acceptWord("until"))
      limits.push({ kind: "voltage", volts: readVoltage(cursor, "until") });
    else
      throw cursor.fail(
        limits.length === 0
          ? `expected 'for' or 'until' after the current of '${verb}', found ${cursor.describeNext()}`
          : `expected 'for' or 'until' after 'or', found ${cursor.describeNext()}`,
        LIMIT_FIX,
      );
    if (!cursor.acceptWord("or")) break;
  }
  const next = cursor.peek();
  const lower = next?.kind === "word" ? next.text.toLowerCase() : "";
  if (lower === "for" || lower === "until")
    throw cursor.fail(`expected 'or' between two limits, found '${next?.text}'`, LIMIT_FIX);
  return limits;
}
