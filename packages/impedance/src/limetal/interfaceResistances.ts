import { LmbError } from "@lmb/errors";
import { studentTQuantile } from "@lmb/numerics";
import {
  type CircuitFitResult,
  type ClassifiedResistance,
  type InterfaceResistancesResult,
  type KineticsEstimate,
  type OverpotentialConvention,
  type ResistanceRole,
  type ResistanceTotal,
  toQuantityJson,
  type ValidationWarning,
} from "@lmb/schemas";
import { fromSI, parseUnit } from "@lmb/units";
import { type CircuitNode, formatCircuit } from "../circuit/circuitNode.js";
import { type Circuit, compileCircuit } from "../circuit/compileCircuit.js";

/** Options of {@link interfaceResistances}. */
export interface InterfaceResistancesOptions {
  /**
   * "electrode": the interfacial arcs belong to one interface (three-electrode data, or a counter
   * electrode that adds nothing); "cell": a symmetric Li‖Li cell, whose arcs span two like
   * interfaces in series, so each interface gets half of R_SEI, R_ct and R_int. R_bulk is never
   * halved. @default "electrode"
   */
  convention?: OverpotentialConvention;
  /** Area A of one electrode, m² (> 0): adds area-specific resistances in Ω cm². */
  area?: number;
  /**
   * Roles by element or parameter name (`{ R1: "sei", Zarc2: "chargeTransfer", R3: "other" }`),
   * replacing what the frequency rule gives those resistances; the others keep the rule's role.
   */
  roles?: Readonly<Record<string, ResistanceRole>>;
}

/**
 * How {@link interfaceResistances} assigns roles, in words (each result repeats it in `rule`).
 *
 * @example console.log(INTERFACE_RESISTANCE_RULE);
 */
export const INTERFACE_RESISTANCE_RULE =
  "series resistors → R_bulk; arcs (p(R,C), p(R,CPE), p(R-W…,CPE), Zarc, K) ordered by characteristic frequency f_c = 1/(2πτ): the lowest-frequency arc → R_ct, every higher-frequency arc → R_SEI (a single arc → R_ct); R_int = R_SEI + R_ct; roles named by the user override the rule";

const ROLES: readonly ResistanceRole[] = ["bulk", "sei", "chargeTransfer", "other"];
const DIFFUSION = new Set(["W", "Wo", "Ws", "G", "Gs"]);

interface Found {
  element: string;
  parameter: number;
  block: string;
  /** Arc time constant τ (s) and effective capacitance (F), from the values. */
  arc?: (p: readonly number[]) => { tau: number; capacitance: number };
  /** Set for resistors in blocks the rule does not understand. */
  unclassified?: boolean;
}

function flattenSeries(node: CircuitNode): CircuitNode[] {
  return node.kind === "series" ? node.children.flatMap(flattenSeries) : [node];
}

function elementsIn(node: CircuitNode): CircuitNode[] {
  return node.kind === "element" ? [node] : node.children.flatMap(elementsIn);
}

/** Classifies one top-level series block of the circuit. */
function inspect(circuit: Circuit, node: CircuitNode, out: Found[]): void {
  const at = (name: string) =>
    circuit.elements.find((e) => e.name === name)?.parameterOffset as number;
  const block = formatCircuit(node);
  if (node.kind === "element") {
    if (node.type === "R") out.push({ element: node.name, parameter: at(node.name), block });
    if (node.type === "Zarc" || node.type === "K") {
      const k = at(node.name);
      out.push({
        element: node.name,
        parameter: k,
        block,
        arc: (p) => ({
          tau: p[k + 1] as number,
          capacitance: (p[k + 1] as number) / (p[k] as number),
        }),
      });
    }
    return;
  }
  if (node.kind === "parallel" && node.children.length === 2) {
    const [a, b] = node.children as [CircuitNode, CircuitNode];
    const isCap = (n: CircuitNode) => n.kind === "element" && (n.type === "C" || n.type === "CPE");
    const cap = isCap(a) ? a : isCap(b) ? b : undefined;
    const other = cap === a ? b : a;
    const branch = flattenSeries(other);
    const resistors = branch.filter((n) => n.kind === "element" && n.type === "R");
    const rest = branch.filter((n) => !resistors.includes(n));
    const simple =
      cap !== undefined &&
      cap !== other &&
      resistors.length === 1 &&
      rest.every((n) => n.kind === "element" && DIFFUSION.has(n.type));
    if (simple && cap.kind === "element") {
      const r = resistors[0] as CircuitNode & { kind: "element" };
      const ir = at(r.name);
      const iq = at(cap.name);
      const cpe = cap.type === "CPE";
      out.push({
        element: r.name,
        parameter: ir,
        block,
        arc: (p) => {
          const R = p[ir] as number;
          const Q = p[iq] as number;
          if (!cpe) return { tau: R * Q, capacitance: Q };
          const alpha = p[iq + 1] as number;
          return {
            tau: (R * Q) ** (1 / alpha),
            capacitance: (R ** (1 - alpha) * Q) ** (1 / alpha),
          };
        },
      });
      return;
    }
  }
  // A block the rule does not read (nested ladders, two capacitors, …): list its resistances.
  for (const e of elementsIn(node)) {
    if (e.kind === "element" && (e.type === "R" || e.type === "Zarc" || e.type === "K")) {
      out.push({ element: e.name, parameter: at(e.name), block, unclassified: true });
    }
  }
}

