import {
  requireIntegerOption,
  requireNumber,
  requirePositiveOption,
} from "../internal/requireOption.js";
import {
  type CopperVoltageOptions,
  plate,
  resolveCopperVoltage,
  strip,
} from "./copperHalfCycles.js";
import {
  resolveTraceOptions,
  type SyntheticTrace,
  type SyntheticTraceOptions,
} from "./syntheticTrace.js";
import { syntheticMetadata, TraceBuilder } from "./traceBuilder.js";

/** Options of {@link reservoirCoulombicEfficiencyTrace}. */
export interface ReservoirTraceOptions extends SyntheticTraceOptions, CopperVoltageOptions {
  /** |j| of every step, A m⁻². @default 5 (0.5 mA cm⁻²) */
  currentDensity?: number;
  /** Q_T, the Li reservoir plated on Cu, C m⁻². @default 180 000 (5 mAh cm⁻²) */
  reservoirCapacity?: number;
  /** Q_C, the capacity stripped and plated in each of the n cycles, C m⁻². @default Q_T/5 */
  cycleCapacity?: number;
  /** n, the number of Q_C cycles. @default 10 */
  cycles?: number;
  /** CE of the Li (the fraction of every plating that can be stripped again). @default 0.99 */
  coulombicEfficiency?: number;
  /** Run the conditioning cycle first (plate Q_T, strip to the cut-off); excluded from CE_avg. @default true */
  conditioning?: boolean;
  /** CE of the conditioning cycle. @default 0.9 */
  conditioningEfficiency?: number;
  /** Open-circuit rest after every half cycle, s. @default 0 */
  restDuration?: number;
}

/** Role of a half cycle in the reservoir protocol. */
export type ReservoirRole =
  | "conditioning-plate"
  | "conditioning-strip"
  | "reservoir-plate"
  | "cycle-strip"
  | "cycle-plate"
  | "final-strip";

/** One half cycle of the reservoir protocol (charge in C m⁻²). */
export interface ReservoirHalfCycle {
  role: ReservoirRole;
  /** Charge passed, C m⁻². */
  capacity: number;
  /** True when the step ended at the cut-off voltage. */
  cutoffReached: boolean;
  start: number;
  end: number;
}

/** The known parameters of a {@link reservoirCoulombicEfficiencyTrace}. */
export interface ReservoirTruth {
  halfCycles: ReservoirHalfCycle[];
  /** Q_T, Q_C and Q_S (the final strip), C m⁻², and n. */
  reservoirCapacity: number;
  cycleCapacity: number;
  finalStripCapacity: number;
  cycles: number;
  /** CE_avg = total stripped / total plated after conditioning = (n·Q_C + Q_S)/(n·Q_C + Q_T) while the reservoir lasts. */
  averageCoulombicEfficiency: number;
  /** First Q_C cycle (1-based) whose strip hit the cut-off because the reservoir ran out; undefined when it never did. */
  exhaustedAtCycle?: number;
  cutoffVoltage: number;
}

/**
 * Synthetic Li‖Cu reservoir test, the modified Aurbach method of Adams et al., Adv. Energy
 * Mater. 8, 1702097 (2018) (research/cycling.md §3.2, method 2): optional conditioning (plate
 * Q_T, strip to the cut-off), plate the reservoir Q_T, n cycles of stripping and plating
 * Q_C (= Q_T/5), final strip to the cut-off → Q_S. The Li model loses (1 − CE) of every plating,
 * so with the reservoir intact CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T) equals CE exactly. When the
 * usable Li falls below Q_C a strip hits the cut-off early (the reservoir is exhausted and the
 * average is invalid); `truth.exhaustedAtCycle` says when.
 *
 * @param options - |j| (A m⁻²), Q_T and Q_C (C m⁻²), n, CE, conditioning, voltages (V), common options
 * @returns the record and its truth
 * @throws LmbError `E_INVALID_INPUT` for a bad option
 * @example
 * const { truth } = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.99 });
 * truth.averageCoulombicEfficiency; // 0.99
 */
