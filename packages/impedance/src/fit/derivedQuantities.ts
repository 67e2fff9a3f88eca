import type { CircuitDerivedQuantity } from "@lmb/schemas";
import { type CircuitNode, formatCircuit } from "../circuit/circuitNode.js";
import type { Circuit } from "../circuit/compileCircuit.js";

type Formula = (p: Float64Array) => number;

interface Candidate {
  source: string;
  quantity: CircuitDerivedQuantity["quantity"];
  symbol: string;
  unit: string;
  formula: string;
  reference: string;
  compute: Formula;
}

const HSU_MANSFELD = "Hsu & Mansfeld, Corrosion 57 (2001) 747; Orazem & Tribollet (2017) ch. 14";

function arcCandidates(circuit: Circuit, node: CircuitNode, out: Candidate[]): void {
  const offset = (name: string) =>
    circuit.elements.find((e) => e.name === name)?.parameterOffset ?? -1;
  if (node.kind === "element") {
    if (node.type === "Zarc" || node.type === "K") {
      const at = offset(node.name);
      out.push(
        {
          source: node.name,
          quantity: "capacitance",
          symbol: "C_eff",
          unit: "F",
          formula: "C = τ/R",
          reference: node.type === "Zarc" ? HSU_MANSFELD : "τ = RC",
          compute: (p) => (p[at + 1] as number) / (p[at] as number),
        },
        {
          source: node.name,
          quantity: "characteristicFrequency",
          symbol: "f_c",
          unit: "Hz",
          formula: "f_c = 1/(2πτ)",
          reference: "apex of the arc",
          compute: (p) => 1 / (2 * Math.PI * (p[at + 1] as number)),
        },
      );
    }
    return;
  }
  for (const child of node.children) arcCandidates(circuit, child, out);
  if (node.kind !== "parallel" || node.children.length !== 2) return;
  const [a, b] = node.children as [CircuitNode, CircuitNode];
  if (a.kind !== "element" || b.kind !== "element") return;
  const r = a.type === "R" ? a : b.type === "R" ? b : undefined;
  const q = r === a ? b : a;
  if (r === undefined || (q.type !== "CPE" && q.type !== "C")) return;
  const source = formatCircuit(node);
  const ir = offset(r.name);
  const iq = offset(q.name);
  if (q.type === "C") {
    const tau: Formula = (p) => (p[ir] as number) * (p[iq] as number);
    out.push(
      {
        source,
        quantity: "timeConstant",
        symbol: "tau",
        unit: "s",
        formula: "τ = R·C",
        reference: "R‖C time constant",
        compute: tau,
      },
      {
        source,
        quantity: "characteristicFrequency",
        symbol: "f_c",
        unit: "Hz",
        formula: "f_c = 1/(2πRC)",
        reference: "apex of the R‖C arc",
        compute: (p) => 1 / (2 * Math.PI * tau(p)),
      },
    );
    return;
  }
  const tau: Formula = (p) =>
    ((p[ir] as number) * (p[iq] as number)) ** (1 / (p[iq + 1] as number));
  out.push(
    {
      source,
      quantity: "capacitance",
      symbol: "C_eff",
      unit: "F",
      formula: "C = (R^(1−α)·Q)^(1/α)",
      reference: HSU_MANSFELD,
      compute: (p) => {
        const R = p[ir] as number;
        const Q = p[iq] as number;
        const alpha = p[iq + 1] as number;
        return (R ** (1 - alpha) * Q) ** (1 / alpha);
      },
    },
    {
      source,
      quantity: "timeConstant",
      symbol: "tau",
      unit: "s",
      formula: "τ = (R·Q)^(1/α)",
      reference: HSU_MANSFELD,
      compute: tau,
    },
    {
      source,
      quantity: "characteristicFrequency",
      symbol: "f_c",
      unit: "Hz",
      formula: "f_c = 1/(2π(R·Q)^(1/α))",
      reference: HSU_MANSFELD,
      compute: (p) => 1 / (2 * Math.PI * tau(p)),
    },
  );
}

/**
 * Quantities researchers read off fitted arcs, with delta-method standard errors
 * SE(g) = √(∇gᵀ·C·∇g) (C the parameter covariance, ∇g by central differences):
 *
 * - R‖CPE blocks `p(R,CPE)`: equivalent capacitance C = (R^(1−α)·Q)^(1/α), time constant
 *   τ = (R·Q)^(1/α) and characteristic (apex) frequency f_c = 1/(2πτ) (Hsu & Mansfeld 2001);
 * - R‖C blocks: τ = RC and f_c = 1/(2πRC);
 * - Zarc and K elements: C = τ/R and f_c = 1/(2πτ).
 *
 * @param covariance - P × P covariance of all parameters in SI units (zeros for fixed ones), or
 *   undefined when not available (then no standard errors)
 * @example
 * derivedQuantities(compileCircuit("R0-p(R1,CPE1)"), Float64Array.of(10, 100, 1e-5, 0.9), undefined);
 */
export function derivedQuantities(
  circuit: Circuit,
  values: Float64Array,
  covariance: Float64Array | undefined,
): CircuitDerivedQuantity[] {
  const candidates: Candidate[] = [];
  arcCandidates(circuit, circuit.root, candidates);
  const P = values.length;
  const grad = new Float64Array(P);
  return candidates.flatMap((c) => {
    const value = c.compute(values);
    if (!Number.isFinite(value)) return [];
    const out: CircuitDerivedQuantity = {
      source: c.source,
      quantity: c.quantity,
      symbol: c.symbol,
      unit: c.unit,
      value,
      formula: c.formula,
      reference: c.reference,
    };
    if (covariance !== undefined) {
      const x = Float64Array.from(values);
      for (let k = 0; k < P; k++) {
        const h = Math.abs(values[k] as number) * 1e-6 || 1e-12;
        x[k] = (values[k] as number) + h;
        const up = c.compute(x);
        x[k] = (values[k] as number) - h;
        const down = c.compute(x);
        x[k] = values[k] as number;
        grad[k] = (up - down) / (2 * h);
      }
      let variance = 0;
      for (let i = 0; i < P; i++) {
        const gi = grad[i] as number;
        if (gi === 0 || !Number.isFinite(gi)) continue;
        for (let j = 0; j < P; j++) {
          const gj = grad[j] as number;
          if (gj === 0 || !Number.isFinite(gj)) continue;
          variance += gi * (covariance[i * P + j] as number) * gj;
        }
      }
      if (variance >= 0 && Number.isFinite(variance)) out.standardError = Math.sqrt(variance);
    }
    return [out];
  });
}
