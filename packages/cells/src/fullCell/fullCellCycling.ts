import { LmbError } from "@lmb/errors";
import { capacityFade } from "@lmb/kinetics";
import type { CapacityFadeResult, CyclingData } from "@lmb/schemas";
import { segmentCycling } from "../cycling/segmentCycling.js";
import type { AreaSource, CyclingSegmentation, CyclingWarning } from "../cycling/types.js";
import { measureContext, measureHalfCycle } from "../internal/halfCycleMeasures.js";
import { requireNumber, requirePositiveOption } from "../internal/requireOption.js";
import {
  type ElectrodeConvention,
  electrodeConvention,
  type WorkingElectrode,
} from "./electrodeConvention.js";
import { type FullCellCycle, type MeasuredRun, measuredRuns } from "./fullCellCycle.js";
import { type RateCapabilityTable, rateCapability } from "./rateCapability.js";

/**
 * CE above this is flagged (`W_CE_ABOVE_100`): a give-back half cycle that returns more than 102 %
 * of the charge stored before it is not a coulombic efficiency (a cell charged before the record
 * began, a give-back slower than its storing half after a rate change, a cut-short or gapped
 * storing half cycle, a shuttle current). Tolerance 2 % above 100 %.
 */
const CE_ABOVE_LIMIT = 1.02;

/** 1 C specific capacities (SCIENCE.md §1): LFP 170 mAh g⁻¹, NCM811 200 mAh g⁻¹, in C kg⁻¹. */
const CATHODE_CAPACITY = { LFP: 170 * 3600, NCM: 200 * 3600 } as const;

/** Options of {@link fullCellCycling}. */
export interface FullCellCyclingOptions {
  /** Electrode area, m² (overrides the metadata). */
  area?: number;
  /** Active cathode mass, kg (overrides the metadata). */
  activeMass?: number;
  /** A segmentation of this record to reuse. */
  segmentation?: CyclingSegmentation;
  /** Cathode, for the 1 C specific capacity (LFP 170, NCM 200 mAh g⁻¹) when `specificCapacity` is not given. */
  cathode?: "LFP" | "NCM";
  /** Specific capacity that defines 1 C, C kg⁻¹ (170 mAh g⁻¹ = 612 000 C kg⁻¹); needs the active mass. */
  specificCapacity?: number;
  /** Nominal capacity that defines 1 C, C (overrides the specific capacity). */
  nominalCapacity?: number;
  /**
   * The working electrode against Li: `"cathode"` (LFP, NCM, LCO: charged first, CE =
   * Q_dis/Q_ch) or `"anode"` (graphite, Si: lithiated first, CE = Q_ch/Q_dis); `"auto"`: an
   * anode when the median average voltage of the half cycles is below 2 V (see
   * `electrodeConvention`). @default "auto"
   */
  electrode?: WorkingElectrode | "auto";
  /**
   * Which half cycle opens a cycle. `"auto"`: the one that stores charge in the working electrode
   * (charge for a cathode, discharge = lithiation for an anode), so CE pairs each give-back with
   * the half cycle before it. Forcing the other order pairs it with the one after. @default "auto"
   */
  order?: "auto" | "charge-first" | "discharge-first";
  /**
   * Half cycles carrying less than this fraction of the largest half cycle's charge (impedance
   * sine halves, pulses, a blip at the end) are left out of the cycles, with a warning.
   * @default 0.01
   */
  minChargeFraction?: number;
  /** Cycle whose discharge capacity is 100 %. @default the first cycle of the longest block at one rate */
  referenceCycle?: number;
  /** Retention threshold of the cycle life. @default 0.8 */
  threshold?: number;
  /** Relative |ΔI| within one rate step. @default 0.05 */
  rateTolerance?: number;
}