export function reservoirCoulombicEfficiencyTrace(
  options: ReservoirTraceOptions = {},
): SyntheticTrace<ReservoirTruth> {
  const common = resolveTraceOptions(options);
  const voltage = resolveCopperVoltage(options);
  const dt = common.samplingInterval;
  const j = requirePositiveOption(
    options.currentDensity ?? 5,
    "options.currentDensity",
    "current density (A m⁻²)",
    "give |j| in A m⁻²",
  );
  const qT = requirePositiveOption(
    options.reservoirCapacity ?? 180_000,
    "options.reservoirCapacity",
    "reservoir capacity Q_T (C m⁻²)",
    "give Q_T in C m⁻² (5 mAh cm⁻² = 180 000 C m⁻²)",
  );
  const qC = requirePositiveOption(
    options.cycleCapacity ?? qT / 5,
    "options.cycleCapacity",
    "cycle capacity Q_C (C m⁻²)",
    "give Q_C in C m⁻²",
  );
  const n = requireIntegerOption(
    options.cycles ?? 10,
    "options.cycles",
    "number of cycles n",
    1,
    "give a whole number ≥ 1",
  );
  const ce = requireNumber(
    options.coulombicEfficiency ?? 0.99,
    "options.coulombicEfficiency",
    "Coulombic efficiency",
    { min: 0, max: 1, exclusiveMin: true },
    "give CE in (0, 1]",
  );
  const ceCond = requireNumber(
    options.conditioningEfficiency ?? 0.9,
    "options.conditioningEfficiency",
    "conditioning CE",
    { min: 0, max: 1, exclusiveMin: true },
    "give CE in (0, 1]",
  );
  const rest = requireNumber(
    options.restDuration ?? 0,
    "options.restDuration",
    "rest duration (s)",
    { min: 0 },
    "give the rest after each half cycle in s, or 0",
  );
  const builder = new TraceBuilder(dt);
  const halfCycles: ReservoirHalfCycle[] = [];
  const record = (
    role: ReservoirRole,
    capacity: number,
    cutoffReached: boolean,
    range: { start: number; end: number },
  ) => {
    halfCycles.push({ role, capacity, cutoffReached, ...range });
    if (rest > 0) {
      const plating = role.endsWith("plate");
      builder.step(0, rest, (e) => {
        const decay = Math.exp(-e / 60);
        if (plating) return -voltage.plating * decay;
        return cutoffReached ? voltage.cutoff * (0.7 + 0.3 * decay) : voltage.stripping * decay;
      });
    }
  };
  let first = true;
  if (options.conditioning ?? true) {
    record("conditioning-plate", qT, false, plate(builder, voltage, j, common.area, qT, first));
    first = false;
    record(
      "conditioning-strip",
      ceCond * qT,
      true,
      strip(builder, voltage, j, common.area, ceCond * qT, true, dt),
    );
  }
  record("reservoir-plate", qT, false, plate(builder, voltage, j, common.area, qT, first));
  let usable = ce * qT;
  let stripped = 0;
  let exhaustedAtCycle: number | undefined;
  for (let k = 1; k <= n; k++) {
    const amount = Math.min(qC, usable);
    const hit = usable < qC;
    if (hit && exhaustedAtCycle === undefined) exhaustedAtCycle = k;
    record("cycle-strip", amount, hit, strip(builder, voltage, j, common.area, amount, hit, dt));
    usable -= amount;
    stripped += amount;
    record("cycle-plate", qC, false, plate(builder, voltage, j, common.area, qC, false));
    usable += ce * qC;
  }
  const qS = usable;
  record("final-strip", qS, true, strip(builder, voltage, j, common.area, qS, true, dt));
  return {
    data: {
      kind: "cycling",
      columns: builder.finish(common.noise, common.seed),
      metadata: syntheticMetadata("reservoirCoulombicEfficiencyTrace", "GCPL", {
        area: common.area,
        seed: common.seed,
      }),
    },
    truth: {
      halfCycles,
      reservoirCapacity: qT,
      cycleCapacity: qC,
      finalStripCapacity: qS,
      cycles: n,
      averageCoulombicEfficiency: (stripped + qS) / (n * qC + qT),
      ...(exhaustedAtCycle === undefined ? {} : { exhaustedAtCycle }),
      cutoffVoltage: voltage.cutoff,
    },
  };
}
