/**
 * A parsed circuit: elements combined in series and in parallel. `start`/`end` are 0-based
 * character indices into the circuit string the node was parsed from (end exclusive).
 *
 * @example
 * const node: CircuitNode = { kind: "element", name: "R0", type: "R", start: 0, end: 2 };
 */
export type CircuitNode = CircuitElementNode | CircuitSeriesNode | CircuitParallelNode;

/** One element, e.g. `CPE1` (type `CPE`). */
export interface CircuitElementNode {
  readonly kind: "element";
  /** Name as written, unique in the circuit, e.g. `"CPE1"` or `"R_0"`. */
  readonly name: string;
  /** Element type, e.g. `"CPE"` (see `CIRCUIT_ELEMENTS`). */
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Two or more nodes in series (`A-B-C`): Z = Σ Z_i. */
export interface CircuitSeriesNode {
  readonly kind: "series";
  readonly children: readonly CircuitNode[];
  readonly start: number;
  readonly end: number;
}

/** Two or more nodes in parallel (`p(A,B)`): Z = 1/Σ(1/Z_i). */
export interface CircuitParallelNode {
  readonly kind: "parallel";
  readonly children: readonly CircuitNode[];
  readonly start: number;
  readonly end: number;
}

/**
 * Writes a circuit back as text in impedance.py's syntax, without spaces.
 *
 * @example
 * formatCircuit(parseCircuit("R0 - p(R1, C1)")); // "R0-p(R1,C1)"
 */
export function formatCircuit(node: CircuitNode): string {
  if (node.kind === "element") return node.name;
  if (node.kind === "series") return node.children.map(formatCircuit).join("-");
  return `p(${node.children.map(formatCircuit).join(",")})`;
}

/**
 * The element nodes of a circuit in string order (which is also parameter order).
 *
 * @example
 * circuitElements(parseCircuit("R0-p(R1,C1)")).map((e) => e.name); // ["R0", "R1", "C1"]
 */
export function circuitElements(node: CircuitNode): CircuitElementNode[] {
  if (node.kind === "element") return [node];
  return node.children.flatMap(circuitElements);
}
