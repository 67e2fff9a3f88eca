import { LmbError } from "@lmb/errors";
import type { ParameterSpec } from "./types.js";

/** Parameter specifications checked and laid out as arrays for the solver. */
export interface ParameterLayout {
  names: string[];
  /** Starting values of all parameters. */
  initial: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Indices (into all parameters) of the free ones, in order. */
  free: Int32Array;
  /** User finite-difference steps per parameter (0 = automatic). */
  steps: Float64Array;
}

/**
 * Checks parameter specifications and lays them out for the solver.
 *
 * @throws LmbError `E_INVALID_PARAMETERS` (empty list, duplicate or empty name, non-finite start,
 *   bad step, no free parameter) or `E_BOUNDS` (min > max, NaN bound, start outside [min, max]).
 * @example
 * const layout = layoutParameters([{ name: "a", initial: 1, min: 0 }]);
 */
export function layoutParameters(specs: readonly ParameterSpec[]): ParameterLayout {
  const where = (i: number) => ({ source: `parameters[${i}]` });
  if (specs.length === 0) {
    throw new LmbError("E_INVALID_PARAMETERS", "no parameters given", {
      fix: "pass at least one { name, initial } parameter",
    });
  }
  const count = specs.length;
  const layout: ParameterLayout = {
    names: [],
    initial: new Float64Array(count),
    lower: new Float64Array(count),
    upper: new Float64Array(count),
    free: new Int32Array(0),
    steps: new Float64Array(count),
  };
  const free: number[] = [];
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    const {
      name,
      initial,
      min = Number.NEGATIVE_INFINITY,
      max = Number.POSITIVE_INFINITY,
      fixed = false,
      step = 0,
    } = spec;
    if (typeof name !== "string" || name.length === 0 || seen.has(name)) {
      throw new LmbError("E_INVALID_PARAMETERS", `parameter name "${name}" is empty or repeated`, {
        location: where(i),
        fix: "give every parameter a unique, non-empty name",
      });
    }
    seen.add(name);
    if (!Number.isFinite(initial)) {
      throw new LmbError("E_INVALID_PARAMETERS", `parameter "${name}" starts at ${initial}`, {
        location: where(i),
        fix: "give a finite starting value",
      });
    }
    if (!(step >= 0) || !Number.isFinite(step)) {
      throw new LmbError("E_INVALID_PARAMETERS", `parameter "${name}" has step ${step}`, {
        location: where(i),
        fix: "give a finite, positive finite-difference step or leave it out",
      });
    }
    if (Number.isNaN(min) || Number.isNaN(max) || min > max || (min === max && !fixed)) {
      throw new LmbError("E_BOUNDS", `parameter "${name}" has bounds [${min}, ${max}]`, {
        location: where(i),
        fix: "use min < max, or `fixed: true` to hold a parameter constant",
      });
    }
    if (initial < min || initial > max) {
      throw new LmbError(
        "E_BOUNDS",
        `parameter "${name}" starts at ${initial}, outside its bounds [${min}, ${max}]`,
        { location: where(i), fix: "choose a starting value within [min, max]" },
      );
    }
    layout.names.push(name);
    layout.initial[i] = initial;
    layout.lower[i] = min;
    layout.upper[i] = max;
    layout.steps[i] = step;
    if (!fixed) free.push(i);
  });
  if (free.length === 0) {
    throw new LmbError("E_INVALID_PARAMETERS", "every parameter is fixed: nothing to fit", {
      fix: "leave at least one parameter free",
    });
  }
  layout.free = Int32Array.from(free);
  return layout;
}
