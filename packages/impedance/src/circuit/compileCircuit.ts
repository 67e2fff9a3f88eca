import { LmbError } from "@lmb/errors";
import type {
  ElementDefinition,
  ElementJacobian,
  ElementParameter,
} from "../elements/elementDefinition.js";
import { elementDefinition } from "../elements/elementRegistry.js";
import { type FrequencyGrid, frequencyGrid } from "../elements/frequencyGrid.js";
import { type CircuitNode, circuitElements, formatCircuit } from "./circuitNode.js";
import { parseCircuit } from "./parseCircuit.js";

/** One parameter of a compiled circuit. */
export interface CircuitParameter {
  /** impedance.py's name: the element name for one-parameter elements (`R0`), else `Wo1_0`, `Wo1_1`. */
  readonly name: string;
  /** Readable alias `element.symbol`, e.g. `CPE1.alpha`; accepted wherever a name is. */
  readonly alias: string;
  /** Element the parameter belongs to, e.g. `CPE1`. */
  readonly element: string;
  /** Element type, e.g. `CPE`. */
  readonly type: string;
  /** Position in the parameter vector. */
  readonly index: number;
  readonly symbol: string;
  readonly unit: string;
  readonly description: string;
  /** Default lower bound. */
  readonly min: number;
  /** Default upper bound. */
  readonly max: number;
  readonly sampling: ElementParameter["sampling"];
}

/** One element of a compiled circuit. */
export interface CircuitElementInfo {
  readonly name: string;
  readonly type: string;
  readonly definition: ElementDefinition;
  /** Index of its first parameter in the parameter vector. */
  readonly parameterOffset: number;
}

/**
 * A circuit evaluator bound to one set of angular frequencies, with its buffers allocated: the form
 * a fit calls hundreds of times.
 */
export interface BoundCircuit {
  /** The frequencies and their precomputed constants. */
  readonly grid: FrequencyGrid;
  /** Writes Re Z and Im Z (Ω) at each ω of the grid for parameter vector `p`. */
  impedance(p: ArrayLike<number>, re: Float64Array, im: Float64Array): void;
  /**
   * Writes Z and its analytic Jacobian: `jRe[i·P + k]` = ∂Re Z(ω_i)/∂p_k, `jIm[i·P + k]` =
   * ∂Im Z(ω_i)/∂p_k (row-major N × P, P = parameter count).
   */
  impedanceAndJacobian(
    p: ArrayLike<number>,
    re: Float64Array,
    im: Float64Array,
    jRe: Float64Array,
    jIm: Float64Array,
  ): void;
}

/**
 * A circuit parsed once and compiled into closures: evaluating it never re-reads the string.
 * Frequencies passed to the evaluators are angular, ω = 2πf in rad s⁻¹; impedances are in Ω.
 */
export interface Circuit {
  /** The circuit in canonical form (no spaces). */
  readonly text: string;
  /** The parsed tree. */
  readonly root: CircuitNode;
  /** Elements in string order. */
  readonly elements: readonly CircuitElementInfo[];
  /** Parameters in impedance.py's order (string order, then each element's own order). */
  readonly parameters: readonly CircuitParameter[];
  /** Index of a parameter by name or alias (e.g. `"Wo1_1"` or `"Wo1.tau"`), or -1. */
  parameterIndex(nameOrAlias: string): number;
  /** An evaluator for these angular frequencies (rad s⁻¹), buffers preallocated. */
  bind(omega: ArrayLike<number>): BoundCircuit;
  /** Writes Re Z and Im Z (Ω) at each ω of `omega` (convenience: binds, then evaluates). */
  impedance(
    omega: ArrayLike<number>,
    p: ArrayLike<number>,
    re: Float64Array,
    im: Float64Array,
  ): void;
  /** Writes Z and the Jacobian as {@link BoundCircuit.impedanceAndJacobian} (binds each call). */
  impedanceAndJacobian(
    omega: ArrayLike<number>,
    p: ArrayLike<number>,
    re: Float64Array,
    im: Float64Array,
    jRe: Float64Array,
    jIm: Float64Array,
  ): void;
}

/** A node evaluated over the whole grid: Z in `re`/`im`, derivatives of its parameters in jac. */
interface BoundNode {
  run: (jac: ElementJacobian | undefined) => void;
  re: Float64Array;
  im: Float64Array;
  /** Its parameters occupy [first, last) of the parameter vector (contiguous by construction). */
  first: number;
  last: number;
}

