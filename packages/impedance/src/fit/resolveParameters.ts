import { LmbError } from "@lmb/errors";
import type { CircuitParameterValues } from "../circuit/circuitImpedance.js";
import type { Circuit } from "../circuit/compileCircuit.js";

/** Bounds for one parameter, in its SI unit: `[min, max]` or `{ min?, max? }`. */
export type ParameterBounds =
  | readonly [number, number]
  | { readonly min?: number; readonly max?: number };

/** Starting values, bounds, fixed flags and parameterization of every circuit parameter. */
export interface ParameterPlan {
  initial: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  fixed: Uint8Array;
  /** Fitted as θ = ln p (positive, log-sampled parameters). */
  log: Uint8Array;
  /** Where the starting values came from. */
  guess: "given" | "estimated" | "mixed";
}

/** Inputs of {@link resolveParameters}. */
export interface ParameterRequest {
  initialGuess?: CircuitParameterValues | undefined;
  fixed?: Readonly<Record<string, number>> | undefined;
  bounds?: Readonly<Record<string, ParameterBounds>> | undefined;
  /** Fit positive parameters in log space. @default true */
  logParameters?: boolean | undefined;
}

function lookup(circuit: Circuit, key: string, what: string): number {
  const k = circuit.parameterIndex(key);
  if (k < 0) {
    throw new LmbError(
      "E_INVALID_PARAMETERS",
      `${what}: circuit ${circuit.text} has no parameter "${key}"`,
      {
        location: { source: `options.${what}.${key}` },
        fix: `use one of ${circuit.parameters.map((p) => p.name).join(", ")} (or aliases such as ${circuit.parameters[circuit.parameters.length - 1]?.alias})`,
      },
    );
  }
  return k;
}

/**
 * Merges default bounds (each element's, i.e. impedance.py's), user bounds, fixed values
 * (impedance.py's `constants`) and starting values — given as a full vector, as a vector of the
 * free parameters only (impedance.py's `initial_guess`), as a record by name or alias (missing ones
 * estimated), or estimated entirely — into a {@link ParameterPlan}.
 *
 * @param estimate - called (once) when some starting value is missing
 * @throws LmbError `E_INVALID_PARAMETERS` (unknown name, wrong length, non-finite value, nothing
 *   free) or `E_BOUNDS` (min ≥ max, a start or fixed value outside its bounds)
 * @example
 * const plan = resolveParameters(circuit, { fixed: { R0: 0.02 } }, () => estimateInitialGuess(circuit, data));
 */
