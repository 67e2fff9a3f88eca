import { LmbError } from "@lmb/errors";
import type { CircuitNode } from "./circuitNode.js";
import { type Circuit, compileCircuit } from "./compileCircuit.js";

/** Parameter values: a vector in the circuit's parameter order, or a record by name or alias. */
export type CircuitParameterValues = ArrayLike<number> | Readonly<Record<string, number>>;

/**
 * Turns parameter values given as a record (names such as `"Wo1_1"` or aliases such as
 * `"Wo1.tau"`) or a vector into the circuit's parameter vector.
 *
 * @throws LmbError `E_INVALID_PARAMETERS` for a missing, unknown or repeated name, a wrong length or a
 *   non-finite value
 * @example
 * parameterVector(compileCircuit("R0-p(R1,C1)"), { R0: 1, R1: 10, "C1.C": 1e-6 }); // [1, 10, 1e-6]
 */
export function parameterVector(circuit: Circuit, values: CircuitParameterValues): Float64Array {
  const P = circuit.parameters.length;
  const names = circuit.parameters.map((p) => p.name);
  if (typeof (values as ArrayLike<number>).length === "number") {
    const v = values as ArrayLike<number>;
    if (v.length !== P) {
      throw new LmbError(
        "E_INVALID_PARAMETERS",
        `circuit ${circuit.text} has ${P} parameters, got ${v.length} values`,
        { location: { source: "parameters" }, fix: `give values for ${names.join(", ")}` },
      );
    }
    const out = Float64Array.from({ length: P }, (_, k) => v[k] as number);
    const bad = out.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) {
      throw new LmbError("E_INVALID_PARAMETERS", `${names[bad]} is ${out[bad]}`, {
        location: { source: `parameters[${bad}]` },
        fix: "give finite parameter values in SI units",
      });
    }
    return out;
  }
  const out = new Float64Array(P).fill(Number.NaN);
  for (const [key, value] of Object.entries(values as Record<string, number>)) {
    const k = circuit.parameterIndex(key);
    if (k < 0) {
      throw new LmbError(
        "E_INVALID_PARAMETERS",
        `circuit ${circuit.text} has no parameter "${key}"`,
        {
          location: { source: `parameters.${key}` },
          fix: `use one of ${names.join(", ")}`,
        },
      );
    }
    if (!Number.isNaN(out[k] as number)) {
      throw new LmbError("E_INVALID_PARAMETERS", `parameter "${names[k]}" is given twice`, {
        location: { source: `parameters.${key}` },
        fix: "give each parameter once, by its name or by its alias",
      });
    }
    if (!Number.isFinite(value)) {
      throw new LmbError("E_INVALID_PARAMETERS", `${key} is ${value}`, {
        location: { source: `parameters.${key}` },
        fix: "give finite parameter values in SI units",
      });
    }
    out[k] = value;
  }
  const missing = names.filter((_, k) => Number.isNaN(out[k] as number));
  if (missing.length > 0) {
    throw new LmbError("E_INVALID_PARAMETERS", `no value for ${missing.join(", ")}`, {
      location: { source: "parameters" },
      fix: `give values for all of ${names.join(", ")}`,
    });
  }
  return out;
}

/**
 * Impedance of a circuit at frequencies f (Hz): Z(2πf) for the given parameter values (SI units,
 * see each element's parameters). Re Z and Im Z in Ω; Im Z is negative for a capacitive response,
 * like `ImpedanceSpectrum.zImag`.
 *
 * @param circuit - circuit string, parsed tree or compiled circuit
 * @param frequency - frequencies in Hz
 * @param values - parameters as a vector (circuit order) or a record by name/alias
 * @example
 * const { zReal, zImag } = circuitImpedance("R0-p(R1,C1)", [1, 10, 100], { R0: 10, R1: 100, C1: 1e-3 });
 */
export function circuitImpedance(
  circuit: string | CircuitNode | Circuit,
  frequency: ArrayLike<number>,
  values: CircuitParameterValues,
): { zReal: Float64Array; zImag: Float64Array } {
  const compiled =
    typeof circuit === "object" && "impedance" in circuit ? circuit : compileCircuit(circuit);
  const p = parameterVector(compiled, values);
  const omega = Float64Array.from(frequency, (f) => 2 * Math.PI * f);
  const zReal = new Float64Array(omega.length);
  const zImag = new Float64Array(omega.length);
  compiled.impedance(omega, p, zReal, zImag);
  return { zReal, zImag };
}