/**
 * Compiles a circuit (a string in impedance.py's syntax, or a tree from {@link parseCircuit})
 * into a fast evaluator of Z(ω) and of the analytic Jacobian ∂Z/∂p.
 *
 * Each element evaluates all frequencies in one loop (per-call constants hoisted, ln ω, √ω and 1/ω
 * precomputed by {@link Circuit.bind}). Series: Z = Σ Z_i, ∂Z/∂p = ∂Z_i/∂p. Parallel:
 * Z = 1/Σ(1/Z_i), ∂Z/∂p = (Z/Z_i)²·∂Z_i/∂p for p in branch i (a branch with Z_i = 0 shorts the
 * block: Z = 0; an infinite Z_i, e.g. C = 0, is an open branch that adds no admittance and,
 * approximately, no derivative). A subtree's parameters are contiguous in string order, so each
 * node scales its own columns of the Jacobian in place.
 *
 * @param circuit - circuit string or parsed tree
 * @returns the compiled circuit
 * @throws LmbError `E_CIRCUIT_PARSE` (see {@link parseCircuit})
 * @example
 * const c = compileCircuit("R0-p(R1,C1)");
 * const re = new Float64Array(1), im = new Float64Array(1);
 * c.impedance([1000], [10, 100, 1e-5], re, im); // Z(ω = 1000 rad/s) = 60 − 50j Ω
 */
