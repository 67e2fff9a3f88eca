import type { CircuitNode } from "../circuit/circuitNode.js";
import type { Circuit } from "../circuit/compileCircuit.js";
import type { CheckedImpedanceData } from "./impedanceData.js";
import { type SpectrumFeatures, spectrumFeatures } from "./spectrumFeatures.js";

/** Starting exponent of CPE-like elements. */
const ALPHA0 = 0.9;

interface ArcContext {
  r: number;
  omega: number;
}

function arcSlots(node: CircuitNode, circuit: Circuit, out: CircuitNode[]): void {
  if (node.kind === "element") {
    const info = circuit.elements.find((e) => e.name === node.name);
    if (info?.definition.role === "relaxation") out.push(node);
    return;
  }
  if (node.kind === "parallel") out.push(node);
  for (const child of node.children) arcSlots(child, circuit, out);
}

function hasRole(node: CircuitNode, circuit: Circuit, roles: readonly string[]): boolean {
  if (node.kind === "element") {
    const info = circuit.elements.find((e) => e.name === node.name);
    return info !== undefined && roles.includes(info.definition.role);
  }
  return node.children.some((c) => hasRole(c, circuit, roles));
}

/**
 * Estimates starting values for every parameter of a circuit from the spectrum itself
 * (impedance.py issue #2), in the circuit's parameter order:
 *
 * - the first series resistors share the high-frequency intercept R∞;
 * - each arc — a parallel block or a K/Zarc element, in string order — gets an apex frequency ω_k
 *   and a resistance R_k: from the most prominent maxima of −Im Z (R_k ≈ 2.2 × height, highest
 *   frequency first) when the spectrum shows as many apexes as the circuit has arcs, else
 *   log-spaced over the measured range with the arc resistance R_low − R∞ shared equally;
 * - in an arc, resistors get R_k, capacitors C = 1/(ω_k R_k), CPEs α = 0.9 and
 *   Q = 1/(R_k ω_k^α), inductors L = R_k/ω_k; K/Zarc get R_k and τ = 1/ω_k;
 * - diffusion elements (W, Wo, Ws, G, Gs) get half the low-frequency resistance when arcs are
 *   present, and time constants from the lowest frequency (Wo: τ = Z0/(ω_min |Z″(ω_min)|));
 * - series C/CPE (blocking electrodes) take the low-frequency reactance; series L/La the
 *   inductance of inductive points, or 1 % of |Z(ω_max)|/ω_max when there are none.
 *
 * Values are guesses, not fits: a multi-start fit ({@link fitCircuit} `multiStart`) explores
 * around them.
 *
 * @returns one value per circuit parameter, finite and positive (exponents in (0, 1])
 * @example
 * const guess = estimateInitialGuess(compileCircuit("R0-p(R1,C1)"), checkImpedanceData(spectrum));
 */