/** Result of {@link fullCellCycling}. SI units (see {@link FullCellCycle}). */
export interface FullCellCyclingResult {
  analysis: "full-cell-cycling";
  area: number | null;
  areaSource: AreaSource;
  activeMass: number | null;
  activeMassSource: "option" | "metadata" | "none";
  /** The capacity that defines 1 C, C, and where it came from; null when unknown (no C-rates). */
  nominalCapacity: { value: number; basis: "option" | "specific-capacity" | "cathode" } | null;
  /** The working electrode, the sign of its charging current and the CE rule (stated). */
  convention: ElectrodeConvention;
  /** How half cycles were paired into cycles, and why. */
  order: "charge-first" | "discharge-first";
  orderSource: "option" | "electrode";
  cycles: FullCellCycle[];
  /** Discharge before the first charge (a cathode assembled charged), when the record starts with one. */
  initialDischarge: { capacity: number; energy: number } | null;
  referenceCycle: number;
  /** Retention and fade of the delivered capacity (Q_out) over the cycles from the reference cycle to the end of its rate block. */
  retention: {
    threshold: number;
    /** Cycles fitted (first and last, 1-based). */
    firstCycle: number;
    lastCycle: number;
    /** First cycle whose retention ≤ threshold; null when never (censored). */
    firstCycleBelow: number | null;
    censored: boolean;
    /** Linear and geometric fade per cycle, cycles to the threshold (interpolated or extrapolated): `capacityFade` of `@lmb/kinetics`; null with fewer than 3 cycles. */
    fade: CapacityFadeResult | null;
  };
  rateCapability: RateCapabilityTable;
  warnings: CyclingWarning[];
}

/**
 * Full-cell (Li‖LFP, Li‖NCM) and insertion-anode half-cell (graphite, Si against Li) cycling as
 * papers report it (SCIENCE.md §1, §7; research/cycling.md §3.2 item 6 and §3.7). CE convention
 * (`electrodeConvention`, stated in `convention.rule`): each cycle is the half cycle that stores
 * charge in the working electrode followed by the one that gives it back, CE = Q_out/Q_in —
 * cathode: Q_dis/Q_ch, a charge then its discharge (a leading discharge is `initialDischarge`);
 * anode: Q_ch/Q_dis = delithiation/lithiation, a lithiation then its delithiation; retention and
 * fade follow Q_out. A file whose current is positive on discharge is detected from the voltage
 * and read the right way round (`W_CURRENT_INVERTED`). Per cycle the charge and discharge
 * capacity (C, per active mass, per area), CE, energies ∫V·|I| dt, average voltages ∫V dQ/Q and their hysteresis,
 * C-rates (|I| over the 1 C current = nominal capacity / 1 h, nominal = specific capacity ×
 * active mass) and retention Q_dis,k/Q_dis,ref; the fade per cycle (linear and geometric) and the
 * cycles to 80 % (censored when not reached) from `capacityFade` of `@lmb/kinetics`, over the
 * block of cycles at the reference cycle's rate (the longest block by default, so formation
 * cycles at a lower rate do not count as fade); and the rate-capability table by C-rate step.
 * Current positive = charge (oxidation of the working electrode, lmb's convention). Half cycles
 * with < 1 % of the largest half cycle's charge (impedance sines, pulses) are left out. A cycle
 * whose CE exceeds 102 % is reported as measured and flagged with `W_CE_ABOVE_100` (more charge
 * came back than was stored: a cell charged before the record began, a slower give-back after a
 * rate change, a cut-short storing half).
 *
 * @param data - a full-cell cycling record (SI)
 * @param options - area (m²), active mass (kg), electrode, 1 C definition, pairing order, reference cycle, threshold
 * @returns per-cycle rows, retention and fade, rate-capability table, warnings
 * @throws LmbError `E_INSUFFICIENT_DATA` (no complete charge/discharge cycle), `E_INVALID_INPUT`
 *   (bad option, unknown reference cycle), and the errors of `segmentCycling`
 * @example
 * const r = fullCellCycling(data, { activeMass: 1.2e-5, cathode: "LFP" });
 * r.cycles[0].specificDischargeCapacity / 3600; // mAh g⁻¹
 * r.retention.fade?.geometric.fadePerCycle.value; // % per cycle
 */
