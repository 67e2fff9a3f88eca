import { symmetricCellOverpotential } from "@lmb/kinetics";
import { requireNumber, requirePositiveOption } from "../internal/requireOption.js";
import { type CurrentStep, resolveSteps } from "./currentSteps.js";
import {
  type HardShortOptions,
  resolveShorts,
  type ShortModel,
  type SoftShortOptions,
} from "./shortModel.js";
import {
  resolveTraceOptions,
  type SyntheticEvent,
  type SyntheticTrace,
  type SyntheticTraceOptions,
} from "./syntheticTrace.js";
import { syntheticMetadata, TraceBuilder } from "./traceBuilder.js";

/** A finite Li reservoir on the working electrode: a thick‖thin asymmetric cell (SCIENCE.md §7). */
export interface LithiumReservoirOptions {
  /** Li on the working electrode at the start, C m⁻² (20 µm ≈ 4.12 mAh cm⁻² ≈ 148 000 C m⁻²). */
  capacity: number;
  /** Fraction of the Li plated on the working electrode that can be stripped again. */
  coulombicEfficiency: number;
  /** The instrument's voltage limit, V, reached when the reservoir runs out. @default 5 */
  voltageLimit?: number;
}

/** Options of {@link symmetricCellTrace}. */
export interface SymmetricCellTraceOptions extends SyntheticTraceOptions {
  /** Current-density blocks. @default [{ currentDensity: 10, arealCapacity: 36 000, cycles: 20 }] (1 mA cm⁻², 1 mAh cm⁻²) */
  steps?: readonly CurrentStep[];
  /** Sign of the first half cycle: plating on the working electrode (I < 0) or stripping. @default "plating" */
  firstHalfCycle?: "plating" | "stripping";
  /** Open-circuit rest after every half cycle, s. @default 0 */
  restDuration?: number;
  /** Exchange current density of each Li interface, A m⁻² (Butler–Volmer, α = ½). @default 20 */
  exchangeCurrentDensity?: number;
  /** Series (ohmic) area-specific resistance, Ω m² (1 Ω cm² = 1e-4 Ω m²). @default 5e-4 */
  areaSpecificResistance?: number;
  /** Temperature, K. @default 298.15 */
  temperature?: number;
  /** Plateau overpotential added per cycle, V per cycle (polarisation drift). @default 0 */
  overpotentialDrift?: number;
  /** Start-of-half-cycle peak: |V| = η·(1 + fraction·e^(−t/timeConstant)). @default { fraction: 0.1, timeConstant: 60 } */
  peaking?: { fraction: number; timeConstant: number };
  /** Nucleation spike of the first plating, tip − plateau in V at `tipTime` s; `false` for none. @default { overpotential: 0.04, tipTime: 30 } */
  nucleation?: { overpotential: number; tipTime: number } | false;
  /** A hard short at a known time. */
  hardShort?: HardShortOptions;
  /** Soft-short events at known times. */
  softShorts?: readonly SoftShortOptions[];
  /** A finite Li reservoir on the working electrode (asymmetric cell); unlimited when absent. */
  lithiumReservoir?: LithiumReservoirOptions;
}

/** One half cycle as generated. */
export interface SyntheticHalfCycle {
  /** Half cycle, 1-based. */
  halfCycle: number;
  /** Cycle, 1-based (two half cycles per cycle). */
  cycle: number;
  /** Index of the current step (0-based) it belongs to. */
  step: number;
  /** +1 stripping from the working electrode (I > 0), −1 plating on it. */
  sign: 1 | -1;
  /** |j|, A m⁻². */
  currentDensity: number;
  /** Start and end time, s. */
  start: number;
  end: number;
  /** Noise-free plateau |V| (the value the peak decays to), V. */
  plateauOverpotential: number;
  /** True when the half cycle starts after the hard short. */
  shorted: boolean;
}

/** The known parameters of a {@link symmetricCellTrace}. */
export interface SymmetricCellTruth {
  halfCycles: SyntheticHalfCycle[];
  /** Plateau drift, V per cycle. */
  overpotentialDrift: number;
  /** First plating: tip and plateau (signed, V) and η_nuc = |V_tip| − |V_plateau| (V). */
  nucleation?: { time: number; tipVoltage: number; plateauVoltage: number; overpotential: number };
  hardShort?: SyntheticEvent & { resistance: number };
  softShorts: (SyntheticEvent & { depth: number })[];
  /** When the working electrode's Li ran out (asymmetric cells) and the voltage hit the limit. */
  depletion?: SyntheticEvent & { voltageLimit: number };
}