export function compileCircuit(circuit: string | CircuitNode): Circuit {
  const root = typeof circuit === "string" ? parseCircuit(circuit) : circuit;
  const text = formatCircuit(root);
  const elementNodes = circuitElements(root);
  const elements: CircuitElementInfo[] = [];
  const parameters: CircuitParameter[] = [];
  const infoByName = new Map<string, CircuitElementInfo>();
  for (const node of elementNodes) {
    const definition = elementDefinition(node.type);
    if (definition === undefined || infoByName.has(node.name)) {
      // A hand-built tree that the parser would have rejected.
      throw new LmbError("E_CIRCUIT_PARSE", `element "${node.name}" is unknown or repeated`, {
        location: { source: "circuit", column: node.start + 1 },
        fix: "build the tree with parseCircuit",
      });
    }
    const offset = parameters.length;
    const info = { name: node.name, type: node.type, definition, parameterOffset: offset };
    infoByName.set(node.name, info);
    elements.push(info);
    const many = definition.parameters.length > 1;
    definition.parameters.forEach((spec, k) => {
      parameters.push({
        name: many ? `${node.name}_${k}` : node.name,
        alias: `${node.name}.${spec.symbol}`,
        element: node.name,
        type: node.type,
        index: offset + k,
        symbol: spec.symbol,
        unit: spec.unit,
        description: spec.description,
        min: spec.min,
        max: spec.max,
        sampling: spec.sampling,
      });
    });
  }
  const P = parameters.length;
  const byName = new Map<string, number>();
  for (const p of parameters) {
    byName.set(p.name, p.index);
    byName.set(p.alias, p.index);
  }

  const bind = (omega: ArrayLike<number>): BoundCircuit => {
    const grid = frequencyGrid(omega);
    const n = grid.omega.length;
    const own = new Float64Array(P);
    // The parameter vector the closures read: the caller's Float64Array, or `own` holding a copy.
    let pv: Float64Array = own;
    const build = (node: CircuitNode): BoundNode => {
      const re = new Float64Array(n);
      const im = new Float64Array(n);
      if (node.kind === "element") {
        const info = infoByName.get(node.name) as CircuitElementInfo;
        const { evaluate } = info.definition;
        const at = info.parameterOffset;
        return {
          re,
          im,
          first: at,
          last: at + info.definition.parameters.length,
          run: (jac) => evaluate(grid, pv, at, re, im, jac),
        };
      }
      const children = node.children.map(build);
      const first = (children[0] as BoundNode).first;
      const last = (children[children.length - 1] as BoundNode).last;
      if (node.kind === "series") {
        const parts = children.map((c) => [c.re, c.im] as const);
        return {
          re,
          im,
          first,
          last,
          run: (jac) => {
            for (const child of children) child.run(jac);
            const [r0, i0] = parts[0] as readonly [Float64Array, Float64Array];
            re.set(r0);
            im.set(i0);
            for (let c = 1; c < parts.length; c++) {
              const [cr, ci] = parts[c] as readonly [Float64Array, Float64Array];
              for (let i = 0; i < n; i++) {
                re[i] = (re[i] as number) + (cr[i] as number);
                im[i] = (im[i] as number) + (ci[i] as number);
              }
            }
          },
        };
      }
      const count = children.length;
      // Per point: admittances y_c = 1/Z_c of each branch (0 for an open one), zero-branch count.
      const yr = new Float64Array(count);
      const yi = new Float64Array(count);
      const open = new Uint8Array(count);
      return {
        re,
        im,
        first,
        last,
        run: (jac) => {
          for (const child of children) child.run(jac);
          for (let i = 0; i < n; i++) {
            let sr = 0;
            let si = 0;
            let zeros = 0;
            for (let c = 0; c < count; c++) {
              const child = children[c] as BoundNode;
              const cr = child.re[i] as number;
              const ci = child.im[i] as number;
              const m = cr * cr + ci * ci;
              open[c] = 0;
              if (m === 0) {
                zeros++;
                yr[c] = 0;
                yi[c] = 0;
              } else if (m === Number.POSITIVE_INFINITY) {
                // An infinite branch (e.g. C = 0) is open: no admittance.
                open[c] = 1;
                yr[c] = 0;
                yi[c] = 0;
              } else {
                const a = cr / m;
                const b = -ci / m;
                yr[c] = a;
                yi[c] = b;
                sr += a;
                si += b;
              }
            }
            let zr = 0;
            let zi = 0;
            if (zeros === 0) {
              const m = sr * sr + si * si;
              zr = sr / m;
              zi = -si / m;
            }
            re[i] = zr;
            im[i] = zi;
            if (jac === undefined) continue;
            const row = i * jac.stride;
            const jr = jac.re;
            const ji = jac.im;
            for (let c = 0; c < count; c++) {
              const child = children[c] as BoundNode;
              // Factor (Z/Z_c)² = (Z·y_c)²; a shorted block: 1 for its one zero branch, else 0.
              let fr = 0;
              let fi = 0;
              if (zeros > 0) {
                const isZero = open[c] === 0 && yr[c] === 0 && yi[c] === 0;
                fr = zeros === 1 && isZero ? 1 : 0;
              } else if (open[c] === 0) {
                const a = yr[c] as number;
                const b = yi[c] as number;
                const qr = zr * a - zi * b;
                const qi = zr * b + zi * a;
                fr = qr * qr - qi * qi;
                fi = 2 * qr * qi;
              }
              const end = row + child.last;
              if (fr === 0 && fi === 0) {
                for (let k = row + child.first; k < end; k++) {
                  jr[k] = 0;
                  ji[k] = 0;
                }
                continue;
              }
              for (let k = row + child.first; k < end; k++) {
                const a = jr[k] as number;
                const b = ji[k] as number;
                jr[k] = a * fr - b * fi;
                ji[k] = a * fi + b * fr;
              }
            }
          }
        },
      };
    };
    const top = build(root);
    const load = (p: ArrayLike<number>) => {
      if (p.length !== P) {
        throw new LmbError(
          "E_INVALID_PARAMETERS",
          `circuit ${text} has ${P} parameters, got ${p.length}`,
          {
            location: { source: "parameters" },
            fix: `pass ${P} values in the order ${parameters.map((q) => q.name).join(", ")}`,
          },
        );
      }
      if (p instanceof Float64Array) pv = p;
      else {
        for (let k = 0; k < P; k++) own[k] = p[k] as number;
        pv = own;
      }
    };
    return {
      grid,
      impedance(p, re, im) {
        load(p);
        top.run(undefined);
        re.set(top.re);
        im.set(top.im);
        pv = own;
      },
      impedanceAndJacobian(p, re, im, jRe, jIm) {
        load(p);
        top.run({ re: jRe, im: jIm, stride: P });
        re.set(top.re);
        im.set(top.im);
        pv = own;
      },
    };
  };

  return {
    text,
    root,
    elements,
    parameters,
    parameterIndex: (name) => byName.get(name) ?? -1,
    bind,
    impedance: (omega, p, re, im) => bind(omega).impedance(p, re, im),
    impedanceAndJacobian: (omega, p, re, im, jRe, jIm) =>
      bind(omega).impedanceAndJacobian(p, re, im, jRe, jIm),
  };
}
