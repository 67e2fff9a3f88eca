import type { StepDirection } from "@lmb/schemas";
import { parseCcdLadder } from "./parseCcdLadder.js";
import { parseReservoir } from "./parseReservoir.js";
import { parseStepLimits } from "./parseStepLimits.js";
import type { ProtocolNode } from "./protocolAst.js";
import type { ProtocolCursor } from "./protocolCursor.js";
import { readCurrent, readDuration } from "./protocolQuantity.js";

/** The galvanostatic verbs and the direction each gives. */
export const STEP_VERBS: Readonly<Record<string, StepDirection>> = {
  plate: "plate",
  strip: "strip",
  charge: "charge",
  discharge: "discharge",
};

const VERB_LIST = "Plate, Strip, Charge, Discharge, Rest, Ramp or Reservoir";

/**
 * Parses one step starting at a word: `Plate|Strip|Charge|Discharge at <current> <limits>`,
 * `Rest for <duration>`, a `Ramp …` CCD ladder or a `Reservoir …` protocol. Verbs are
 * case-insensitive.
 */
export function parseProtocolStep(cursor: ProtocolCursor): ProtocolNode {
  const verbToken = cursor.peek();
  if (verbToken?.kind !== "word")
    throw cursor.fail(
      `expected a step (${VERB_LIST}), found ${cursor.describeNext()}`,
      "start each step with a verb, e.g. 'Plate at 0.5 mA cm-2 for 1 h'",
    );
  const verb = verbToken.text.toLowerCase();
  if (verb === "ramp") return parseCcdLadder(cursor);
  if (verb === "reservoir") return parseReservoir(cursor);
  cursor.pos++;
  const direction = STEP_VERBS[verb];
  if (direction !== undefined) {
    if (!cursor.acceptWord("at"))
      throw cursor.fail(
        `expected 'at' and a current after '${verbToken.text}', found ${cursor.describeNext()}`,
        `write e.g. '${verbToken.text} at 0.5 mA cm-2 for 1 h'`,
      );
    const current = readCurrent(cursor, "at");
    const limits = parseStepLimits(cursor, verbToken.text);
    const end = cursor.lastEnd();
    return {
      kind: "step",
      start: verbToken.start,
      end,
      step: {
        kind: "galvanostatic",
        direction,
        current,
        limits,
        tags: [],
        source: { text: cursor.text.slice(verbToken.start, end), offset: verbToken.start },
      },
    };
  }
  if (verb === "rest") {
    const next = cursor.peek();
    const word = next?.kind === "word" ? next.text.toLowerCase() : "";
    if (word === "at") throw cursor.fail("a rest has no current", "write 'Rest for 10 min'");
    if (word === "until")
      throw cursor.fail(
        "a rest ends after a duration only (a rest step has no voltage limit)",
        "write 'Rest for 10 min'",
      );
    if (!cursor.acceptWord("for"))
      throw cursor.fail(
        `expected 'for' and a duration after 'Rest', found ${cursor.describeNext()}`,
        "write 'Rest for 10 min'",
      );
    const seconds = readDuration(cursor, "for");
    if (cursor.peek()?.kind === "word" && cursor.peek()?.text.toLowerCase() === "or")
      throw cursor.fail("a rest ends after its duration only", "write 'Rest for 10 min'");
    const end = cursor.lastEnd();
    return {
      kind: "step",
      start: verbToken.start,
      end,
      step: {
        kind: "rest",
        seconds,
        tags: [],
        source: { text: cursor.text.slice(verbToken.start, end), offset: verbToken.start },
      },
    };
  }
  if (verb === "hold")
    throw cursor.fail(
      "'Hold' (a potentiostatic step) is not supported: a protocol has galvanostatic steps and rests only",
      "replace the hold by a galvanostatic step with a voltage limit, e.g. 'Charge at C/20 until 4.2 V', or a rest",
      verbToken,
    );
  if (verb === "run")
    throw cursor.fail("'Run' (a drive cycle) is not supported", `use ${VERB_LIST}`, verbToken);
  if (/^[0-9.+\-−]/.test(verb))
    throw cursor.fail(
      `expected a step (${VERB_LIST}), found the number '${verbToken.text}'`,
      "write decimals with a point ('1.5 mA cm-2'); a comma separates steps",
      verbToken,
    );
  throw cursor.fail(
    `unknown step '${verbToken.text}': expected ${VERB_LIST}`,
    "start each step with a verb, e.g. 'Plate at 0.5 mA cm-2 for 1 h' or 'Rest for 10 min'",
    verbToken,
  );
}
