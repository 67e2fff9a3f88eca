import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";

/** The three columns every cycling analysis needs, checked. */
export interface CyclingColumns {
  time: Float64Array;
  voltage: Float64Array;
  current: Float64Array;
  n: number;
}

/**
 * Checks that `data` is a cycling dataset with time, voltage and current of one length and
 * finite values, and returns those columns.
 *
 * @throws LmbError `E_INVALID_INPUT` (not a cycling dataset), `E_NO_CURRENT` (no current
 *   column), `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA` (naming the point), `E_INSUFFICIENT_DATA`
 *   (fewer than 2 points).
 * @example
 * const { time, voltage, current, n } = cyclingColumns(data);
 */
export function cyclingColumns(data: CyclingData): CyclingColumns {
  if (data === null || typeof data !== "object" || data.kind !== "cycling") {
    throw new LmbError("E_INVALID_INPUT", "expected a cycling dataset (kind: cycling)", {
      fix: "read a cycler file with @lmb/io (read / readFile) or build { kind: 'cycling', columns, metadata }",
    });
  }
  const source = data.metadata?.sourceFile;
  const where = source === undefined ? {} : { location: { source } };
  const { time, voltage, current } = data.columns;
  if (!(current instanceof Float64Array)) {
    throw new LmbError("E_NO_CURRENT", "the record has no current column", {
      ...where,
      fix: "cycling analysis needs the current; map the current column when reading (ReadOptions.columns)",
    });
  }
  if (!(time instanceof Float64Array) || !(voltage instanceof Float64Array)) {
    throw new LmbError("E_INVALID_INPUT", "the record lacks a time or voltage column", {
      ...where,
      fix: "give time (s) and voltage (V) columns as Float64Array",
    });
  }
  const n = time.length;
  if (voltage.length !== n || current.length !== n) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `time (${n}), voltage (${voltage.length}) and current (${current.length}) differ in length`,
      { ...where, fix: "pass the columns of one record" },
    );
  }
  if (n < 2) {
    throw new LmbError("E_INSUFFICIENT_DATA", `the record has ${n} point(s)`, {
      ...where,
      fix: "give a cycling record with at least 2 points",
    });
  }
  for (let i = 0; i < n; i++) {
    // One comparison chain per point: x − x is 0 for finite x and NaN otherwise.
    const probe = (time[i] as number) + (voltage[i] as number) + (current[i] as number);
    if (probe - probe !== 0) {
      const column = !Number.isFinite(time[i] as number)
        ? "time"
        : !Number.isFinite(voltage[i] as number)
          ? "voltage"
          : "current";
      throw new LmbError("E_NON_FINITE_DATA", `${column} is not finite at point ${i}`, {
        location: { ...(source === undefined ? {} : { source }), line: i + 1 },
        fix: "remove or fill missing values before the analysis",
      });
    }
  }
  return { time, voltage, current, n };
}

/**
 * Validates an optional positive finite number option.
 *
 * @throws LmbError `E_INVALID_INPUT` naming the option.
 * @example
 * positiveOption(options.area, "area", "give the electrode area in m² (1.13 cm² = 1.13e-4 m²)");
 */
export function positiveOption(
  value: number | undefined,
  name: string,
  fix: string,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `option ${name} = ${String(value)} is not a positive number`,
      {
        location: { source: name },
        fix,
      },
    );
  }
  return value;
}

/**
 * Validates an optional fraction in (0, 1).
 *
 * @throws LmbError `E_INVALID_INPUT` naming the option.
 * @example
 * fractionOption(options.rateTolerance, "rateTolerance");
 */
export function fractionOption(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw new LmbError("E_INVALID_INPUT", `option ${name} = ${String(value)} is not in (0, 1)`, {
      location: { source: name },
      fix: `give ${name} as a fraction between 0 and 1`,
    });
  }
  return value;
}
