import type { CircuitNode } from "../circuit/circuitNode.js";
import type { Circuit } from "../circuit/compileCircuit.js";
import type { ParameterPlan } from "./resolveParameters.js";

/** A simple arc: its parameter indices (in order) and its time constant from values. */
interface ArcBlock {
  indices: number[];
  tau: (p: Float64Array) => number;
}

function simpleArc(
  circuit: Circuit,
  node: CircuitNode,
): { signature: string; block: ArcBlock } | undefined {
  const info = (name: string) => circuit.elements.find((e) => e.name === name);
  if (node.kind === "element") {
    if (node.type !== "Zarc" && node.type !== "K") return undefined;
    const at = info(node.name)?.parameterOffset as number;
    const count = node.type === "Zarc" ? 3 : 2;
    return {
      signature: node.type,
      block: {
        indices: Array.from({ length: count }, (_, k) => at + k),
        tau: (p) => p[at + 1] as number,
      },
    };
  }
  if (node.kind !== "parallel" || node.children.length !== 2) return undefined;
  const [a, b] = node.children as [CircuitNode, CircuitNode];
  if (a.kind !== "element" || b.kind !== "element") return undefined;
  const types = `${a.type},${b.type}`;
  if (!["R,C", "C,R", "R,CPE", "CPE,R"].includes(types)) return undefined;
  const ia = info(a.name)?.parameterOffset as number;
  const ib = info(b.name)?.parameterOffset as number;
  const r = a.type === "R" ? ia : ib;
  const q = a.type === "R" ? ib : ia;
  const cpe = a.type === "CPE" || b.type === "CPE";
  const indices = [
    ia,
    ...(a.type === "CPE" ? [ia + 1] : []),
    ib,
    ...(b.type === "CPE" ? [ib + 1] : []),
  ];
  return {
    signature: `p(${types})`,
    block: {
      indices,
      tau: cpe
        ? (p) => ((p[r] as number) * (p[q] as number)) ** (1 / (p[q + 1] as number))
        : (p) => (p[r] as number) * (p[q] as number),
    },
  };
}

function groups(circuit: Circuit, node: CircuitNode, out: ArcBlock[][]): void {
  if (node.kind === "element") return;
  if (node.kind === "series") {
    const bySignature = new Map<string, ArcBlock[]>();
    for (const child of node.children) {
      const arc = simpleArc(circuit, child);
      if (arc === undefined) continue;
      const list = bySignature.get(arc.signature) ?? [];
      list.push(arc.block);
      bySignature.set(arc.signature, list);
    }
    for (const list of bySignature.values()) if (list.length > 1) out.push(list);
  }
  for (const child of node.children) groups(circuit, child, out);
}

/**
 * The permutation that relabels interchangeable arcs so that time constants increase from left
 * to right (highest-frequency arc first): sibling blocks in one series chain with the same
 * structure — `p(R,C)`, `p(R,CPE)` (either order), `Zarc`, `K` — whose parameters are all free
 * with default bounds. Swapping such blocks leaves Z unchanged, so fits that end with arcs swapped
 * (impedance.py issue #152) get the same labels every time.
 *
 * @returns `perm` with new value k = old value perm[k], or undefined when nothing moves
 * @example
 * const perm = arcOrderPermutation(circuit, plan, values);
 */
export function arcOrderPermutation(
  circuit: Circuit,
  plan: ParameterPlan,
  values: Float64Array,
): Int32Array | undefined {
  const found: ArcBlock[][] = [];
  groups(circuit, circuit.root, found);
  const perm = Int32Array.from({ length: values.length }, (_, k) => k);
  let moved = false;
  const free = (k: number) =>
    plan.fixed[k] === 0 &&
    plan.lower[k] === circuit.parameters[k]?.min &&
    plan.upper[k] === circuit.parameters[k]?.max;
  for (const group of found) {
    if (!group.every((b) => b.indices.every(free))) continue;
    const taus = group.map((b) => b.tau(values));
    if (!taus.every(Number.isFinite)) continue;
    const order = group.map((_, j) => j).sort((x, y) => (taus[x] as number) - (taus[y] as number));
    order.forEach((from, to) => {
      if (from === to) return;
      moved = true;
      const target = group[to] as ArcBlock;
      const source = group[from] as ArcBlock;
      target.indices.forEach((k, m) => {
        perm[k] = source.indices[m] as number;
      });
    });
  }
  return moved ? perm : undefined;
}
