import type { WorkingElectrode } from "./electrodeConvention.js";
import type { FullCellCycle } from "./fullCellCycle.js";

/** One row of a rate-capability table: consecutive cycles at one charge and discharge rate. */
export interface RateCapabilityStep {
  /** 0-based step index. */
  step: number;
  /** First and last cycle (1-based, inclusive). */
  firstCycle: number;
  lastCycle: number;
  cycleCount: number;
  /** Mean discharge and charge C-rate, 1/h (null without a nominal capacity). */
  dischargeCRate: number | null;
  chargeCRate: number | null;
  /** Mean discharge |I|, A, and |j|, A m⁻² (null without an area). */
  dischargeCurrent: number;
  dischargeCurrentDensity: number | null;
  /** Mean discharge capacity over the step, C; per active mass C kg⁻¹ and per area C m⁻² (null when unknown). */
  meanDischargeCapacity: number;
  meanSpecificDischargeCapacity: number | null;
  meanArealDischargeCapacity: number | null;
  /** Discharge capacity of the step's last cycle, C. */
  lastDischargeCapacity: number;
  /** Mean CE over the step. */
  meanCoulombicEfficiency: number;
  /** Mean delivered capacity (discharge of a cathode, delithiation = charge of an anode) relative to the first step's. */
  relativeToFirstStep: number;
}

/** Result of {@link rateCapability}: the table and, when the rate returns to the first one, the recovery. */
export interface RateCapabilityTable {
  steps: RateCapabilityStep[];
  /** Last step at the first step's rate (within the tolerance) after other rates, relative to the first; null when the rate never returns. */
  recovery: { step: number; relativeCapacity: number } | null;
}

/**
 * Rate-capability table of a full cell (SCIENCE.md §1: "rate capability"): consecutive cycles
 * whose discharge and charge |I| stay within `tolerance` (relative) of the first cycle of the
 * block form one rate step; per step the mean C-rate, current density and discharge capacity
 * (absolute, per active mass, per area), the CE, and the capacity relative to the first step.
 * When a later step returns to the first step's rate, `recovery` gives its capacity relative
 * to the first step.
 *
 * @param cycles - per-cycle results of `fullCellCycling`
 * @param tolerance - relative |ΔI| that still counts as the same rate. @default 0.05
 * @param electrode - the working electrode: the delivered capacity the relative column compares
 *   is the discharge for a cathode, the delithiation (charge) for an anode. @default "cathode"
 * @returns the table and the recovery
 * @example
 * rateCapability(result.cycles).steps.map((s) => [s.dischargeCRate, s.meanSpecificDischargeCapacity]);
 */
export function rateCapability(
  cycles: readonly FullCellCycle[],
  tolerance = 0.05,
  electrode: WorkingElectrode = "cathode",
): RateCapabilityTable {
  const groups: FullCellCycle[][] = [];
  for (const c of cycles) {
    const group = groups.at(-1);
    const head = group?.[0];
    if (
      group &&
      head &&
      Math.abs(c.dischargeCurrent - head.dischargeCurrent) <= tolerance * head.dischargeCurrent &&
      Math.abs(c.chargeCurrent - head.chargeCurrent) <= tolerance * head.chargeCurrent
    ) {
      group.push(c);
    } else {
      groups.push([c]);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanOrNull = (xs: (number | null)[]) =>
    xs.some((x) => x === null) ? null : mean(xs as number[]);
  const steps = groups.map((g, step): RateCapabilityStep => {
    const first = g[0] as FullCellCycle;
    const last = g[g.length - 1] as FullCellCycle;
    return {
      step,
      firstCycle: first.cycle,
      lastCycle: last.cycle,
      cycleCount: g.length,
      dischargeCRate: meanOrNull(g.map((c) => c.dischargeCRate)),
      chargeCRate: meanOrNull(g.map((c) => c.chargeCRate)),
      dischargeCurrent: mean(g.map((c) => c.dischargeCurrent)),
      dischargeCurrentDensity: meanOrNull(g.map((c) => c.dischargeCurrentDensity)),
      meanDischargeCapacity: mean(g.map((c) => c.dischargeCapacity)),
      meanSpecificDischargeCapacity: meanOrNull(g.map((c) => c.specificDischargeCapacity)),
      meanArealDischargeCapacity: meanOrNull(g.map((c) => c.arealDischargeCapacity)),
      lastDischargeCapacity: last.dischargeCapacity,
      meanCoulombicEfficiency: mean(g.map((c) => c.coulombicEfficiency)),
      relativeToFirstStep: 1,
    };
  });
  const delivered = groups.map((g) =>
    mean(g.map((c) => (electrode === "anode" ? c.chargeCapacity : c.dischargeCapacity))),
  );
  const q0 = delivered[0] ?? 1;
  for (const s of steps) s.relativeToFirstStep = (delivered[s.step] as number) / q0;
  let recovery: RateCapabilityTable["recovery"] = null;
  const i0 = steps[0]?.dischargeCurrent;
  if (i0 !== undefined && steps.length > 2) {
    for (let k = steps.length - 1; k >= 2; k--) {
      const s = steps[k] as RateCapabilityStep;
      if (Math.abs(s.dischargeCurrent - i0) <= tolerance * i0) {
        recovery = { step: k, relativeCapacity: s.relativeToFirstStep };
        break;
      }
    }
  }
  return { steps, recovery };
}