/**
 * Synthetic galvanostatic cycling of a symmetric Li‖Li cell — or, with `lithiumReservoir`, of a
 * thick‖thin asymmetric cell — with known overpotentials and events.
 *
 * Model (noise-free): in half cycle h of cycle k at current density j the cell voltage is
 * V = sign(I)·η_k·(1 + p·e^(−t/τ_p)) with the plateau η_k = η_BV(j) + j·R_s + drift·(k − 1), where
 * η_BV = (4RT/F)·asinh(j/(2j₀)) is the symmetric-cell Butler–Volmer polarisation for α = ½
 * (SCIENCE.md §3, `symmetricCellOverpotential` of `@lmb/kinetics`). The first plating carries a
 * nucleation spike η_nuc·(t/t_tip)·e^(1 − t/t_tip) instead of the peak (SCIENCE.md §1: nucleation
 * overpotential = spike minus the growth plateau). After a hard short V = I·R_short (ohmic, no
 * half-cycle structure; research/cycling.md §3.5); a soft short multiplies |V| by
 * 1 − d·e^(−(t − t_s)/τ_r) until the half cycle ends (sudden drop, recovery). With a reservoir Q,
 * each plating adds CE·q and each stripping removes q; when Q reaches 0 during a stripping the
 * voltage jumps to the instrument limit for the rest of that half cycle and the test stops
 * (SCIENCE.md §7). Gaussian noise (σ = `noise`) is added last.
 *
 * @param options - steps, kinetics (A m⁻², Ω m², K), drift (V/cycle), events (s), common options
 * @returns the record and its truth (per half cycle plateau, event times and cycles)
 * @throws LmbError `E_INVALID_INPUT` for a bad option (named in the error)
 * @example
 * const { data, truth } = symmetricCellTrace({
 *   steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 100 }], // 1 mA cm⁻², 1 mAh cm⁻²
 *   overpotentialDrift: 1e-4,                                           // +0.1 mV per cycle
 *   hardShort: { time: 150 * 3600 },
 * });
 * truth.hardShort?.cycle; // 76
 */
