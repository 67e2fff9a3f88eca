import { LmbError } from "@lmb/errors";

/**
 * The absolute temperature, checked: finite and above 0 K.
 *
 * @param temperature - T, K
 * @param source - where it came from, for the error (an option or flag name)
 * @throws LmbError `E_INVALID_INPUT` for T ≤ 0 K or a non-finite T
 */
export function requireTemperature(temperature: number, source = "temperature"): number {
  if (!Number.isFinite(temperature) || temperature <= 0) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `temperature ${temperature} K is ${Number.isFinite(temperature) ? "at or below 0 K" : "not a finite number"}`,
      {
        location: { source },
        fix: 'give an absolute temperature above 0 K, e.g. 298.15 (K) or "25 °C" on the command line',
      },
    );
  }
  return temperature;
}

/**
 * A strictly positive, finite number.
 *
 * @param value - the number (SI)
 * @param name - what it is, with its SI unit, e.g. "exchange current density (A m⁻²)"
 * @param fix - what the user should do
 * @throws LmbError `E_INVALID_INPUT`
 */
export function requirePositive(value: number, name: string, fix: string): number {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${name} must be a positive finite number, got ${value}`,
      {
        location: { source: name },
        fix,
      },
    );
  }
  return value;
}

/**
 * Copies a numeric column into a Float64Array, refusing NaN and ±Infinity (naming the index).
 *
 * @param values - the column
 * @param name - its name, for the error
 * @throws LmbError `E_NON_FINITE_DATA`
 */
export function finiteColumn(values: ArrayLike<number>, name: string): Float64Array {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i] as number)) {
      throw new LmbError("E_NON_FINITE_DATA", `${name}[${i}] is ${out[i]}`, {
        location: { source: `${name}[${i}]` },
        fix: "remove or repair the point; every value must be a finite number",
      });
    }
  }
  return out;
}

/**
 * Checks that paired columns have the same length.
 *
 * @throws LmbError `E_LENGTH_MISMATCH` naming both columns and lengths
 */
export function requireSameLength(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  names: [string, string],
): void {
  if (a.length !== b.length) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${names[0]} has ${a.length} values but ${names[1]} has ${b.length}`,
      { fix: `give one ${names[1]} value for every ${names[0]} value (paired data)` },
    );
  }
}

/**
 * Checks that there are enough points for an analysis.
 *
 * @param count - points available
 * @param needed - points required
 * @param what - what the points are for, e.g. "the Tafel window 80–200 mV"
 * @param fix - how to get more
 * @throws LmbError `E_INSUFFICIENT_DATA`
 */
export function requirePoints(count: number, needed: number, what: string, fix: string): void {
  if (count < needed) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${what} has ${count} point${count === 1 ? "" : "s"}; at least ${needed} are needed`,
      { fix },
    );
  }
}

/**
 * The confidence level, checked to lie in (0, 1).
 *
 * @throws LmbError `E_INVALID_INPUT`
 */
export function requireConfidenceLevel(level: number): number {
  if (!(level > 0 && level < 1)) {
    throw new LmbError("E_INVALID_INPUT", `confidence level ${level} is not in (0, 1)`, {
      location: { source: "confidenceLevel" },
      fix: "give a level such as 0.95",
    });
  }
  return level;
}
