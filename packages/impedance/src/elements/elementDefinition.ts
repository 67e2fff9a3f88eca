import type { FrequencyGrid } from "./frequencyGrid.js";

/**
 * One parameter of a circuit element: its symbol (as impedance.py names it), unit, default
 * bounds and how a multi-start fit samples it.
 *
 * @example
 * const alpha: ElementParameter = {
 *   symbol: "alpha", unit: "1", description: "CPE exponent", min: 0, max: 1,
 *   sampling: { kind: "linear", low: 0.5, high: 1 },
 * };
 */
export interface ElementParameter {
  /** Symbol, e.g. `"R"`, `"Q"`, `"alpha"`, `"Z0"`, `"tau"`. */
  readonly symbol: string;
  /** Unit in SI, e.g. `"Ω"`, `"F"`, `"Ω⁻¹ s^α"`, `"1"`. */
  readonly unit: string;
  /** One line for tables and help. */
  readonly description: string;
  /** Default lower bound (impedance.py: 0). */
  readonly min: number;
  /** Default upper bound (impedance.py: ∞, exponents 1). */
  readonly max: number;
  /**
   * How a multi-start fit draws a new start: `"log"` multiplies the value by 10^U(−1, 1);
   * `"linear"` draws uniformly from [low, high].
   */
  readonly sampling:
    | { readonly kind: "log" }
    | { readonly kind: "linear"; readonly low: number; readonly high: number };
}

/**
 * The role an element usually plays in a spectrum, used only to build initial guesses:
 * `resistive` (R), `capacitive` (C, CPE), `inductive` (L, La), `diffusive` (Warburg types,
 * Gerischer) or `relaxation` (elements with their own arc, e.g. K, Zarc).
 */
export type ElementRole = "resistive" | "capacitive" | "inductive" | "diffusive" | "relaxation";

/**
 * Where an element writes its derivatives: ∂Re Z(ω_i)/∂p_k at `re[i·stride + at + k]` and
 * ∂Im Z(ω_i)/∂p_k at `im[i·stride + at + k]` (row-major N × stride, stride = circuit parameter
 * count).
 */
export interface ElementJacobian {
  readonly re: Float64Array;
  readonly im: Float64Array;
  readonly stride: number;
}

/**
 * Evaluates an element at every frequency of `grid`: writes Z(ω_i) into `zRe[i]`, `zIm[i]` (Ω)
 * and, when `jac` is given, ∂Z/∂p_k for each of its parameters p_k = `p[at + k]`.
 */
export type ElementEvaluate = (
  grid: FrequencyGrid,
  p: Float64Array,
  at: number,
  zRe: Float64Array,
  zIm: Float64Array,
  jac: ElementJacobian | undefined,
) => void;

/**
 * A circuit element type: its name in circuit strings, parameters in impedance.py's order,
 * formula, source and vectorised evaluator (impedance and analytic derivatives).
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * resistor.evaluate(frequencyGrid([1]), Float64Array.of(10), 0, re, im, undefined); // re = [10]
 */
export interface ElementDefinition {
  /** Type name in circuit strings, e.g. `"CPE"` in `CPE1`. */
  readonly type: string;
  /** Human name, e.g. "constant-phase element". */
  readonly title: string;
  /** Impedance formula as text, ω = 2πf. */
  readonly formula: string;
  /** Where the formula comes from. */
  readonly source: string;
  /** Parameters in order (impedance.py's order). */
  readonly parameters: readonly ElementParameter[];
  /** Role in a spectrum, for initial guesses. */
  readonly role: ElementRole;
  readonly evaluate: ElementEvaluate;
}
