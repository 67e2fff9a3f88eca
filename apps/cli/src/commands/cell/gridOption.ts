import { LmbError } from "@lmb/errors";
import { numberOption } from "../nucleation/nucleationOptions.js";

const RANGE = /^\s*([^.\s][^\s]*?)\s*\.\.\s*([^:\s]+)\s*:\s*(\d+)\s*(?::\s*(log|lin))?\s*$/i;

/** Most values a grid option may give (a 1000 × 1000 map is already 10⁶ simulations). */
export const MAX_GRID_VALUES = 1000;

/**
 * Parses a list of numbers for `--fractions` and `--aspect-ratios`: comma-separated values
 * (`0.1,0.2,0.3`), or `FROM..TO:N` for N evenly spaced values including both ends, or
 * `FROM..TO:N:log` for N values evenly spaced in log (FROM, TO > 0). Each value goes through
 * `value(text)` (e.g. a fraction check); the result must increase.
 *
 * @param text - as typed
 * @param source - the flag, for errors
 * @param value - parses and checks one value
 * @throws LmbError `E_INVALID_INPUT` naming the flag for an empty list, a bad count, a value that
 *   is not a number, or values that do not increase
 * @example gridOption("0.01..0.5:50", "--fractions", Number).length; // 50
 * @example gridOption("0.1..10:3:log", "--aspect-ratios", Number); // [0.1, 1, 10]
 */
export function gridOption(
  text: string,
  source: string,
  value: (text: string) => number,
): number[] {
  const range = RANGE.exec(text);
  let values: number[];
  if (range) {
    const from = value(range[1] as string);
    const to = value(range[2] as string);
    const n = Number(range[3]);
    const log = (range[4] ?? "lin").toLowerCase() === "log";
    if (!(n >= 1 && n <= MAX_GRID_VALUES) || (n === 1 && from !== to)) {
      throw new LmbError("E_INVALID_INPUT", `${source} ${text}: ${n} values is not a grid`, {
        location: { source },
        fix: `give 2 to ${MAX_GRID_VALUES} values, e.g. ${source} 0.01..0.5:50`,
      });
    }
    if (log && !(from > 0 && to > 0)) {
      throw new LmbError("E_INVALID_INPUT", `${source} ${text}: a log grid needs positive ends`, {
        location: { source },
        fix: `give positive ends, e.g. ${source} 0.1..10:20:log`,
      });
    }
    values = Array.from({ length: n }, (_, i) => {
      if (i === 0) return from;
      if (i === n - 1) return to;
      const s = i / (n - 1);
      return log
        ? Number((from * (to / from) ** s).toPrecision(12))
        : Number((from + (to - from) * s).toPrecision(12));
    });
  } else {
    const items = text
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (items.length === 0 || items.length > MAX_GRID_VALUES) {
      throw new LmbError("E_INVALID_INPUT", `${source} "${text}" gives ${items.length} values`, {
        location: { source },
        fix: `give 1 to ${MAX_GRID_VALUES} comma-separated values, or a range FROM..TO:N`,
      });
    }
    values = items.map(value);
  }
  for (let i = 1; i < values.length; i++) {
    if (!((values[i] as number) > (values[i - 1] as number))) {
      throw new LmbError("E_INVALID_INPUT", `${source} ${text}: the values must increase`, {
        location: { source },
        fix: `list the values in increasing order without repeats, e.g. ${source} 0.1,0.2,0.3`,
      });
    }
  }
  return values;
}

/**
 * A positive number (aspect ratios).
 *
 * @throws LmbError `E_INVALID_INPUT` for text that is not a positive number
 * @example positiveOption("2.5", "--aspect-ratio"); // 2.5
 */
export function positiveOption(text: string, source: string): number {
  const v = numberOption(text, source);
  if (!(v > 0)) {
    throw new LmbError("E_INVALID_INPUT", `${source} ${text} must be positive`, {
      location: { source },
      fix: `give ${source} > 0 (1 for spheres, > 1 needles, < 1 plates)`,
    });
  }
  return v;
}