function estimate(
  si: number,
  unit: string,
  se: number | undefined,
  t: number | undefined,
): KineticsEstimate {
  const q = toQuantityJson(fromSI(si, unit));
  const out: KineticsEstimate = { ...q };
  if (se === undefined || !Number.isFinite(se)) return out;
  const factor = parseUnit(unit).factor;
  out.standardError = se / factor;
  if (t !== undefined && Number.isFinite(t)) {
    out.interval = { lower: (si - t * se) / factor, upper: (si + t * se) / factor };
  }
  return out;
}

/**
 * The resistances Li-metal papers report, read from an equivalent-circuit fit: R_bulk, R_SEI,
 * R_ct and R_int = R_SEI + R_ct, per interface and as area-specific resistances (Ω cm²).
 *
 * Rule (documented in `rule` of the result; SCIENCE.md §4): each top-level series resistor is
 * bulk (electrolyte, separator, contacts: the high-frequency intercept). Each arc — `p(R,C)`,
 * `p(R,CPE)`, a Randles block `p(R-Wo,CPE)` (its R; the Warburg is not an interface resistance),
 * `Zarc`, `K` — gets τ (R·C, (R·Q)^(1/α) after Hsu & Mansfeld, Corrosion 57 (2001) 747, or the
 * element's τ) and f_c = 1/(2πτ). Arcs are ordered by f_c: the lowest-frequency arc is charge
 * transfer, every higher-frequency arc is the SEI (surface film), whose time constant is shorter
 * because its capacitance (thin film, C ≈ ε ε₀ A/d) is small (Peled, J. Electrochem. Soc. 126
 * (1979) 2047; Orazem & Tribollet (2017) ch. 14). A single arc is taken as R_ct, with a warning:
 * it may hold SEI transport too. `roles` overrides the rule by element name. An arc whose f_c lies
 * outside the measured frequencies is flagged (`W_ARC_OUTSIDE_RANGE`): its R is extrapolated.
 *
 * For a symmetric Li‖Li cell (`convention: "cell"`) the interfacial resistances span two like
 * interfaces in series: per interface R = R_cell/2 (theory.md §4.3), ASR = R_cell·A/2. R_bulk
 * and its ASR R_bulk·A are not halved. Standard errors of sums use the fit's correlations,
 * SE² = Σᵢⱼ ρᵢⱼ·SEᵢ·SEⱼ (fixed parameters count as exact), with Student-t intervals on the fit's
 * degrees of freedom.
 *
 * @param fit - a `fitCircuit` result
 * @param options - convention, area (m²) and role overrides
 * @returns each classified resistance (Ω) and the totals R_bulk, R_SEI, R_ct, R_int (Ω, per
 *   interface Ω, area-specific Ω cm²), with warnings (schema `InterfaceResistancesResult`)
 * @throws LmbError `E_INVALID_INPUT` for an area ≤ 0, a role name that is no resistance of the
 *   circuit or an unknown role; `E_CIRCUIT_PARSE` if the fit's circuit does not parse
 * @example
 * const fit = fitCircuit("R0-p(R1,CPE1)-p(R2,CPE2)", spectrum);
 * const r = interfaceResistances(fit, { convention: "cell", area: 1.13e-4 });
 * r.chargeTransfer?.areaSpecificResistance?.value; // Ω cm² per interface
 */