export function estimateInitialGuess(
  circuit: Circuit,
  data: CheckedImpedanceData,
  features: SpectrumFeatures = spectrumFeatures(data),
): Float64Array {
  const f = features;
  const scale = f.scale > 0 ? f.scale : 1;
  const positive = (v: number, fallback: number) => (v > 0 && Number.isFinite(v) ? v : fallback);
  const rInf = positive(f.rInf, 1e-3 * scale);
  const span = positive(f.rLow - rInf, 0.1 * scale);
  const slots: CircuitNode[] = [];
  arcSlots(circuit.root, circuit, slots);
  const diffusive = hasRole(circuit.root, circuit, ["diffusive"]);
  const arcShare = slots.length === 0 ? 0 : diffusive ? 0.5 * span : span;
  const diffusionR = diffusive ? (slots.length === 0 ? span : 0.5 * span) : 0;
  const K = slots.length;
  const contexts = new Map<CircuitNode, ArcContext>();
  const logMax = Math.log(f.omegaMax);
  const logMin = Math.log(f.omegaMin);
  if (K > 0 && f.peaks.length >= K) {
    const chosen = [...f.peaks]
      .sort((a, b) => b.prominence - a.prominence)
      .slice(0, K)
      .sort((a, b) => b.omega - a.omega);
    const total = chosen.reduce((s, p) => s + 2.2 * p.height, 0);
    const factor = total > arcShare && arcShare > 0 ? arcShare / total : 1;
    slots.forEach((slot, k) => {
      const peak = chosen[k] as (typeof chosen)[number];
      contexts.set(slot, {
        r: positive(2.2 * peak.height * factor, arcShare / K),
        omega: peak.omega,
      });
    });
  } else {
    slots.forEach((slot, k) => {
      const omega = Math.exp(logMax + ((k + 0.5) / K) * (logMin - logMax));
      contexts.set(slot, { r: positive(arcShare / K, 0.1 * scale), omega });
    });
  }
  const topResistors = circuit.elements.filter(
    (e) => e.definition.role === "resistive" && isTopLevel(circuit.root, e.name),
  ).length;
  const wMin = f.omegaMin;
  const imLow = positive(f.imLow, 0.1 * scale);
  const guess = new Float64Array(circuit.parameters.length);
  const setElement = (name: string, ctx: ArcContext | undefined) => {
    const info = circuit.elements.find((e) => e.name === name);
    if (info === undefined) return;
    const at = info.parameterOffset;
    const set = (k: number, v: number) => {
      guess[at + k] = v;
    };
    switch (info.type) {
      case "R":
        set(0, ctx ? ctx.r : rInf / Math.max(topResistors, 1));
        break;
      case "C":
        set(0, ctx ? 1 / (ctx.omega * ctx.r) : 1 / (wMin * imLow));
        break;
      case "CPE":
        set(0, ctx ? 1 / (ctx.r * ctx.omega ** ALPHA0) : 1 / (imLow * wMin ** ALPHA0));
        set(1, ALPHA0);
        break;
      case "L":
      case "La": {
        const l = ctx ? ctx.r / ctx.omega : positive(f.inductance, (0.01 * scale) / f.omegaMax);
        set(0, l);
        if (info.type === "La") set(1, 0.95);
        break;
      }
      case "W":
        set(0, 0.5 * imLow * Math.sqrt(wMin));
        break;
      case "Wo":
        set(0, positive(diffusionR, 0.1 * scale));
        set(1, Math.min(Math.max(diffusionR / (wMin * imLow), 1 / f.omegaMax), 100 / wMin));
        break;
      case "Ws":
      case "G":
        set(0, positive(diffusionR, 0.1 * scale));
        set(1, 1 / wMin);
        break;
      case "Gs":
        set(0, positive(diffusionR, 0.1 * scale));
        set(1, 1 / wMin);
        set(2, 1);
        break;
      case "K":
      case "Zarc": {
        const own = contexts.get(
          slots.find((s) => s.kind === "element" && s.name === name) as CircuitNode,
        );
        set(0, own?.r ?? 0.1 * scale);
        set(1, 1 / (own?.omega ?? Math.sqrt(wMin * f.omegaMax)));
        if (info.type === "Zarc") set(2, ALPHA0);
        break;
      }
      default:
        // A type without a rule: 1 in its units, exponents 0.9.
        info.definition.parameters.forEach((p, k) => {
          set(k, p.max === 1 ? ALPHA0 : 1);
        });
    }
  };
  const visit = (node: CircuitNode, ctx: ArcContext | undefined) => {
    if (node.kind === "element") setElement(node.name, ctx);
    else if (node.kind === "series") for (const c of node.children) visit(c, ctx);
    else for (const c of node.children) visit(c, contexts.get(node));
  };
  visit(circuit.root, undefined);
  for (let k = 0; k < guess.length; k++) {
    const p = circuit.parameters[k];
    const v = guess[k] as number;
    if (!(v > 0) || !Number.isFinite(v)) guess[k] = p?.max === 1 ? ALPHA0 : 1e-3 * scale;
  }
  return guess;
}

function isTopLevel(root: CircuitNode, name: string): boolean {
  if (root.kind === "element") return root.name === name;
  if (root.kind === "parallel") return false;
  return root.children.some((c) => c.kind === "element" && c.name === name);
}
