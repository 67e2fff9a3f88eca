import { LmbError } from "@lmb/errors";

/**
 * A finite number within [min, max] (bounds inclusive unless `exclusive`), for options.
 *
 * @param value - the number given
 * @param source - the option's path, e.g. `options.currentDensity`, and its SI unit in `what`
 * @param what - what it is, with its unit, e.g. "current density (A m⁻²)"
 * @param range - bounds and whether they are exclusive
 * @param fix - what the user should do
 * @throws LmbError `E_INVALID_INPUT`
 */
export function requireNumber(
  value: number,
  source: string,
  what: string,
  range: { min?: number; max?: number; exclusiveMin?: boolean; exclusiveMax?: boolean },
  fix: string,
): number {
  const {
    min = Number.NEGATIVE_INFINITY,
    max = Number.POSITIVE_INFINITY,
    exclusiveMin = false,
    exclusiveMax = false,
  } = range;
  const ok =
    Number.isFinite(value) &&
    (exclusiveMin ? value > min : value >= min) &&
    (exclusiveMax ? value < max : value <= max);
  if (!ok) {
    const lo = Number.isFinite(min) ? `${exclusiveMin ? "(" : "["}${min}` : "(−∞";
    const hi = Number.isFinite(max) ? `${max}${exclusiveMax ? ")" : "]"}` : "∞)";
    throw new LmbError("E_INVALID_INPUT", `${what} is ${value}, outside ${lo}, ${hi}`, {
      location: { source },
      fix,
    });
  }
  return value;
}

/** A positive finite number (see {@link requireNumber}). */
export function requirePositiveOption(
  value: number,
  source: string,
  what: string,
  fix: string,
): number {
  return requireNumber(value, source, what, { min: 0, exclusiveMin: true }, fix);
}

/** An integer ≥ `min`. */
export function requireIntegerOption(
  value: number,
  source: string,
  what: string,
  min: number,
  fix: string,
): number {
  if (!(Number.isInteger(value) && value >= min)) {
    throw new LmbError("E_INVALID_INPUT", `${what} is ${value}, not an integer ≥ ${min}`, {
      location: { source },
      fix,
    });
  }
  return value;
}