export function symmetricCellTrace(
  options: SymmetricCellTraceOptions = {},
): SyntheticTrace<SymmetricCellTruth> {
  const common = resolveTraceOptions(options);
  const steps = resolveSteps(
    options.steps ?? [{ currentDensity: 10, arealCapacity: 36_000, cycles: 20 }],
  );
  const j0 = requirePositiveOption(
    options.exchangeCurrentDensity ?? 20,
    "options.exchangeCurrentDensity",
    "exchange current density (A m⁻²)",
    "give j0 per interface in A m⁻² (1 mA cm⁻² = 10 A m⁻²)",
  );
  const asr = requireNumber(
    options.areaSpecificResistance ?? 5e-4,
    "options.areaSpecificResistance",
    "area-specific resistance (Ω m²)",
    { min: 0 },
    "give R_s in Ω m² (1 Ω cm² = 1e-4 Ω m²)",
  );
  const temperature = requirePositiveOption(
    options.temperature ?? 298.15,
    "options.temperature",
    "temperature (K)",
    "give T in kelvin",
  );
  const drift = requireNumber(
    options.overpotentialDrift ?? 0,
    "options.overpotentialDrift",
    "overpotential drift (V per cycle)",
    {},
    "give the drift in V per cycle, e.g. 1e-4",
  );
  const rest = requireNumber(
    options.restDuration ?? 0,
    "options.restDuration",
    "rest duration (s)",
    { min: 0 },
    "give the rest after each half cycle in s, or 0",
  );
  const peak = options.peaking ?? { fraction: 0.1, timeConstant: 60 };
  requireNumber(
    peak.fraction,
    "options.peaking.fraction",
    "peak fraction",
    { min: 0 },
    "give p ≥ 0",
  );
  requirePositiveOption(
    peak.timeConstant,
    "options.peaking.timeConstant",
    "peak time constant (s)",
    "give τ_p in s",
  );
  const nucleation = options.nucleation ?? { overpotential: 0.04, tipTime: 30 };
  if (nucleation) {
    requireNumber(
      nucleation.overpotential,
      "options.nucleation.overpotential",
      "nucleation overpotential (V)",
      { min: 0 },
      "give η_nuc in V",
    );
    requirePositiveOption(
      nucleation.tipTime,
      "options.nucleation.tipTime",
      "time of the nucleation tip (s)",
      "give t_tip in s",
    );
  }
  const shorts: ShortModel = resolveShorts(options.hardShort, options.softShorts);
  const reservoir = options.lithiumReservoir;
  let inventory = Number.POSITIVE_INFINITY;
  let limit = Number.POSITIVE_INFINITY;
  let ceReservoir = 1;
  if (reservoir) {
    inventory = requirePositiveOption(
      reservoir.capacity,
      "options.lithiumReservoir.capacity",
      "Li reservoir (C m⁻²)",
      "give the working electrode's Li in C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²)",
    );
    ceReservoir = requireNumber(
      reservoir.coulombicEfficiency,
      "options.lithiumReservoir.coulombicEfficiency",
      "Coulombic efficiency",
      { min: 0, max: 1, exclusiveMin: true },
      "give CE as a fraction in (0, 1]",
    );
    limit = requirePositiveOption(
      reservoir.voltageLimit ?? 5,
      "options.lithiumReservoir.voltageLimit",
      "voltage limit (V)",
      "give the instrument limit in V, e.g. 5",
    );
  }

  const builder = new TraceBuilder(common.samplingInterval);
  const halfCycles: SyntheticHalfCycle[] = [];
  const truth: SymmetricCellTruth = { halfCycles, overpotentialDrift: drift, softShorts: [] };
  const firstSign: 1 | -1 = (options.firstHalfCycle ?? "plating") === "plating" ? -1 : 1;
  let h = 0;
  let firstPlatingDone = false;
  let stopped = false;
  const kinetics = { exchangeCurrentDensity: j0, areaSpecificResistance: asr, temperature };
  for (let s = 0; s < steps.length && !stopped; s++) {
    const step = steps[s] as (typeof steps)[number];
    const current = step.currentDensity * common.area;
    const base = symmetricCellOverpotential(step.currentDensity, kinetics).cellOverpotential;
    for (let half = 0; half < 2 * step.cycles && !stopped; half++) {
      h++;
      const cycle = Math.ceil(h / 2);
      const sign: 1 | -1 = h % 2 === 1 ? firstSign : (-firstSign as 1 | -1);
      const plateau = base + drift * (cycle - 1);
      const start = builder.now;
      const duration = step.halfCycleDuration;
      const end = start + duration;
      const spike = nucleation && sign === -1 && !firstPlatingDone ? nucleation : undefined;
      if (sign === -1) firstPlatingDone = true;
      // reservoir bookkeeping: when does the working electrode run out in this half cycle?
      let depletionTime = Number.POSITIVE_INFINITY;
      if (sign === 1 && reservoir) {
        const q = step.currentDensity * duration;
        if (inventory < q) depletionTime = start + inventory / step.currentDensity;
        inventory = Math.max(0, inventory - q);
      } else if (reservoir) {
        inventory += ceReservoir * step.currentDensity * duration;
      }
      const shortTime = shorts.hardShortTime;
      const soft = shorts.softInside(start, end);
      const peakFraction = spike ? 0 : peak.fraction;
      builder.step(sign * current, duration, (e, t) => {
        if (t >= depletionTime) return sign * limit;
        if (t >= shortTime) return sign * current * shorts.resistance;
        let magnitude = plateau * (1 + peakFraction * Math.exp(-e / peak.timeConstant));
        if (spike) {
          const x = e / spike.tipTime;
          magnitude += spike.overpotential * x * Math.exp(1 - x);
        }
        for (const event of soft) {
          if (t >= event.time) {
            magnitude *= 1 - event.depth * Math.exp(-(t - event.time) / event.recoveryTime);
          }
        }
        return sign * magnitude;
      });
      halfCycles.push({
        halfCycle: h,
        cycle,
        step: s,
        sign,
        currentDensity: step.currentDensity,
        start,
        end,
        plateauOverpotential: plateau,
        shorted: start >= shortTime,
      });
      if (spike) {
        truth.nucleation = {
          time: start + spike.tipTime,
          tipVoltage: -(plateau + spike.overpotential),
          plateauVoltage: -plateau,
          overpotential: spike.overpotential,
        };
      }
      if (shortTime >= start && shortTime < end && truth.hardShort === undefined) {
        truth.hardShort = { time: shortTime, cycle, halfCycle: h, resistance: shorts.resistance };
      }
      for (const event of soft) {
        truth.softShorts.push({ time: event.time, cycle, halfCycle: h, depth: event.depth });
      }
      if (depletionTime < Number.POSITIVE_INFINITY) {
        truth.depletion = { time: depletionTime, cycle, halfCycle: h, voltageLimit: limit };
        stopped = true;
      }
      if (rest > 0 && !stopped) {
        const vEnd = builder.now >= shortTime ? 0 : sign * plateau;
        builder.step(0, rest, (e) => vEnd * Math.exp(-e / 60));
      }
    }
  }
  const columns = builder.finish(common.noise, common.seed, reservoir ? limit : undefined);
  return {
    data: {
      kind: "cycling",
      columns,
      metadata: syntheticMetadata(
        reservoir ? "asymmetricCellTrace" : "symmetricCellTrace",
        "GCPL",
        {
          area: common.area,
          seed: common.seed,
        },
      ),
    },
    truth,
  };
}
