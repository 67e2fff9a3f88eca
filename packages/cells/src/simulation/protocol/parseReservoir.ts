import type { StepLimit } from "@lmb/schemas";
import { parseRepeatCount } from "./parseRepeatCount.js";
import type { ProtocolNode } from "./protocolAst.js";
import type { ProtocolCursor } from "./protocolCursor.js";
import { readCurrent, readForLimit, readVoltage } from "./protocolQuantity.js";

const SYNTAX = "write e.g. 'Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 10, cut-off 1 V'";

function readCapacity(cursor: ProtocolCursor, what: string): StepLimit {
  const at = cursor.peek();
  const limit = readForLimit(cursor);
  if (limit.kind !== "areal-capacity" && limit.kind !== "capacity")
    throw cursor.failAt(
      at?.start ?? 0,
      cursor.lastEnd(),
      `expected ${what} as a capacity like '5 mAh cm-2'`,
      SYNTAX,
    );
  return limit;
}

function expectComma(cursor: ProtocolCursor, after: string): void {
  if (!cursor.accept(","))
    throw cursor.fail(`expected ',' after ${after}, found ${cursor.describeNext()}`, SYNTAX);
}

/**
 * Parses the Li‖Cu reservoir protocol of Adams et al. (Adv. Energy Mater. 8 (2018) 1702097):
 * `Reservoir at <j>: <Q_T>, <Q_C> x <n>, cut-off <V>[, no formation]`.
 */
export function parseReservoir(cursor: ProtocolCursor): ProtocolNode {
  const head = cursor.peek();
  if (head === undefined) throw cursor.fail("expected 'Reservoir'", SYNTAX);
  cursor.pos++;
  if (!cursor.acceptWord("at"))
    throw cursor.fail(
      `expected 'at' and a current after 'Reservoir', found ${cursor.describeNext()}`,
      SYNTAX,
    );
  const current = readCurrent(cursor, "at");
  if (!cursor.accept(":"))
    throw cursor.fail(`expected ':' after the current, found ${cursor.describeNext()}`, SYNTAX);
  const reservoir = readCapacity(cursor, "the reservoir Q_T");
  expectComma(cursor, "the reservoir capacity");
  const cycle = readCapacity(cursor, "the cycling capacity Q_C");
  const repeat = parseRepeatCount(cursor);
  if (repeat === undefined)
    throw cursor.fail(
      `expected the number of cycles after the cycling capacity, like 'x 10', found ${cursor.describeNext()}`,
      SYNTAX,
    );
  expectComma(cursor, "the cycles");
  if (!cursor.acceptWord("cut-off") && !cursor.acceptWord("cutoff")) {
    if (!(cursor.acceptWord("cut") && cursor.acceptWord("off")))
      throw cursor.fail(
        `expected 'cut-off' and the stripping cut-off voltage, found ${cursor.describeNext()}`,
        SYNTAX,
      );
  }
  const cutoffVoltage = readVoltage(cursor, "cut-off");
  let formation = true;
  if (
    cursor.peek()?.kind === "," &&
    cursor.peek(1)?.text.toLowerCase() === "no" &&
    cursor.peek(2)?.text.toLowerCase() === "formation"
  ) {
    cursor.pos += 3;
    formation = false;
  }
  const end = cursor.lastEnd();
  return {
    kind: "reservoir",
    start: head.start,
    end,
    source: { text: cursor.text.slice(head.start, end), offset: head.start },
    spec: { current, reservoir, cycle, cycles: repeat.count, cutoffVoltage, formation },
  };
}