export function fullCellCycling(
  data: CyclingData,
  options: FullCellCyclingOptions = {},
): FullCellCyclingResult {
  const threshold = requireNumber(
    options.threshold ?? 0.8,
    "options.threshold",
    "retention threshold",
    { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true },
    "give a fraction such as 0.8",
  );
  const tolerance = requireNumber(
    options.rateTolerance ?? 0.05,
    "options.rateTolerance",
    "rate tolerance",
    { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true },
    "give a fraction such as 0.05",
  );
  const seg =
    options.segmentation ??
    segmentCycling(data, {
      ...(options.area === undefined ? {} : { area: options.area }),
      rateTolerance: tolerance,
    });
  const warnings: CyclingWarning[] = [...seg.warnings];
  let activeMass: number | null = null;
  let activeMassSource: FullCellCyclingResult["activeMassSource"] = "none";
  if (options.activeMass !== undefined) {
    activeMass = requirePositiveOption(
      options.activeMass,
      "options.activeMass",
      "active mass (kg)",
      "give the cathode's active mass in kg (12 mg = 1.2e-5 kg)",
    );
    activeMassSource = "option";
  } else if (typeof data.metadata.activeMass === "number" && data.metadata.activeMass > 0) {
    activeMass = data.metadata.activeMass;
    activeMassSource = "metadata";
  }
  const nominalCapacity = resolveNominal(options, activeMass);
  if (nominalCapacity === null) {
    warnings.push({
      code: "W_NO_C_RATE",
      message:
        "no nominal capacity (give nominalCapacity, or the active mass with a specific capacity or cathode): C-rates are not reported",
    });
  }
  if (activeMass === null) {
    warnings.push({
      code: "W_NO_MASS",
      message: "no active mass: specific capacities (per gram) are not reported; give activeMass",
    });
  }
  const minFraction = requireNumber(
    options.minChargeFraction ?? 0.01,
    "options.minChargeFraction",
    "smallest half-cycle charge, as a fraction of the largest",
    { min: 0, max: 1, exclusiveMax: true },
    "give a fraction such as 0.01",
  );
  const ctx = measureContext(data, seg);
  const largest = seg.halfCycles.reduce((m, h) => Math.max(m, h.charge), 0);
  const kept = seg.halfCycles.filter((h) => h.charge >= minFraction * largest);
  const small = seg.halfCycles.length - kept.length;
  if (small > 0) {
    warnings.push({
      code: "W_SMALL_HALF_CYCLES",
      message: `${small} of ${seg.halfCycles.length} half cycles carry less than ${100 * minFraction} % of the largest half cycle's charge (impedance sine halves, pulses or blips): they are left out of the cycles`,
    });
  }
  let runs = measuredRuns(kept, (h) => measureHalfCycle(ctx, h));
  const convention = electrodeConvention(runs, options.electrode ?? "auto", warnings);
  const mids = runs
    .map((r) => (r.measuredCharge > 0 ? Math.abs(r.energy / r.measuredCharge) : 0))
    .sort((a, b) => a - b);
  const typical = mids[mids.length >> 1] ?? 0;
  const belowLi = runs.filter((r) => r.energy < 0).length;
  if (convention.electrode === "cathode" && typical < 1) {
    warnings.push({
      code: "W_NOT_FULL_CELL",
      message: `the half cycles' median average |V| is ${(typical * 1e3).toFixed(0)} mV: a cathode against Li sits at 2.5–4.5 V, so this may not be a full-cell record (check with guessCellType)`,
    });
  } else if (convention.electrode === "anode" && belowLi > 0) {
    warnings.push({
      code: "W_NOT_FULL_CELL",
      message: `${belowLi} of ${runs.length} half-cycle runs average below 0 V: Li plates on the working electrode, so this is a Li‖Li or Li‖Cu record, not a cathode or insertion anode against Li (check with guessCellType)`,
    });
  }
  const { order, orderSource } = pairingOrder(convention.electrode, options.order ?? "auto");
  // In the instrument's terms (+1 charge, −1 discharge) after the wiring check.
  const role = (r: MeasuredRun) => (r.sign * convention.chargeSign) as 1 | -1;
  const openSign = order === "charge-first" ? 1 : -1;
  const allRuns = runs;
  let initialDischarge: FullCellCyclingResult["initialDischarge"] = null;
  if (runs[0] && role(runs[0]) !== openSign) {
    if (openSign === 1) initialDischarge = { capacity: runs[0].charge, energy: runs[0].energy };
    warnings.push({
      code: "W_LEADING_HALF_CYCLE",
      message: `the record starts with a ${openSign === 1 ? "discharge" : "charge"} before the first ${openSign === 1 ? "charge" : "discharge"}; it is not part of a cycle (${convention.rule})`,
    });
    runs = runs.slice(1);
  }
  const area = seg.area;
  const oneC = nominalCapacity === null ? null : nominalCapacity.value / 3600;
  const rows: Omit<FullCellCycle, "retention">[] = [];
  for (let k = 0; k + 1 < runs.length; k += 2) {
    const a = runs[k] as MeasuredRun;
    const b = runs[k + 1] as MeasuredRun;
    const ch = role(a) === 1 ? a : b;
    const dis = role(a) === 1 ? b : a;
    rows.push(cycleRow(rows.length + 1, ch, dis, area, activeMass, oneC, convention.electrode));
  }
  if (runs.length % 2 === 1) {
    warnings.push({
      code: "W_INCOMPLETE_CYCLE",
      message: "the record ends with a half cycle whose pair is missing; it is left out",
    });
  }
  if (rows.length === 0) {
    const charges = allRuns.filter((r) => role(r) === 1).length;
    const only =
      allRuns.length > 0 && (charges === allRuns.length || charges === 0)
        ? `: it holds ${charges === 0 ? "reduction (discharge, lithiation)" : "oxidation (charge, delithiation)"} only, ${(allRuns.reduce((q, r) => q + r.charge, 0) / 3.6).toPrecision(4)} mAh in ${kept.length} half cycle(s)`
        : "";
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `no complete charge/discharge cycle in the record${only}`,
      {
        location: { source: data.metadata.sourceFile ?? "current" },
        fix: "give a record with at least one charge and one discharge",
      },
    );
  }
  const troubled = rows.filter((c) => c.timeIssue).map((c) => c.cycle);
  if (troubled.length > 0) {
    warnings.push({
      code: "W_CYCLE_TIME_ISSUE",
      message: `a time gap or clock restart falls inside cycle(s) ${troubled.slice(0, 20).join(", ")}${troubled.length > 20 ? ", …" : ""}: their capacities and energies may be incomplete`,
    });
  }
  const above = rows.filter((c) => c.coulombicEfficiency > CE_ABOVE_LIMIT);
  if (above.length > 0) {
    const shown = above
      .slice(0, 10)
      .map((c) => `${c.cycle} (${(100 * c.coulombicEfficiency).toFixed(1)} %)`);
    warnings.push({
      code: "W_CE_ABOVE_100",
      message: `CE above ${(100 * CE_ABOVE_LIMIT).toFixed(0)} % in ${above.length} of ${rows.length} cycle(s): ${shown.join(", ")}${above.length > 10 ? ", …" : ""}; more charge came back than was stored in the cycle (${convention.rule}) — a cell already charged when the record began, a give-back at a lower rate than the storing half cycle (a rate change recovers charge left in earlier cycles), a storing half cycle cut short or missing data, a parasitic current, or the wrong electrode convention (give electrode); check these cycles before quoting their CE`,
    });
  }
  const table = rateCapability(rows as FullCellCycle[], tolerance, convention.electrode);
  const delivered = (c: Pick<FullCellCycle, "chargeCapacity" | "dischargeCapacity">) =>
    convention.electrode === "anode" ? c.chargeCapacity : c.dischargeCapacity;
  const longest = table.steps.reduce((best, s) => (s.cycleCount > best.cycleCount ? s : best));
  const reference = options.referenceCycle ?? longest.firstCycle;
  const block = table.steps.find((s) => s.firstCycle <= reference && reference <= s.lastCycle);
  if (!block) {
    throw new LmbError("E_INVALID_INPUT", `there is no cycle ${reference}`, {
      location: { source: "options.referenceCycle" },
      fix: `choose a cycle between 1 and ${rows.length}`,
    });
  }
  const qRef = delivered(rows[reference - 1] as Omit<FullCellCycle, "retention">);
  const cycles: FullCellCycle[] = rows.map((r) => ({
    ...r,
    retention: delivered(r) / qRef,
  }));
  const fitted = cycles.slice(reference - 1, block.lastCycle).filter((c) => delivered(c) > 0);
  const below = fitted.find((c) => c.retention <= threshold);
  let fade: CapacityFadeResult | null = null;
  if (fitted.length >= 3) {
    fade = capacityFade(
      { cycle: fitted.map((c) => c.cycle), capacity: fitted.map(delivered) },
      { capacityUnit: "mAh", referenceCycle: reference, threshold },
    );
  } else {
    warnings.push({
      code: "W_FEW_CYCLES",
      message: `only ${fitted.length} cycle(s) from the reference cycle at its rate: no fade fit (needs 3)`,
    });
  }
  return {
    analysis: "full-cell-cycling",
    area,
    areaSource: seg.areaSource,
    activeMass,
    activeMassSource,
    nominalCapacity,
    convention,
    order,
    orderSource,
    cycles,
    initialDischarge,
    referenceCycle: reference,
    retention: {
      threshold,
      firstCycle: reference,
      lastCycle: block.lastCycle,
      firstCycleBelow: below?.cycle ?? null,
      censored: below === undefined,
      fade,
    },
    rateCapability: table,
    warnings,
  };
}

