import { isLmbError } from "@lmb/errors";
import type { ProtocolCurrent, StepLimit } from "@lmb/schemas";
import { type Dimension, dimensionsEqual, parseQuantity, type Quantity, toSI } from "@lmb/units";
import type { ProtocolCursor, WordSpan } from "./protocolCursor.js";
import { durationOf } from "./protocolDuration.js";

// Exponents over L M T I Θ N J.
const CURRENT_DENSITY: Dimension = [-2, 0, 0, 1, 0, 0, 0];
const CURRENT: Dimension = [0, 0, 0, 1, 0, 0, 0];
const AREAL_CHARGE: Dimension = [-2, 0, 1, 1, 0, 0, 0];
const CHARGE: Dimension = [0, 0, 1, 1, 0, 0, 0];
const TIME: Dimension = [0, 0, 1, 0, 0, 0, 0];
const VOLTAGE: Dimension = [2, 1, -3, -1, 0, 0, 0];

const NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?`;
const RATE_TIMES_C = new RegExp(`^(${NUMBER})?C$`);
const RATE_OVER = new RegExp(`^C/(${NUMBER})$`);

/**
 * An SI number rounded to 15 significant digits, so that "1.1 mA cm-2" is 11 A m⁻² and not
 * 11.000000000000002 (the unit factor's rounding); far below any measurement's precision.
 */
export function cleanSI(value: number): number {
  return Number(value.toPrecision(15));
}

/** The span's text as written. */
function spanText(cursor: ProtocolCursor, span: WordSpan): string {
  return cursor.text.slice(span.start, span.end);
}

// Quantities as written → parsed (frozen, so safe to share): unit parsing costs tens of µs and
// protocols repeat the same few quantities.
const QUANTITY_CACHE = new Map<string, Quantity>();

/** `parseQuantity` on a piece of the protocol, its errors moved to the protocol's line and column. */
function quantityIn(
  cursor: ProtocolCursor,
  start: number,
  end: number,
  what: string,
  example: string,
): Quantity {
  const piece = cursor.text.slice(start, end);
  const cached = QUANTITY_CACHE.get(piece);
  if (cached !== undefined) return cached;
  try {
    const q = parseQuantity(piece);
    if (QUANTITY_CACHE.size >= 1000) QUANTITY_CACHE.clear();
    QUANTITY_CACHE.set(piece, q);
    return q;
  } catch (error) {
    if (!isLmbError(error)) throw error;
    const column = error.location?.column ?? 1;
    const at = Math.min(Math.max(start + column - 1, start), Math.max(end - 1, start));
    const wordEnd = cursor.text.slice(at, end).search(/\s/);
    throw cursor.failAt(
      at,
      wordEnd === -1 ? end : at + Math.max(wordEnd, 1),
      `could not read '${piece}' as ${what}: ${error.problem}`,
      `write ${what} like '${example}'`,
    );
  }
}

/** Fails with "expected …" when a quantity is missing (an empty span). */
function requireWords(cursor: ProtocolCursor, span: WordSpan, expected: string, fix: string): void {
  if (span.words.length === 0)
    throw cursor.fail(`${expected}, found ${cursor.describeNext()}`, fix);
}

/**
 * Reads the current after `at`: a current density (`0.5 mA cm-2`, `5 A m-2`, `50 µA cm-2`),
 * a current (`1 mA`, `0.2 A`) or a C-rate (`C/10`, `2C`, `0.5 C`, `C`). Positive only.
 *
 * @returns the current in SI (A m⁻², A; C-rate in h⁻¹)
 */
export function readCurrent(cursor: ProtocolCursor, after: string): ProtocolCurrent {
  const span = cursor.takeSpan();
  requireWords(
    cursor,
    span,
    `expected a current like '0.5 mA cm-2' after '${after}'`,
    "write a current density ('0.5 mA cm-2'), a current ('1 mA') or a C-rate ('C/10')",
  );
  const text = spanText(cursor, span);
  const compact = text.replace(/\s+/g, "");
  const times = RATE_TIMES_C.exec(compact);
  const over = RATE_OVER.exec(compact);
  let current: ProtocolCurrent;
  if (times || over) {
    const value = times ? Number(times[1] ?? "1") : 1 / Number(over?.[1]);
    current = { kind: "c-rate", value: cleanSI(value) };
  } else {
    const q = quantityIn(cursor, span.start, span.end, "a current", "0.5 mA cm-2");
    const si = cleanSI(toSI(q));
    if (dimensionsEqual(q.unit.dimension, CURRENT_DENSITY))
      current = { kind: "density", value: si };
    else if (dimensionsEqual(q.unit.dimension, CURRENT)) current = { kind: "current", value: si };
    else
      throw cursor.failAt(
        span.start,
        span.end,
        `expected a current like '0.5 mA cm-2' after '${after}', found '${text}' (${q.unit.symbol || "no unit"})`,
        "write a current density ('0.5 mA cm-2'), a current ('1 mA') or a C-rate ('C/10')",
      );
  }
  if (!(current.value > 0) || !Number.isFinite(current.value))
    throw cursor.invalidAt(
      span.start,
      span.end,
      `the current '${text}' must be positive and finite: the verb (Plate, Strip, Charge, Discharge) gives its direction`,
      "write its magnitude, e.g. 'Strip at 0.5 mA cm-2'",
    );
  return current;
}

/**
 * Reads a duration: one or more number–unit pairs (`10 min`, `1 h 30 min`, `90 s`), summed.
 *
 * @returns seconds (positive)
 */
export function readDuration(cursor: ProtocolCursor, after: string): number {
  const span = cursor.takeSpan();
  requireWords(
    cursor,
    span,
    `expected a duration like '10 min' after '${after}'`,
    "write a number and s, min or h, e.g. 'Rest for 10 min'",
  );
  let seconds = durationOf(cursor.text.slice(span.start, span.end));
  if (seconds === undefined) {
    const q = quantityIn(cursor, span.start, span.end, "a duration", "10 min");
    if (!dimensionsEqual(q.unit.dimension, TIME))
      throw cursor.failAt(
        span.start,
        span.end,
        `expected a duration like '10 min' after '${after}', found '${spanText(cursor, span)}'`,
        "write a number and s, min or h, e.g. 'Rest for 10 min'",
      );
    seconds = cleanSI(toSI(q));
  }
  return positive(cursor, span, seconds, "duration");
}

function positive(cursor: ProtocolCursor, span: WordSpan, value: number, what: string): number {
  if (!(value > 0) || !Number.isFinite(value))
    throw cursor.invalidAt(
      span.start,
      span.end,
      `the ${what} '${spanText(cursor, span)}' must be positive and finite`,
      `write a ${what} above zero`,
    );
  return value;
}

/**
 * Reads the limit after `for`: a duration (`1 h`, `10 min`, `1 h 30 min`), an areal capacity
 * (`1 mAh cm-2` → C m⁻²) or a capacity (`1 mAh`, `2 Ah` → C).
 */
export function readForLimit(cursor: ProtocolCursor): StepLimit {
  const span = cursor.takeSpan();
  const fix = "write a duration ('1 h'), an areal capacity ('1 mAh cm-2') or a capacity ('1 mAh')";
  requireWords(
    cursor,
    span,
    "expected a duration or a capacity like '1 h' or '1 mAh cm-2' after 'for'",
    fix,
  );
  const seconds = durationOf(spanText(cursor, span));
  if (seconds !== undefined)
    return { kind: "duration", seconds: positive(cursor, span, seconds, "duration") };
  const q = quantityIn(cursor, span.start, span.end, "a duration or a capacity", "1 mAh cm-2");
  const si = cleanSI(toSI(q));
  if (dimensionsEqual(q.unit.dimension, AREAL_CHARGE))
    return { kind: "areal-capacity", value: positive(cursor, span, si, "capacity") };
  if (dimensionsEqual(q.unit.dimension, CHARGE))
    return { kind: "capacity", value: positive(cursor, span, si, "capacity") };
  if (q.unit.symbol === "m")
    throw cursor.failAt(
      span.start,
      span.end,
      "'m' is the metre, not the minute",
      "write 'min' for minutes",
    );
  if (dimensionsEqual(q.unit.dimension, TIME))
    return { kind: "duration", seconds: positive(cursor, span, cleanSI(toSI(q)), "duration") };
  if (dimensionsEqual(q.unit.dimension, VOLTAGE))
    throw cursor.failAt(
      span.start,
      span.end,
      `'for' takes a duration or a capacity, found the voltage '${spanText(cursor, span)}'`,
      `write 'until ${spanText(cursor, span)}'`,
    );
  throw cursor.failAt(
    span.start,
    span.end,
    `expected a duration or a capacity after 'for', found '${spanText(cursor, span)}'`,
    fix,
  );
}

/** Reads the voltage after `until` (`1 V`, `-0.5 V`, `500 mV`), in V. */
export function readVoltage(cursor: ProtocolCursor, after: string): number {
  const span = cursor.takeSpan();
  const fix = "write a voltage, e.g. 'until 1 V' or 'until 500 mV'";
  requireWords(cursor, span, `expected a voltage like '1 V' after '${after}'`, fix);
  const q = quantityIn(cursor, span.start, span.end, "a voltage", "1 V");
  if (dimensionsEqual(q.unit.dimension, VOLTAGE)) return cleanSI(toSI(q));
  const dim = q.unit.dimension;
  const forInstead =
    dimensionsEqual(dim, TIME) ||
    dimensionsEqual(dim, CHARGE) ||
    dimensionsEqual(dim, AREAL_CHARGE);
  throw cursor.failAt(
    span.start,
    span.end,
    `expected a voltage like '1 V' after '${after}', found '${spanText(cursor, span)}'`,
    forInstead ? `'${after}' takes a voltage; write 'for ${spanText(cursor, span)}'` : fix,
  );
}

/** Reads a bare positive number (a ramp's `times 2`). */
export function readFactor(
  cursor: ProtocolCursor,
  after: string,
): { value: number; span: WordSpan } {
  const span = cursor.takeSpan();
  const text = spanText(cursor, span);
  if (span.words.length !== 1 || !new RegExp(`^${NUMBER}$`).test(text))
    throw cursor.fail(
      `expected a number like '2' after '${after}', found ${span.words.length === 0 ? cursor.describeNext() : `'${text}'`}`,
      "write e.g. 'times 2' for a doubling ladder",
      span.words[0] ?? cursor.peek(),
    );
  return { value: Number(text), span };
}
