import { LmbError } from "@lmb/errors";
import type { CyclingWarning } from "../cycling/types.js";
import type { MeasuredRun } from "./fullCellCycle.js";

/** The working electrode against Li: a cathode (charged first) or an insertion anode (lithiated first). */
export type WorkingElectrode = "cathode" | "anode";

/** How the half cycles of a cell against Li pair into cycles, and why. */
export interface ElectrodeConvention {
  electrode: WorkingElectrode;
  electrodeSource: "option" | "voltage";
  /** Sign of the current that charges (oxidises) the working electrode: +1 in lmb's convention, −1 when the file's is inverted. */
  chargeSign: 1 | -1;
  chargeSignSource: "convention" | "voltage";
  /** The rule in words, for the result. */
  rule: string;
}

/** Below this median average |V| of the half cycles the working electrode is an anode (graphite ≈ 0.1–0.2 V, Si ≈ 0.3–0.5 V, LTO 1.55 V; cathodes ≥ 2.5 V, Li–S ≈ 2.1 V). */
export const ANODE_VOLTAGE = 2;

/**
 * Decides which way a cell against Li cycles (research/cycling.md §3.2; SCIENCE.md §1): the
 * working electrode is an insertion anode when the median average voltage of its half cycles is
 * below {@link ANODE_VOLTAGE} (2 V), else a cathode (unless `electrode` is given); the current
 * that charges it is the one under which its potential rises (oxidation raises the potential of
 * any working electrode against Li): when most current-carrying runs contradict lmb's convention
 * (+ = oxidation), the file's sign is inverted and a `W_CURRENT_INVERTED` warning says so.
 *
 * CE convention (stated in the result): each cycle is the half cycle that stores charge in the
 * working electrode followed by the one that gives it back, CE = Q_out / Q_in —
 * cathode: Q_discharge / Q_charge (charge first); anode: Q_charge / Q_discharge = delithiation /
 * lithiation (lithiation first). A record that opens with a "give-back" half cycle (a cathode
 * assembled charged, an anode delithiated first) keeps it out of the cycles.
 *
 * @param runs - consecutive same-sign half-cycle groups with their voltages
 * @param option - the electrode, or "auto"
 * @param warnings - receives `W_CURRENT_INVERTED`
 * @returns the electrode, the charging sign and the rule
 * @throws LmbError `E_INVALID_INPUT` for an electrode that is not cathode, anode or auto
 * @example
 * const c = electrodeConvention(runs, "auto", warnings);
 * c.electrode; // "anode" for graphite vs Li
 */
export function electrodeConvention(
  runs: readonly MeasuredRun[],
  option: WorkingElectrode | "auto",
  warnings: CyclingWarning[],
): ElectrodeConvention {
  if (option !== "auto" && option !== "cathode" && option !== "anode") {
    throw new LmbError(
      "E_INVALID_INPUT",
      `electrode "${String(option)}" is not one of auto, cathode, anode`,
      {
        location: { source: "options.electrode" },
        fix: 'give "cathode" (LFP, NCM … against Li), "anode" (graphite, Si … against Li) or "auto"',
      },
    );
  }
  let electrode: WorkingElectrode;
  let electrodeSource: ElectrodeConvention["electrodeSource"] = "option";
  if (option === "auto") {
    const mids = runs
      .map((r) => (r.measuredCharge > 0 ? Math.abs(r.energy / r.measuredCharge) : Number.NaN))
      .filter((v) => Number.isFinite(v))
      .sort((a, b) => a - b);
    const typical = mids[mids.length >> 1] ?? Number.POSITIVE_INFINITY;
    electrode = typical < ANODE_VOLTAGE ? "anode" : "cathode";
    electrodeSource = "voltage";
  } else {
    electrode = option;
  }
  // Oxidation raises the working electrode's potential against Li: count the runs whose
  // voltage moves against their current's sign.
  let agree = 0;
  let disagree = 0;
  for (const r of runs) {
    const dv = r.endVoltage - r.startVoltage;
    if (!(Math.abs(dv) > 1e-3)) continue;
    if (Math.sign(dv) === r.sign) agree++;
    else disagree++;
  }
  let chargeSign: 1 | -1 = 1;
  let chargeSignSource: ElectrodeConvention["chargeSignSource"] = "convention";
  if (disagree > agree && disagree >= 2) {
    chargeSign = -1;
    chargeSignSource = "voltage";
    warnings.push({
      code: "W_CURRENT_INVERTED",
      message: `the voltage falls under positive current and rises under negative current in ${disagree} of ${agree + disagree} half-cycle runs: the file's current is positive on discharge (not lmb's + = oxidation), so negative current is taken as the charge`,
    });
  }
  const rule =
    electrode === "cathode"
      ? "cathode against Li: each cycle is a charge followed by its discharge; CE = Q_discharge / Q_charge"
      : "insertion anode against Li: each cycle is a lithiation (the instrument's discharge) followed by its delithiation (charge); CE = Q_delithiation / Q_lithiation = Q_charge / Q_discharge";
  return { electrode, electrodeSource, chargeSign, chargeSignSource, rule };
}