/** The pairing order: given, else the half cycle that stores charge in the working electrode first. */
function pairingOrder(
  electrode: WorkingElectrode,
  option: "auto" | "charge-first" | "discharge-first",
): {
  order: "charge-first" | "discharge-first";
  orderSource: FullCellCyclingResult["orderSource"];
} {
  if (option === "charge-first" || option === "discharge-first")
    return { order: option, orderSource: "option" };
  if (option !== "auto") {
    throw new LmbError(
      "E_INVALID_INPUT",
      `order "${String(option)}" is not one of auto, charge-first, discharge-first`,
      {
        location: { source: "options.order" },
        fix: 'give "auto", "charge-first" or "discharge-first"',
      },
    );
  }
  return {
    order: electrode === "cathode" ? "charge-first" : "discharge-first",
    orderSource: "electrode",
  };
}

function resolveNominal(
  options: FullCellCyclingOptions,
  mass: number | null,
): FullCellCyclingResult["nominalCapacity"] {
  if (options.nominalCapacity !== undefined) {
    return {
      value: requirePositiveOption(
        options.nominalCapacity,
        "options.nominalCapacity",
        "nominal capacity (C)",
        "give it in C (1 mAh = 3.6 C)",
      ),
      basis: "option",
    };
  }
  if (mass === null) return null;
  if (options.specificCapacity !== undefined) {
    return {
      value:
        requirePositiveOption(
          options.specificCapacity,
          "options.specificCapacity",
          "specific capacity (C kg⁻¹)",
          "give it in C kg⁻¹ (1 mAh g⁻¹ = 3600 C kg⁻¹)",
        ) * mass,
      basis: "specific-capacity",
    };
  }
  if (options.cathode !== undefined) {
    const specific = CATHODE_CAPACITY[options.cathode];
    if (specific === undefined) {
      throw new LmbError("E_INVALID_INPUT", `unknown cathode "${options.cathode}"`, {
        location: { source: "options.cathode" },
        fix: 'give "LFP" or "NCM", or specificCapacity',
      });
    }
    return { value: specific * mass, basis: "cathode" };
  }
  return null;
}

