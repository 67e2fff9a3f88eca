import { LmbError } from "@lmb/errors";
import {
  requireIntegerOption,
  requireNumber,
  requirePositiveOption,
} from "../internal/requireOption.js";
import { type CoulombicEfficiencySpec, coulombicEfficiencyOf } from "./lithiumCopperTrace.js";
import { CATHODES, openCircuitVoltage, type SyntheticCathode } from "./openCircuitVoltage.js";
import {
  resolveTraceOptions,
  type SyntheticTrace,
  type SyntheticTraceOptions,
} from "./syntheticTrace.js";
import { syntheticMetadata, TraceBuilder } from "./traceBuilder.js";

/** A block of full-cell cycles at one C-rate. */
export interface CRateStep {
  /** Discharge rate, in C (1 C = specific capacity × active mass per hour). */
  cRate: number;
  /** Charge rate, in C. @default cRate */
  chargeCRate?: number;
  /** Cycles at this rate. @default 1 */
  cycles?: number;
}

/** Options of {@link fullCellTrace}. */
export interface FullCellTraceOptions extends SyntheticTraceOptions {
  /** Cathode: its OCV shape, 1 C capacity and voltage window. @default "LFP" */
  cathode?: SyntheticCathode;
  /** Active cathode mass, kg. @default 1.131e-5 (10 mg cm⁻² on the default area) */
  activeMass?: number;
  /** Specific capacity that defines 1 C, C kg⁻¹ (170 mAh g⁻¹ = 612 000 C kg⁻¹). @default LFP 170, NCM 200 mAh g⁻¹ */
  specificCapacity?: number;
  /** Discharge capacity of cycle 1 at low rate, as a fraction of the 1 C capacity. @default 0.95 */
  initialCapacityFraction?: number;
  /** Rate blocks. @default [{ cRate: 1, cycles: 100 }] */
  steps?: readonly CRateStep[];
  /** Capacity fade per cycle: Q_k = Q_1·(1 − f)^(k−1) (geometric) or Q_1·(1 − f·(k−1)) (linear). @default { model: "geometric", perCycle: 0.001 } */
  fade?: { model: "linear" | "geometric"; perCycle: number };
  /** Discharge/charge CE of each cycle. @default 0.998 */
  coulombicEfficiency?: CoulombicEfficiencySpec;
  /** Fraction of the capacity delivered at a C-rate. @default c ↦ 1 − 0.03·log₂(max(c, 0.1)/0.1) */
  rateRetention?: (cRate: number) => number;
  /** Area-specific resistance of the cell, Ω m². @default 3e-3 (30 Ω cm²) */
  areaSpecificResistance?: number;
  /** Voltage window, V. @default the cathode's (LFP 2.5–4.2, NCM 3.0–4.3) */
  voltageLimits?: readonly [number, number];
  /** Open-circuit rest after each charge and discharge, s. @default 0 */
  restDuration?: number;
  /**
   * CC–CV charge: after the CC step the voltage is held at the upper limit while the current
   * decays exponentially to `cutoffCRate` (in C), passing `fraction` of the cycle's charge
   * capacity. @default none (CC only)
   */
  constantVoltage?: { cutoffCRate?: number; fraction?: number };
}

/** One full-cell cycle as generated (charge first, then discharge). */
export interface SyntheticFullCellCycle {
  cycle: number;
  /** Index (0-based) of the rate step. */
  step: number;
  cRate: number;
  chargeCRate: number;
  /** Charge and discharge capacity, C. */
  chargeCapacity: number;
  dischargeCapacity: number;
  /** Q_dis/Q_ch. */
  coulombicEfficiency: number;
  /** ∫V·I dt of the noise-free trace, J (both positive). */
  chargeEnergy: number;
  dischargeEnergy: number;
  /** Start of the charge and end of the discharge, s. */
  start: number;
  end: number;
}

/** The known parameters of a {@link fullCellTrace}. */
export interface FullCellTruth {
  cathode: SyntheticCathode;
  cycles: SyntheticFullCellCycle[];
  /** The 1 C current, A. */
  oneCCurrent: number;
  activeMass: number;
  fade: { model: "linear" | "geometric"; perCycle: number };
  /** First cycle whose discharge capacity is ≤ 80 % of cycle 1's (same rate); undefined if none. */
  cyclesTo80?: number;
  voltageLimits: [number, number];
}