export function resolveParameters(
  circuit: Circuit,
  request: ParameterRequest,
  estimate: () => Float64Array,
): ParameterPlan {
  const P = circuit.parameters.length;
  const plan: ParameterPlan = {
    initial: new Float64Array(P).fill(Number.NaN),
    lower: Float64Array.from(circuit.parameters, (p) => p.min),
    upper: Float64Array.from(circuit.parameters, (p) => p.max),
    fixed: new Uint8Array(P),
    log: new Uint8Array(P),
    guess: "given",
  };
  for (const [key, b] of Object.entries(request.bounds ?? {})) {
    const k = lookup(circuit, key, "bounds");
    const [min, max] = Array.isArray(b)
      ? (b as readonly [number, number])
      : [
          (b as { min?: number }).min ?? plan.lower[k],
          (b as { max?: number }).max ?? plan.upper[k],
        ];
    if (Number.isNaN(min) || Number.isNaN(max) || !((min as number) < (max as number))) {
      throw new LmbError("E_BOUNDS", `bounds of "${key}" are [${min}, ${max}]`, {
        location: { source: `options.bounds.${key}` },
        fix: "give min < max, or hold the parameter with options.fixed",
      });
    }
    plan.lower[k] = min as number;
    plan.upper[k] = max as number;
  }
  for (const [key, value] of Object.entries(request.fixed ?? {})) {
    const k = lookup(circuit, key, "fixed");
    if (!Number.isFinite(value)) {
      throw new LmbError("E_INVALID_PARAMETERS", `fixed value of "${key}" is ${value}`, {
        location: { source: `options.fixed.${key}` },
        fix: "give a finite number in the parameter's SI unit",
      });
    }
    plan.fixed[k] = 1;
    plan.initial[k] = value;
  }
  const freeIndices = circuit.parameters.map((_, k) => k).filter((k) => plan.fixed[k] === 0);
  if (freeIndices.length === 0) {
    throw new LmbError("E_INVALID_PARAMETERS", "every parameter is fixed: nothing to fit", {
      location: { source: "options.fixed" },
      fix: "leave at least one parameter free, or use circuitImpedance to evaluate the circuit",
    });
  }
  const given = request.initialGuess;
  if (given !== undefined) {
    if (typeof (given as ArrayLike<number>).length === "number") {
      const v = given as ArrayLike<number>;
      if (v.length === P) {
        for (const k of freeIndices) plan.initial[k] = v[k] as number;
      } else if (v.length === freeIndices.length) {
        freeIndices.forEach((k, j) => {
          plan.initial[k] = v[j] as number;
        });
      } else {
        throw new LmbError(
          "E_INVALID_PARAMETERS",
          `initial guess has ${v.length} values; circuit ${circuit.text} has ${P} parameters (${freeIndices.length} free)`,
          {
            location: { source: "options.initialGuess" },
            fix: `give ${P} values (${circuit.parameters.map((p) => p.name).join(", ")}) or one per free parameter, or a record by name`,
          },
        );
      }
      for (const k of freeIndices) {
        if (!Number.isFinite(plan.initial[k] as number)) {
          throw new LmbError(
            "E_INVALID_PARAMETERS",
            `initial guess of "${circuit.parameters[k]?.name}" is ${plan.initial[k]}`,
            { location: { source: "options.initialGuess" }, fix: "give finite starting values" },
          );
        }
      }
    } else {
      for (const [key, value] of Object.entries(given as Record<string, number>)) {
        const k = lookup(circuit, key, "initialGuess");
        if (!Number.isFinite(value)) {
          throw new LmbError("E_INVALID_PARAMETERS", `initial guess of "${key}" is ${value}`, {
            location: { source: `options.initialGuess.${key}` },
            fix: "give a finite starting value, or leave the name out to have it estimated",
          });
        }
        if (plan.fixed[k] === 0) plan.initial[k] = value;
      }
    }
  }
  const missing = freeIndices.filter((k) => Number.isNaN(plan.initial[k] as number));
  if (missing.length > 0) {
    const estimated = estimate();
    for (const k of missing) {
      const lo = plan.lower[k] as number;
      const hi = plan.upper[k] as number;
      let v = Math.min(Math.max(estimated[k] as number, lo), hi);
      if (v === lo && lo === 0 && circuit.parameters[k]?.sampling.kind === "log")
        v = Math.min(1e-6, hi / 2);
      plan.initial[k] = v;
    }
    plan.guess = missing.length === freeIndices.length ? "estimated" : "mixed";
  }
  for (let k = 0; k < P; k++) {
    const v = plan.initial[k] as number;
    const lo = plan.lower[k] as number;
    const hi = plan.upper[k] as number;
    const name = circuit.parameters[k]?.name;
    if (v < lo || v > hi) {
      const what = plan.fixed[k] === 1 ? "fixed value" : "initial guess";
      throw new LmbError(
        "E_BOUNDS",
        `${what} of "${name}" is ${v}, outside its bounds [${lo}, ${hi}]`,
        {
          location: {
            source: plan.fixed[k] === 1 ? `options.fixed.${name}` : "options.initialGuess",
          },
          fix: "choose a value within the bounds, or widen them with options.bounds",
        },
      );
    }
    plan.log[k] =
      request.logParameters !== false &&
      plan.fixed[k] === 0 &&
      circuit.parameters[k]?.sampling.kind === "log" &&
      lo >= 0 &&
      v > 0
        ? 1
        : 0;
  }
  return plan;
}