function cycleRow(
  cycle: number,
  ch: MeasuredRun,
  dis: MeasuredRun,
  area: number | null,
  mass: number | null,
  oneC: number | null,
  electrode: WorkingElectrode,
): Omit<FullCellCycle, "retention"> {
  const chargeCurrent = ch.duration > 0 ? ch.charge / ch.duration : 0;
  const dischargeCurrent = dis.duration > 0 ? dis.charge / dis.duration : 0;
  const vCh = ch.measuredCharge > 0 ? ch.energy / ch.measuredCharge : 0;
  const vDis = dis.measuredCharge > 0 ? dis.energy / dis.measuredCharge : 0;
  return {
    cycle,
    chargeHalfCycles: ch.halves.map((h) => h.index),
    dischargeHalfCycles: dis.halves.map((h) => h.index),
    chargeCapacity: ch.charge,
    dischargeCapacity: dis.charge,
    specificChargeCapacity: mass === null ? null : ch.charge / mass,
    specificDischargeCapacity: mass === null ? null : dis.charge / mass,
    arealChargeCapacity: area === null ? null : ch.charge / area,
    arealDischargeCapacity: area === null ? null : dis.charge / area,
    coulombicEfficiency:
      electrode === "cathode"
        ? ch.charge > 0
          ? dis.charge / ch.charge
          : 0
        : dis.charge > 0
          ? ch.charge / dis.charge
          : 0,
    chargeEnergy: ch.energy,
    dischargeEnergy: dis.energy,
    energyEfficiency: ch.energy > 0 ? dis.energy / ch.energy : 0,
    averageChargeVoltage: vCh,
    averageDischargeVoltage: vDis,
    voltageHysteresis: vCh - vDis,
    chargeCurrent,
    dischargeCurrent,
    dischargeCurrentDensity: area === null ? null : dischargeCurrent / area,
    chargeCRate: oneC === null ? null : chargeCurrent / oneC,
    dischargeCRate: oneC === null ? null : dischargeCurrent / oneC,
    timeIssue: ch.timeIssue || dis.timeIssue,
    startTime: Math.min(ch.startTime, dis.startTime),
    endTime: Math.max(ch.endTime, dis.endTime),
  };
}
