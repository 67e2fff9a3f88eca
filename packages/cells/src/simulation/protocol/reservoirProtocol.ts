import type { CellProtocol } from "@lmb/schemas";
import { invalidOption, requireCount, requirePositive } from "./builderError.js";
import {
  formatProtocolCurrent,
  formatProtocolLimit,
  formatProtocolNumber,
} from "./formatProtocolValues.js";
import type { ReservoirSpec } from "./protocolAst.js";
import { expandReservoir } from "./reservoirSteps.js";
import { StepSink } from "./stepSink.js";

/** Options of {@link reservoirProtocol}, in SI; the defaults are Adams et al.'s protocol. */
export interface ReservoirProtocolOptions {
  /** Current density of every step, A m⁻². @default 5 (0.5 mA cm⁻²) */
  currentDensity?: number;
  /** Reservoir Q_T, C m⁻². @default 180000 (5 mAh cm⁻²) */
  reservoirCapacity?: number;
  /** Cycling capacity Q_C, C m⁻². @default 36000 (1 mAh cm⁻²) */
  cycleCapacity?: number;
  /** Number of cycles n. @default 10 */
  cycles?: number;
  /** Stripping cut-off, V vs Li. @default 1 */
  cutoffVoltage?: number;
  /** Start with the formation cycle (plate Q_T, strip to the cut-off). @default true */
  formation?: boolean;
}

/**
 * The Li‖Cu reservoir ("modified Aurbach") protocol of Adams, Zheng, Ren, Wang, Zhang, Xu,
 * Adv. Energy Mater. 8 (2018) 1702097 (theory.md §8): formation (plate Q_T on Cu, strip to the
 * cut-off), plate Q_T, n × (plate Q_C, strip Q_C or until the cut-off), strip everything to the
 * cut-off (Q_S), so that CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T). Steps tagged
 * `reservoir-formation`, `reservoir-plate`, `reservoir-cycle`, `reservoir-final-strip`. Same
 * steps as `parseProtocol(result.text)`.
 *
 * @param options - currents, capacities and the cut-off in SI; defaults 0.5 mA cm⁻², 5 and
 *   1 mAh cm⁻², 10 cycles, 1 V
 * @throws LmbError `E_PROTOCOL_INVALID` for non-positive values, a cycle count that is not a
 *   whole number ≥ 1, or a non-finite cut-off
 * @example
 * reservoirProtocol().text; // "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 10, cut-off 1 V"
 * reservoirProtocol().steps.length; // 24
 */
export function reservoirProtocol(options: ReservoirProtocolOptions = {}): CellProtocol {
  const cutoffVoltage = options.cutoffVoltage ?? 1;
  if (typeof cutoffVoltage !== "number" || !Number.isFinite(cutoffVoltage))
    throw invalidOption(
      "cutoffVoltage",
      `cutoffVoltage must be a finite number (V), got ${String(cutoffVoltage)}`,
      "e.g. cutoffVoltage: 1",
    );
  const spec: ReservoirSpec = {
    current: {
      kind: "density",
      value: requirePositive("currentDensity", options.currentDensity ?? 5, "A m⁻²"),
    },
    reservoir: {
      kind: "areal-capacity",
      value: requirePositive("reservoirCapacity", options.reservoirCapacity ?? 180_000, "C m⁻²"),
    },
    cycle: {
      kind: "areal-capacity",
      value: requirePositive("cycleCapacity", options.cycleCapacity ?? 36_000, "C m⁻²"),
    },
    cycles: requireCount("cycles", options.cycles ?? 10),
    cutoffVoltage,
    formation: options.formation ?? true,
  };
  const capacity = (limit: ReservoirSpec["cycle"]) =>
    formatProtocolLimit(limit).replace(/^for /, "");
  const text = `Reservoir at ${formatProtocolCurrent(spec.current)}: ${capacity(spec.reservoir)}, ${capacity(spec.cycle)} x ${spec.cycles}, cut-off ${formatProtocolNumber(cutoffVoltage)} V${spec.formation ? "" : ", no formation"}`;
  const sink = new StepSink();
  expandReservoir(spec, { text, offset: 0 }, sink);
  return { text, steps: sink.steps };
}