/**
 * Synthetic Li‖LFP or Li‖NCM full-cell cycling (SCIENCE.md §1, §7): per cycle a CC charge then a
 * CC discharge, both to the voltage window, with a known discharge capacity
 * Q_k = Q_nom·f₀·fade(k)·rate(c) (Q_nom = specific capacity × active mass; fade geometric or
 * linear per cycle), charge capacity Q_k/CE_k, and voltage V = OCV(s) ± I·R (R = ASR/area), bent
 * onto the cut-off at the end of each half cycle (the last sample sits on the limit). Current is
 * positive on charge (oxidation of the cathode, the working electrode). Energies in the truth are
 * the trapezoidal ∫V·I dt of the noise-free trace.
 *
 * @param options - cathode, mass (kg), capacity (C kg⁻¹), rate steps (C), fade, CE, ASR (Ω m²), window (V)
 * @returns the record (metadata with area and active mass) and its truth per cycle
 * @throws LmbError `E_INVALID_INPUT` for a bad option
 * @example
 * const { data, truth } = fullCellTrace({ cathode: "NCM", fade: { model: "linear", perCycle: 0.002 }, steps: [{ cRate: 0.5, cycles: 150 }] });
 * truth.cyclesTo80; // 101
 */
export function fullCellTrace(options: FullCellTraceOptions = {}): SyntheticTrace<FullCellTruth> {
  const common = resolveTraceOptions(options);
  const cathode = options.cathode ?? "LFP";
  if (!(cathode in CATHODES)) {
    throw new LmbError("E_INVALID_INPUT", `unknown cathode "${cathode}"`, {
      location: { source: "options.cathode" },
      fix: 'give "LFP" or "NCM"',
    });
  }
  const defaults = CATHODES[cathode];
  const mass = requirePositiveOption(
    options.activeMass ?? 1.131e-5,
    "options.activeMass",
    "active mass (kg)",
    "give the cathode's active mass in kg (10 mg = 1e-5 kg)",
  );
  const specific = requirePositiveOption(
    options.specificCapacity ?? defaults.specificCapacity,
    "options.specificCapacity",
    "specific capacity (C kg⁻¹)",
    "give it in C kg⁻¹ (1 mAh g⁻¹ = 3600 C kg⁻¹)",
  );
  const f0 = requireNumber(
    options.initialCapacityFraction ?? 0.95,
    "options.initialCapacityFraction",
    "initial capacity fraction",
    { min: 0, max: 1.5, exclusiveMin: true },
    "give a fraction such as 0.95",
  );
  const fade = options.fade ?? { model: "geometric", perCycle: 0.001 };
  requireNumber(
    fade.perCycle,
    "options.fade.perCycle",
    "fade per cycle",
    { min: 0, max: 1, exclusiveMax: true },
    "give a fraction per cycle, e.g. 0.001 for 0.1 %",
  );
  const asr = requireNumber(
    options.areaSpecificResistance ?? 3e-3,
    "options.areaSpecificResistance",
    "area-specific resistance (Ω m²)",
    { min: 0 },
    "give it in Ω m² (1 Ω cm² = 1e-4 Ω m²)",
  );
  const [low, high] = options.voltageLimits ?? [defaults.lowerVoltage, defaults.upperVoltage];
  requireNumber(
    high,
    "options.voltageLimits[1]",
    "upper voltage (V)",
    { min: low, exclusiveMin: true },
    "give [lower, upper] with lower < upper",
  );
  const cv = options.constantVoltage;
  const cvCutoff = cv
    ? requirePositiveOption(
        cv.cutoffCRate ?? 0.05,
        "options.constantVoltage.cutoffCRate",
        "CV cut-off C-rate",
        "give the current that ends the CV hold, in C (e.g. 0.05)",
      )
    : 0;
  const cvFraction = cv
    ? requireNumber(
        cv.fraction ?? 0.05,
        "options.constantVoltage.fraction",
        "CV charge fraction",
        { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true },
        "give the share of the charge passed in the CV hold, e.g. 0.05",
      )
    : 0;
  const rest = requireNumber(
    options.restDuration ?? 0,
    "options.restDuration",
    "rest duration (s)",
    { min: 0 },
    "give the rest in s, or 0",
  );
  const rateRetention =
    options.rateRetention ?? ((c: number) => 1 - 0.03 * Math.log2(Math.max(c, 0.1) / 0.1));
  const steps = (options.steps ?? [{ cRate: 1, cycles: 100 }]).map((s, k) => ({
    cRate: requirePositiveOption(
      s.cRate,
      `options.steps[${k}].cRate`,
      "C-rate",
      "give the rate in C, e.g. 0.5",
    ),
    chargeCRate: requirePositiveOption(
      s.chargeCRate ?? s.cRate,
      `options.steps[${k}].chargeCRate`,
      "charge C-rate",
      "give the rate in C",
    ),
    cycles: requireIntegerOption(
      s.cycles ?? 1,
      `options.steps[${k}].cycles`,
      "number of cycles",
      1,
      "give a whole number ≥ 1",
    ),
  }));
  const total = steps.reduce((a, s) => a + s.cycles, 0);
  const ce = coulombicEfficiencyOf(options.coulombicEfficiency ?? 0.998, total);
  const qNominal = specific * mass;
  const oneC = qNominal / 3600;
  const resistance = asr / common.area;
  const builder = new TraceBuilder(common.samplingInterval);
  const cycles: SyntheticFullCellCycle[] = [];
  let k = 0;
  steps.forEach((step, s) => {
    for (let c = 0; c < step.cycles; c++) {
      k++;
      const fadeFactor =
        fade.model === "geometric" ? (1 - fade.perCycle) ** (k - 1) : 1 - fade.perCycle * (k - 1);
      const retention = rateRetention(step.cRate);
      const qDis = qNominal * f0 * fadeFactor * retention;
      if (!(qDis > 0)) {
        throw new LmbError(
          "E_INVALID_INPUT",
          `cycle ${k} would have no capacity (fade ${fadeFactor}, rate factor ${retention})`,
          {
            location: { source: "options.fade" },
            fix: "use a smaller fade or fewer cycles",
          },
        );
      }
      const eff = ce[k - 1] as number;
      const qCh = qDis / eff;
      const iCh = step.chargeCRate * oneC;
      const iDis = step.cRate * oneC;
      const qCc = (1 - cvFraction) * qCh;
      const chargeEnd = openCircuitVoltage(cathode, 1) + iCh * resistance;
      const start = builder.now;
      const charge = builder.step(iCh, qCc / iCh, (e) => {
        const x = (e * iCh) / qCc;
        const v = openCircuitVoltage(cathode, x) + iCh * resistance + (high - chargeEnd) * x ** 30;
        return Math.min(v, high);
      });
      let hold = { charge: 0, energy: 0 };
      if (cv) {
        // I(t) = I_cc·e^(−t/τ) down to I_cut passing f·Q_ch: τ = f·Q_ch/(I_cc − I_cut), T = τ·ln(I_cc/I_cut)
        const iCut = Math.min(cvCutoff * oneC, 0.5 * iCh);
        const tau = (cvFraction * qCh) / (iCh - iCut);
        const range = builder.variableStep(
          tau * Math.log(iCh / iCut),
          (e) => iCh * Math.exp(-e / tau),
          () => high,
        );
        hold = builder.integrate(range);
      }
      if (rest > 0)
        builder.step(
          0,
          rest,
          (e) => openCircuitVoltage(cathode, 1) + iCh * resistance * Math.exp(-e / 60),
        );
      const dischargeEnd = openCircuitVoltage(cathode, 1 - qDis / qCh) - iDis * resistance;
      const discharge = builder.step(-iDis, qDis / iDis, (e) => {
        const x = (e * iDis) / qDis;
        const v =
          openCircuitVoltage(cathode, 1 - (x * qDis) / qCh) -
          iDis * resistance +
          (low - dischargeEnd) * x ** 30;
        return Math.max(v, low);
      });
      if (rest > 0)
        builder.step(
          0,
          rest,
          (e) =>
            openCircuitVoltage(cathode, 1 - qDis / qCh) - iDis * resistance * Math.exp(-e / 60),
        );
      const cc = builder.integrate(charge);
      const ch = { charge: cc.charge + hold.charge, energy: cc.energy + hold.energy };
      const dis = builder.integrate(discharge);
      cycles.push({
        cycle: k,
        step: s,
        cRate: step.cRate,
        chargeCRate: step.chargeCRate,
        chargeCapacity: ch.charge,
        dischargeCapacity: -dis.charge,
        coulombicEfficiency: -dis.charge / ch.charge,
        chargeEnergy: ch.energy,
        dischargeEnergy: -dis.energy,
        start,
        end: builder.now,
      });
    }
  });
  const q1 = (cycles[0] as SyntheticFullCellCycle).dischargeCapacity;
  const below = cycles.find((c) => c.cRate === cycles[0]?.cRate && c.dischargeCapacity <= 0.8 * q1);
  return {
    data: {
      kind: "cycling",
      columns: builder.finish(common.noise, common.seed),
      metadata: syntheticMetadata("fullCellTrace", "GCPL", {
        area: common.area,
        activeMass: mass,
        seed: common.seed,
      }),
    },
    truth: {
      cathode,
      cycles,
      oneCCurrent: oneC,
      activeMass: mass,
      fade,
      ...(below === undefined ? {} : { cyclesTo80: below.cycle }),
      voltageLimits: [low, high],
    },
  };
}
