import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import type { AreaSource, CyclingWarning } from "../cycling/types.js";
import {
  type CopperAnalysisOptions,
  type CopperRun,
  type CopperWiring,
  copperRecord,
} from "./copperHalfCycles.js";

/** Options of {@link reservoirCoulombicEfficiency}. */
export interface ReservoirCoulombicEfficiencyOptions extends CopperAnalysisOptions {
  /**
   * Whether the record starts with a conditioning cycle (plate, strip to the cut-off) that is
   * not part of the average. @default "auto": yes when the first strip reached the cut-off and
   * more than one plating follows
   */
  conditioning?: boolean | "auto";
  /** Largest relative difference between a cycle's strip and its Q_C plating that still counts as a full strip. @default 0.02 */
  capacityTolerance?: number;
}

/** One validity check of the reservoir protocol. */
export interface ReservoirCheck {
  name:
    | "reservoir-not-exhausted"
    | "final-strip-to-cutoff"
    | "cycle-capacity-below-reservoir"
    | "constant-cycle-capacity";
  passed: boolean;
  message: string;
}

/** Result of {@link reservoirCoulombicEfficiency}. Charges in C; per area in C m⁻² (null without an area). */
export interface ReservoirCoulombicEfficiencyResult {
  analysis: "reservoir-coulombic-efficiency";
  method: "modified Aurbach (Adams et al., Adv. Energy Mater. 8, 1702097, 2018)";
  wiring: CopperWiring;
  cutoff: { value: number; source: "option" | "detected" } | null;
  area: number | null;
  areaSource: AreaSource;
  /** The conditioning cycle, excluded from the average; null when there was none. */
  conditioning: { plated: number; stripped: number; coulombicEfficiency: number } | null;
  /** Q_T, the reservoir plated on Cu, C. */
  reservoirCapacity: number;
  /** Q_C: mean plating of the n cycles, C. */
  cycleCapacity: number;
  /** Q_C / Q_T (Adams et al. used 20 %). */
  cycleCapacityRatio: number;
  /** n, the number of Q_C strip/plate cycles. */
  cycles: number;
  /** Q_S, the final strip to the cut-off, C. */
  finalStripCapacity: number;
  /** Per-area Q_T, Q_C and Q_S, C m⁻². */
  areal: { reservoirCapacity: number; cycleCapacity: number; finalStripCapacity: number } | null;
  /** Measured strips and platings of the n cycles, C. */
  cycleStrips: number[];
  cyclePlatings: number[];
  /** CE_avg = (Σ strips + Q_S)/(Q_T + Σ platings), the measured-charge form. */
  averageCoulombicEfficiency: number;
  /** CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T), Adams et al.'s formula with Q_C the mean plating. */
  formulaCoulombicEfficiency: number;
  /** True when every check passed: only then is the average a measurement of the CE. */
  valid: boolean;
  checks: ReservoirCheck[];
  /** First of the n cycles whose strip fell short of Q_C (the reservoir ran out); null when none did. */
  exhaustedAtCycle: number | null;
  warnings: CyclingWarning[];
}

/**
 * Average Coulombic efficiency of Li on Cu by the reservoir ("modified Aurbach") method of
 * Adams, Zheng, Ren, Xu & Zhang, "Accurate determination of Coulombic efficiency for lithium
 * metal anodes and lithium metal batteries", Adv. Energy Mater. 8, 1702097 (2018)
 * (research/cycling.md §3.2, method 2; the notes mark the paper's text as not verified there):
 * optional conditioning (plate, strip to the cut-off; excluded), plate a reservoir Q_T, n cycles
 * of stripping and plating Q_C (20 % of Q_T in the paper), then strip everything to the cut-off
 * → Q_S. CE_avg = (n·Q_C + Q_S)/(n·Q_C + Q_T): all charge stripped over all charge plated after
 * conditioning. The measured-charge form Σ strips / Σ platings (as FFPE computes it) is the
 * headline; the formula with the mean Q_C is given beside it.
 *
 * Validity (the average only measures the CE while the reservoir lasts): no strip of the n cycles
 * ends at the cut-off or short of its Q_C; the final strip reaches the cut-off; Q_C < Q_T; the
 * n platings agree within `capacityTolerance`.
 *
 * @param data - a Li‖Cu record that follows the protocol (SI)
 * @param options - area (m²), cut-off (V), conditioning, tolerance, segmentation to reuse
 * @returns Q_T, Q_C, n, Q_S, CE_avg (both forms), the checks and `valid`
 * @throws LmbError `E_PROTOCOL` when the half cycles do not follow the protocol, and the errors of `segmentCycling`
 * @example
 * const r = reservoirCoulombicEfficiency(data);
 * r.valid && r.averageCoulombicEfficiency; // e.g. 0.99
 */
