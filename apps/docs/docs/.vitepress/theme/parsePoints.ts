import { isLmbError, LmbError } from "@lmb/errors";
import { type KindConstructor, parseQuantity } from "@lmb/units";

/** How one side of a pasted (x, y) pair is read: its kind and the unit of a bare number. */
export interface PointSide {
  /** The `@lmb/units` kind, which converts to SI and checks the dimension. */
  kind: KindConstructor<number>;
  /** Unit of a number written without one, e.g. "mA cm-2". */
  defaultUnit: string;
  /** Rewrites a token before parsing (e.g. "25C" → "25 °C"). */
  rewrite?: (token: string) => string;
}

/** Two SI columns read from pasted pairs. */
export interface ParsedPoints {
  x: number[];
  y: number[];
}

const NUMBER_START = /^[+\-−]?(?:\d|\.\d)/;

/**
 * Reads "25C" as 25 °C rather than 25 coulombs: in a temperature column `C` can only mean degrees
 * Celsius (the same rule as `lmb kinetics arrhenius --points`).
 *
 * @example celsiusShorthand("25C"); // "25 °C"
 */
export function celsiusShorthand(token: string): string {
  const m = /^([+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-−]?\d+)?)\s*C$/.exec(token);
  return m ? `${m[1]} °C` : token;
}

/** Splits pasted text into [x, y] token pairs: "x:y" pairs, or one pair per line. */
function splitPairs(text: string): { tokens: [string, string]; label: string }[] {
  if (text.includes(":")) {
    // "25C:10.0, 40C:13.1" or one "x:y" per line
    return text
      .split(/[,;\n]+/)
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((pair, index) => {
        const parts = pair.split(":").map((s) => s.trim());
        if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
          throw new LmbError("E_INVALID_INPUT", `point ${index + 1} "${pair}" is not x:y`, {
            location: { source: "points" },
            fix: 'write pairs as "x:y" separated by commas or new lines, e.g. "1:13.2, 2:25.5"',
          });
        }
        return { tokens: [parts[0], parts[1]] as [string, string], label: `"${pair}"` };
      });
  }
  // Two columns pasted from a spreadsheet or a text file: one pair per line, split by tabs,
  // commas, semicolons or spaces; a first line that does not start with a number is a header.
  const lines = text.split(/\r?\n/);
  const out: { tokens: [string, string]; label: string }[] = [];
  let seenData = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (!seenData && !NUMBER_START.test(line)) return; // header
    seenData = true;
    const parts = line.split(/\t|[,;]\s*|\s{2,}/).map((s) => s.trim());
    const fields = parts.length >= 2 ? parts : line.split(/\s+/);
    if (fields.length !== 2) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `line ${i + 1} "${line}" has ${fields.length} fields, not 2`,
        {
          location: { source: "points", line: i + 1 },
          fix: 'paste two columns (x and y), or write "x:y" pairs separated by commas',
        },
      );
    }
    out.push({ tokens: [fields[0] as string, fields[1] as string], label: `line ${i + 1}` });
  });
  return out;
}

function readSide(token: string, side: PointSide, where: string): number {
  try {
    const text = side.rewrite ? side.rewrite(token) : token;
    const q = parseQuantity(text);
    return q.unit.symbol === "" ? side.kind(q.value, side.defaultUnit) : side.kind(q);
  } catch (error) {
    if (isLmbError(error)) {
      throw new LmbError(error.code, `${where}: ${error.problem}`, {
        location: { source: "points" },
        ...(error.fix === undefined ? {} : { fix: error.fix }),
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Parses pasted points into two SI columns, the way `lmb kinetics … --points` reads them: pairs
 * "x:y" separated by commas, semicolons or new lines ("25C:10.0, 40C:13.1"), or two columns
 * pasted from a spreadsheet (tab, comma or space separated, optional header line). A bare number
 * is in its side's default unit; a token may carry its own unit ("1 mA/cm2:13.2 mV").
 *
 * @throws LmbError `E_INVALID_INPUT` for a malformed pair or no points; the unit parser's
 *   `E_QUANTITY_PARSE`, `E_UNIT_PARSE` or `E_UNIT_MISMATCH`, naming the point
 * @example
 * parsePoints("1:13.2, 2:25.5", { kind: currentDensity, defaultUnit: "mA cm-2" }, { kind: voltage, defaultUnit: "mV" });
 * // { x: [10, 20] (A m⁻²), y: [0.0132, 0.0255] (V) }
 */
export function parsePoints(text: string, xSide: PointSide, ySide: PointSide): ParsedPoints {
  const pairs = splitPairs(text);
  if (pairs.length === 0) {
    throw new LmbError("E_INVALID_INPUT", "no points given", {
      location: { source: "points" },
      fix: 'paste pairs "x:y" separated by commas, e.g. "25C:10.0, 40C:13.1", or two columns',
    });
  }
  const x: number[] = [];
  const y: number[] = [];
  pairs.forEach(({ tokens, label }, i) => {
    const where = `point ${i + 1} (${label})`;
    x.push(readSide(tokens[0], xSide, where));
    y.push(readSide(tokens[1], ySide, where));
  });
  return { x, y };
}
