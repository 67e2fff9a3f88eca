import type { CyclingSegment } from "../cycling/types.js";
import type { HalfCycleMeasures } from "../internal/halfCycleMeasures.js";

/**
 * One cycle of a cell against Li: the half cycle that stores charge in the working electrode and
 * the one that gives it back. A cathode (LFP, NCM, LCO) is charged (oxidised, delithiated) first
 * and discharged after; an insertion anode (graphite, Si) is lithiated (reduced: the instrument's
 * "discharge") first and delithiated ("charge") after. `chargeCapacity` is always the oxidation
 * of the working electrode and `dischargeCapacity` its reduction, in the instrument's terms.
 * Units SI: C, J, V, A, A m⁻², C kg⁻¹ (1 mAh g⁻¹ = 3600 C kg⁻¹), C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²).
 */
export interface FullCellCycle {
  /** Cycle, 1-based. */
  cycle: number;
  /** Segmentation half-cycle indices (0-based) of the charge and the discharge. */
  chargeHalfCycles: number[];
  dischargeHalfCycles: number[];
  /** Charge and discharge capacity, C. */
  chargeCapacity: number;
  dischargeCapacity: number;
  /** Per active mass, C kg⁻¹ (null without a mass). */
  specificChargeCapacity: number | null;
  specificDischargeCapacity: number | null;
  /** Per electrode area, C m⁻² (null without an area). */
  arealChargeCapacity: number | null;
  arealDischargeCapacity: number | null;
  /**
   * CE = Q_out / Q_in, the charge given back over the charge stored just before: Q_discharge /
   * Q_charge for a cathode (research/cycling.md §3.2, item 6), Q_charge / Q_discharge
   * (delithiation / lithiation) for an insertion anode against Li (cellpy's "anode" mode).
   */
  coulombicEfficiency: number;
  /** ∫V·|I| dt of the charge and of the discharge, J. */
  chargeEnergy: number;
  dischargeEnergy: number;
  /** E_discharge / E_charge. */
  energyEfficiency: number;
  /** ∫V dQ / Q of the charge and discharge, V; their difference, V. */
  averageChargeVoltage: number;
  averageDischargeVoltage: number;
  voltageHysteresis: number;
  /** Mean |I| of the charge and the discharge, A. */
  chargeCurrent: number;
  dischargeCurrent: number;
  /** Mean |j| of the discharge, A m⁻² (null without an area). */
  dischargeCurrentDensity: number | null;
  /** C-rates, 1/h = |I| / (nominal capacity per hour) (null without a nominal capacity). */
  chargeCRate: number | null;
  dischargeCRate: number | null;
  /** Delivered capacity (Q_out: discharge of a cathode, delithiation of an anode) relative to the reference cycle's. */
  retention: number;
  /** True when a time gap or clock restart falls inside the cycle: its capacities may be incomplete. */
  timeIssue: boolean;
  /** Start of the first and end of the last half cycle, s. */
  startTime: number;
  endTime: number;
}

/** A half-cycle group (consecutive half cycles of one sign) with what was measured on it. */
export interface MeasuredRun {
  sign: 1 | -1;
  halves: CyclingSegment[];
  /** True when a time gap or clock restart falls inside. */
  timeIssue: boolean;
  /** Charge from the segmentation, C. */
  charge: number;
  /** ∫V·|I| dt and ∫|I| dt over the same points, J and C (their ratio is the average voltage). */
  energy: number;
  measuredCharge: number;
  duration: number;
  startTime: number;
  endTime: number;
  /** Voltage of the run's first and last active point, V (their order tells charge from discharge). */
  startVoltage: number;
  endVoltage: number;
}

/** Groups consecutive same-sign half cycles (e.g. CC and CV charge split by file steps). */
export function measuredRuns(
  halves: readonly CyclingSegment[],
  measure: (h: CyclingSegment) => HalfCycleMeasures,
): MeasuredRun[] {
  const runs: MeasuredRun[] = [];
  for (const h of halves) {
    const m = measure(h);
    const last = runs.at(-1);
    if (last && last.sign === h.sign) {
      last.halves.push(h);
      last.charge += h.charge;
      last.timeIssue ||= h.hasGap || h.hasRestart;
      last.energy += m.energy;
      last.measuredCharge += m.charge;
      last.duration += h.duration;
      last.endTime = h.endTime;
      last.endVoltage = m.endVoltage;
    } else {
      runs.push({
        sign: h.sign,
        halves: [h],
        timeIssue: h.hasGap || h.hasRestart,
        charge: h.charge,
        energy: m.energy,
        measuredCharge: m.charge,
        duration: h.duration,
        startTime: h.startTime,
        endTime: h.endTime,
        startVoltage: m.startVoltage,
        endVoltage: m.endVoltage,
      });
    }
  }
  return runs;
}