export function reservoirCoulombicEfficiency(
  data: CyclingData,
  options: ReservoirCoulombicEfficiencyOptions = {},
): ReservoirCoulombicEfficiencyResult {
  const tolerance = options.capacityTolerance ?? 0.02;
  if (!(Number.isFinite(tolerance) && tolerance > 0 && tolerance < 1)) {
    throw new LmbError("E_INVALID_INPUT", `capacity tolerance ${tolerance} is not in (0, 1)`, {
      location: { source: "options.capacityTolerance" },
      fix: "give a fraction such as 0.02",
    });
  }
  const record = copperRecord(data, options);
  const { segmentation, warnings } = record;
  const source = data.metadata.sourceFile ?? "record";
  const protocolError = (problem: string) =>
    new LmbError("E_PROTOCOL", `the record does not follow the reservoir protocol: ${problem}`, {
      location: { source },
      fix: "give a file with [conditioning plate, strip to cut-off,] reservoir plate Q_T, n × (strip Q_C, plate Q_C), final strip to cut-off — or use lithiumCopperEfficiency for cycle-by-cycle CE",
    });
  let runs: CopperRun[] = record.runs;
  let lead = 0;
  while (lead < runs.length && runs[lead]?.role === "strip") lead++;
  if (lead > 0) {
    warnings.push({
      code: "W_LEADING_STRIP",
      message: "the record starts with a stripping before any plating; it is left out",
    });
    runs = runs.slice(lead);
  }
  const auto = options.conditioning ?? "auto";
  const plates = runs.filter((r) => r.role === "plate").length;
  const conditioned =
    auto === "auto" ? runs[1] !== undefined && record.reached(runs[1]) && plates > 1 : auto;
  let conditioning: ReservoirCoulombicEfficiencyResult["conditioning"] = null;
  if (conditioned) {
    const [p, s] = runs;
    if (!p || !s) throw protocolError("there is no conditioning cycle");
    conditioning = {
      plated: p.charge,
      stripped: s.charge,
      coulombicEfficiency: s.charge / p.charge,
    };
    runs = runs.slice(2);
  }
  // reservoir plate, n × (strip, plate), final strip: an even number of runs ≥ 4 … or 2 with n = 0
  const reservoir = runs[0];
  const final = runs.at(-1);
  if (reservoir?.role !== "plate" || !final || final.role !== "strip" || runs.length % 2 !== 0) {
    throw protocolError(
      `after ${conditioned ? "the conditioning cycle" : "the start"} there are ${runs.length} plating/stripping runs, expected the reservoir plating, n strip/plate pairs and a final strip`,
    );
  }
  const middle = runs.slice(1, -1);
  const n = middle.length / 2;
  if (n < 1)
    throw protocolError(
      "there are no Q_C cycles between the reservoir plating and the final strip",
    );
  const cycleStrips = middle.filter((_, i) => i % 2 === 0).map((r) => r.charge);
  const cyclePlatings = middle.filter((_, i) => i % 2 === 1).map((r) => r.charge);
  const qT = reservoir.charge;
  const qS = final.charge;
  const qC = cyclePlatings.reduce((a, b) => a + b, 0) / n;
  const sumStrips = cycleStrips.reduce((a, b) => a + b, 0);
  const sumPlates = cyclePlatings.reduce((a, b) => a + b, 0);
  const short = middle
    .filter((_, i) => i % 2 === 0)
    .findIndex(
      (r, i) => record.reached(r) || r.charge < (1 - tolerance) * (cyclePlatings[i - 1] ?? qC),
    );
  const exhaustedAtCycle = short < 0 ? null : short + 1;
  const finalReached = record.reached(final);
  const spread = Math.max(...cyclePlatings.map((q) => Math.abs(q - qC) / qC));
  const checks: ReservoirCheck[] = [
    {
      name: "reservoir-not-exhausted",
      passed: exhaustedAtCycle === null,
      message:
        exhaustedAtCycle === null
          ? `every one of the ${n} cycle strips passed its Q_C without reaching the cut-off`
          : `the strip of cycle ${exhaustedAtCycle} ended early (at the cut-off or short of Q_C): the reservoir ran out and CE_avg is not a measurement of the CE; use a larger Q_T or fewer cycles`,
    },
    {
      name: "final-strip-to-cutoff",
      passed: finalReached,
      message: finalReached
        ? `the final strip reached the ${record.cutoff?.value.toFixed(3)} V cut-off`
        : "the final strip did not reach the cut-off: Li may remain, so Q_S and CE_avg are lower bounds",
    },
    {
      name: "cycle-capacity-below-reservoir",
      passed: qC < qT,
      message: `Q_C/Q_T = ${((100 * qC) / qT).toFixed(1)} % (Adams et al. used 20 %)`,
    },
    {
      name: "constant-cycle-capacity",
      passed: spread <= tolerance,
      message: `the ${n} cycle platings differ from their mean Q_C by up to ${(100 * spread).toFixed(2)} %`,
    },
  ];
  const area = segmentation.area;
  return {
    analysis: "reservoir-coulombic-efficiency",
    method: "modified Aurbach (Adams et al., Adv. Energy Mater. 8, 1702097, 2018)",
    wiring: record.wiring,
    cutoff: record.cutoff,
    area,
    areaSource: segmentation.areaSource,
    conditioning,
    reservoirCapacity: qT,
    cycleCapacity: qC,
    cycleCapacityRatio: qC / qT,
    cycles: n,
    finalStripCapacity: qS,
    areal:
      area === null
        ? null
        : { reservoirCapacity: qT / area, cycleCapacity: qC / area, finalStripCapacity: qS / area },
    cycleStrips,
    cyclePlatings,
    averageCoulombicEfficiency: (sumStrips + qS) / (qT + sumPlates),
    formulaCoulombicEfficiency: (n * qC + qS) / (n * qC + qT),
    valid: checks.every((c) => c.passed),
    checks,
    exhaustedAtCycle,
    warnings,
  };
}