export function interfaceResistances(
  fit: CircuitFitResult,
  options: InterfaceResistancesOptions = {},
): InterfaceResistancesResult {
  const convention = options.convention ?? "electrode";
  const area = options.area;
  if (area !== undefined && !(Number.isFinite(area) && area > 0)) {
    throw new LmbError("E_INVALID_INPUT", `area ${area} m² is not a positive number`, {
      location: { source: "options.area" },
      fix: "give the area of one electrode in m² (1 cm² = 1e-4 m²), or omit it",
    });
  }
  const circuit = compileCircuit(fit.circuit);
  const values = circuit.parameters.map(
    (p) => fit.parameters.find((q) => q.name === p.name)?.value ?? Number.NaN,
  );
  const found: Found[] = [];
  const root = circuit.root;
  for (const node of flattenSeries(root)) inspect(circuit, node, found);

  const warnings: ValidationWarning[] = [];
  const roles = new Map<Found, { role: ResistanceRole; by: "rule" | "override" }>();
  const arcs = found
    .filter((f) => f.arc !== undefined)
    .map((f) => ({ f, fc: 1 / (2 * Math.PI * (f.arc?.(values).tau as number)) }))
    .sort((x, y) => (Number.isFinite(y.fc) ? y.fc : -1) - (Number.isFinite(x.fc) ? x.fc : -1));
  for (const f of found) {
    if (f.unclassified) roles.set(f, { role: "other", by: "rule" });
    else if (f.arc === undefined) roles.set(f, { role: "bulk", by: "rule" });
  }
  arcs.forEach(({ f }, k) => {
    roles.set(f, { role: k === arcs.length - 1 ? "chargeTransfer" : "sei", by: "rule" });
  });

  for (const [name, role] of Object.entries(options.roles ?? {})) {
    const target = found.find(
      (f) => f.element === name || circuit.parameters[f.parameter]?.name === name,
    );
    if (target === undefined) {
      throw new LmbError("E_INVALID_INPUT", `"${name}" is not a resistance of ${circuit.text}`, {
        location: { source: "roles" },
        fix: `name one of ${found.map((f) => f.element).join(", ") || "(none: the circuit has no resistor)"}`,
      });
    }
    if (!ROLES.includes(role)) {
      throw new LmbError("E_INVALID_INPUT", `role "${role}" of ${name} is unknown`, {
        location: { source: "roles" },
        fix: `give one of ${ROLES.join(", ")}`,
      });
    }
    roles.set(target, { role, by: "override" });
  }

  const overridden = [...roles.values()].some((r) => r.by === "override");
  const unclassified = found.filter((f) => f.unclassified && roles.get(f)?.by === "rule");
  if (unclassified.length > 0) {
    warnings.push({
      code: "W_UNCLASSIFIED",
      message: `${unclassified.map((f) => f.element).join(", ")} sit in ${[...new Set(unclassified.map((f) => f.block))].join(", ")}, which the rule does not read: not counted; name their roles to count them`,
    });
  }
  if (arcs.length === 1 && roles.get(arcs[0]?.f as Found)?.by === "rule") {
    warnings.push({
      code: "W_SINGLE_ARC",
      message: `one arc (${arcs[0]?.f.block}) is taken as charge transfer: R_ct = R_int, and j0 from it is a lower bound if the arc holds SEI transport too; fit two arcs, or name the role`,
    });
  }
  if (arcs.length >= 3 && !overridden) {
    warnings.push({
      code: "W_SEVERAL_SEI_ARCS",
      message: `${arcs.length} arcs: the ${arcs.length - 1} higher-frequency ones are summed into R_SEI; name roles if one is something else (e.g. grain boundaries: "other")`,
    });
  }

  const dof = fit.statistics.degreesOfFreedom;
  const t = dof > 0 ? studentTQuantile(0.5 + fit.statistics.confidenceLevel / 2, dof) : undefined;
  const se = (name: string) => {
    const p = fit.parameters.find((q) => q.name === name);
    return p?.fixed ? 0 : p?.standardError;
  };
  const corr = fit.correlation;
  const rho = (a: string, b: string) => {
    if (a === b) return 1;
    const i = corr?.names.indexOf(a) ?? -1;
    const j = corr?.names.indexOf(b) ?? -1;
    return i >= 0 && j >= 0 ? (corr?.matrix[i]?.[j] ?? 0) : 0;
  };
  const interfaces = convention === "cell" ? 2 : 1;

  const resistances: ClassifiedResistance[] = found.map((f) => {
    const name = circuit.parameters[f.parameter]?.name as string;
    const { role, by } = roles.get(f) as { role: ResistanceRole; by: "rule" | "override" };
    const out: ClassifiedResistance = {
      element: f.element,
      parameter: name,
      block: f.block,
      role,
      assignedBy: by,
      resistance: values[f.parameter] as number,
    };
    const s = se(name);
    if (s !== undefined && Number.isFinite(s)) out.standardError = s;
    const arc = f.arc?.(values);
    if (arc !== undefined) {
      const fc = 1 / (2 * Math.PI * arc.tau);
      if (Number.isFinite(fc) && fc > 0) out.characteristicFrequency = fc;
      if (Number.isFinite(arc.capacitance) && arc.capacitance > 0)
        out.capacitance = arc.capacitance;
    }
    return out;
  });

  const fMin = Math.min(...fit.frequency);
  const fMax = Math.max(...fit.frequency);
  for (const r of resistances) {
    const fc = r.characteristicFrequency;
    if (fc === undefined || r.role === "other" || (fc >= fMin && fc <= fMax)) continue;
    warnings.push({
      code: "W_ARC_OUTSIDE_RANGE",
      message: `the arc of ${r.element} peaks at ${fc.toPrecision(3)} Hz, outside the measured ${fMin.toPrecision(3)}–${fMax.toPrecision(3)} Hz: ${r.element} is an extrapolation; measure ${fc < fMin ? "lower" : "higher"} frequencies or fit a simpler circuit`,
    });
  }

  const total = (names: string[], interfacial: boolean): ResistanceTotal | undefined => {
    if (names.length === 0) return undefined;
    const sum = names.reduce((acc, n) => acc + (values[circuit.parameterIndex(n)] as number), 0);
    let variance: number | undefined = 0;
    for (const a of names) {
      for (const b of names) {
        const sa = se(a);
        const sb = se(b);
        if (sa === undefined || sb === undefined || variance === undefined) {
          variance = undefined;
          continue;
        }
        variance += rho(a, b) * sa * sb;
      }
    }
    const sd = variance === undefined || !(variance >= 0) ? undefined : Math.sqrt(variance);
    const out: ResistanceTotal = { parameters: names, resistance: estimate(sum, "ohm", sd, t) };
    const k = interfacial ? interfaces : 1;
    const perSd = sd === undefined ? undefined : sd / k;
    if (interfacial) out.interfaceResistance = estimate(sum / k, "ohm", perSd, t);
    if (area !== undefined) {
      out.areaSpecificResistance = estimate(
        (sum / k) * area,
        "ohm cm2",
        perSd === undefined ? undefined : perSd * area,
        t,
      );
    }
    return out;
  };
  const named = (role: ResistanceRole) =>
    resistances.filter((r) => r.role === role).map((r) => r.parameter);
  const bulk = total(named("bulk"), false);
  const sei = total(named("sei"), true);
  const chargeTransfer = total(named("chargeTransfer"), true);
  const interphase = total([...named("sei"), ...named("chargeTransfer")], true);
  if (bulk === undefined) {
    warnings.push({
      code: "W_NO_BULK",
      message: `${circuit.text} has no series resistor: no R_bulk (add one, e.g. "R0-…")`,
    });
  }
  if (interphase === undefined) {
    warnings.push({
      code: "W_NO_ARC",
      message: `no arc of ${circuit.text} is SEI or charge transfer: no R_SEI, R_ct or R_int`,
    });
  }
  const result: InterfaceResistancesResult = {
    analysis: "interface-resistances",
    circuit: circuit.text,
    convention,
    interfaceCount: interfaces,
    confidenceLevel: fit.statistics.confidenceLevel,
    rule:
      INTERFACE_RESISTANCE_RULE +
      (convention === "cell"
        ? "; symmetric cell: per interface R = R_cell/2, ASR = R_cell·A/2 (R_bulk not halved)"
        : "; one interface: per interface R = R as fitted"),
    resistances,
    warnings,
  };
  if (area !== undefined) result.area = toQuantityJson(fromSI(area, "cm2"));
  if (bulk) result.bulk = bulk;
  if (sei) result.sei = sei;
  if (chargeTransfer) result.chargeTransfer = chargeTransfer;
  if (interphase) result.interphase = interphase;
  return result;
}
