import type { CyclingData } from "@lmb/schemas";
import { segmentCycling } from "../cycling/segmentCycling.js";
import type { CyclingSegmentation } from "../cycling/types.js";
import { ANODE_VOLTAGE } from "../fullCell/electrodeConvention.js";
import { measureContext, measureHalfCycle } from "../internal/halfCycleMeasures.js";

/** Cell types the cycling analyses know (`half-cell`: an insertion anode such as graphite or Si against Li). */
export type CellType = "symmetric" | "asymmetric" | "li-cu" | "full" | "half-cell";

/** Options of {@link guessCellType}. */
export interface GuessCellTypeOptions {
  /** A segmentation of this record to reuse. */
  segmentation?: CyclingSegmentation;
}

/** The numbers the guess rests on. Voltages in V. */
export interface CellTypeEvidence {
  /** 2nd, 50th and 98th percentile of V over current-carrying points. */
  voltagePercentiles: { p02: number; p50: number; p98: number };
  /** Median |V| over current-carrying points. */
  medianAbsVoltage: number;
  /** Fraction of current-carrying points where sign(V) = sign(I) (near 1 or 0: V follows I). */
  signAgreement: number;
  /** The same among positive-current and among negative-current points (null when there are none). */
  signAgreementBySign: { positive: number | null; negative: number | null };
  /** Half cycles with positive and with negative current. */
  positiveHalfCycles: number;
  negativeHalfCycles: number;
  /** Half cycles ending at 0.3 V ≤ |V| < 2 V (a stripping cut-off), by current sign. */
  cutoffEnds: { positive: number; negative: number };
  /** Half cycles ending at |V| ≥ 2 V although the median |V| is small (an instrument limit). */
  limitEnds: number;
}

/** Result of {@link guessCellType}. */
export interface CellTypeGuess {
  /** The guess; "unknown" when no rule fits. */
  cellType: CellType | "unknown";
  /** Why, in words with the numbers, in the order the rules were tried. */
  reasons: string[];
  evidence: CellTypeEvidence;
}

const SAMPLE = 200_000;

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[k] as number;
}

const mv = (v: number) => `${(v * 1e3).toFixed(0)} mV`;

/**
 * Guesses what cell a cycling record comes from, from the voltage's range and sign
 * (SCIENCE.md §1, §7; research/cycling.md §3): a full cell (cathode against Li: LFP, NCM) sits at
 * 2–5 V; Li‖Li and Li‖Cu cells sit within tens of mV of 0 V with the voltage's sign
 * following the current's. Among those, a Li‖Cu cell strips to a cut-off (≈ 0.5–1 V) in
 * half cycles of one current sign only; a thick‖thin asymmetric Li‖Li cell shows its Li
 * depletion as a jump to the instrument limit (|V| ≥ 2 V); otherwise the cell is symmetric Li‖Li.
 * Rules, in order: (1) p02 ≥ 1 V, median ≥ 2.5 V and p98 ≤ 5 V (percentiles of V while current
 * flows; p02 leaves room for discharges to 1.5 V) → full; (2) median |V| < 0.5 V and sign(V)
 * agrees with sign(I) on ≥ 80 % of the positive-current and of the negative-current points (or
 * ≤ 20 % on both, the opposite convention) → Li-metal cell, then
 * (a) some half cycles of one sign only end at 0.3–2 V → li-cu, (b) a half cycle ends at
 * |V| ≥ 2 V → asymmetric, (c) else symmetric; (3) p02 > 0, median < 2 V and p98 ≤ 3.5 V (the
 * working electrode stays positive of Li under both current signs, at an anode's potential) →
 * half-cell (an insertion anode — graphite ≈ 0.1 V, Si ≈ 0.4 V — against Li); (4) else unknown. The percentiles use up to
 * 200 000 evenly strided current-carrying points.
 *
 * @param data - a cycling record (SI)
 * @param options - a segmentation to reuse
 * @returns the guess, the reasons (print them with the guess) and the evidence
 * @throws the errors of `segmentCycling` (e.g. `E_NO_CURRENT`)
 * @example
 * const { cellType, reasons } = guessCellType(data);
 * console.log(`cell: ${cellType} (${reasons.at(-1)})`);
 */
export function guessCellType(
  data: CyclingData,
  options: GuessCellTypeOptions = {},
): CellTypeGuess {
  const seg = options.segmentation ?? segmentCycling(data);
  const { voltage, current } = data.columns;
  const zero = seg.zeroCurrentThreshold;
  const n = voltage.length;
  let active = 0;
  for (let i = 0; i < n; i++) if (Math.abs(current[i] as number) > zero) active++;
  const stride = Math.max(1, Math.ceil(active / SAMPLE));
  const sample: number[] = [];
  const absSample: number[] = [];
  let agree = 0;
  let count = 0;
  const bySign = { positive: [0, 0], negative: [0, 0] };
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const I = current[i] as number;
    if (!(Math.abs(I) > zero)) continue;
    if (seen++ % stride !== 0) continue;
    const v = voltage[i] as number;
    sample.push(v);
    absSample.push(Math.abs(v));
    const same = Math.sign(v) === Math.sign(I);
    if (same) agree++;
    count++;
    const tally = I > 0 ? bySign.positive : bySign.negative;
    tally[1] = (tally[1] as number) + 1;
    if (same) tally[0] = (tally[0] as number) + 1;
  }
  const sorted = Float64Array.from(sample).sort();
  const absSorted = Float64Array.from(absSample).sort();
  const ctx = measureContext(data, seg);
  const cutoffEnds = { positive: 0, negative: 0 };
  let limitEnds = 0;
  let positiveHalfCycles = 0;
  let negativeHalfCycles = 0;
  for (const h of seg.halfCycles) {
    if (h.sign === 1) positiveHalfCycles++;
    else negativeHalfCycles++;
    const end = Math.abs(measureHalfCycle(ctx, h).endVoltage);
    if (end >= 2) limitEnds++;
    else if (end >= 0.3) cutoffEnds[h.sign === 1 ? "positive" : "negative"]++;
  }
  const evidence: CellTypeEvidence = {
    voltagePercentiles: {
      p02: percentile(sorted, 0.02),
      p50: percentile(sorted, 0.5),
      p98: percentile(sorted, 0.98),
    },
    medianAbsVoltage: percentile(absSorted, 0.5),
    signAgreement: count > 0 ? agree / count : 0,
    signAgreementBySign: {
      positive: bySign.positive[1] ? (bySign.positive[0] as number) / bySign.positive[1] : null,
      negative: bySign.negative[1] ? (bySign.negative[0] as number) / bySign.negative[1] : null,
    },
    positiveHalfCycles,
    negativeHalfCycles,
    cutoffEnds,
    limitEnds,
  };
  const { p02, p50, p98 } = evidence.voltagePercentiles;
  const reasons: string[] = [];
  if (p02 >= 1 && p50 >= 2.5 && p98 <= 5) {
    reasons.push(
      `the voltage stays within ${p02.toFixed(2)}–${p98.toFixed(2)} V (2nd–98th percentile, median ${p50.toFixed(2)} V) while current flows: a cathode against Li`,
    );
    return { cellType: "full", reasons, evidence };
  }
  reasons.push(
    `not a full cell: the current-carrying voltage spans ${p02.toFixed(2)}–${p98.toFixed(2)} V with median ${p50.toFixed(2)} V (needs ≥ 1 V, median ≥ 2.5 V, ≤ 5 V)`,
  );
  const { positive: agreePositive, negative: agreeNegative } = evidence.signAgreementBySign;
  const follows =
    agreePositive !== null &&
    agreeNegative !== null &&
    ((agreePositive >= 0.8 && agreeNegative >= 0.8) ||
      (agreePositive <= 0.2 && agreeNegative <= 0.2));
  if (!(evidence.medianAbsVoltage < 0.5 && follows)) {
    const share = (x: number | null) => (x === null ? "no" : `${(100 * x).toFixed(0)} % of the`);
    reasons.push(
      `not a Li-metal (Li‖Li or Li‖Cu) cell: median |V| = ${mv(evidence.medianAbsVoltage)}, and the voltage has the current's sign on ${share(agreePositive)} positive-current and ${share(agreeNegative)} negative-current points (needs < 500 mV, and ≥ 80 % on both or ≤ 20 % on both); a half cell against Li (graphite, Si) or another cell`,
    );
    if (p02 > 0 && p50 < ANODE_VOLTAGE && p98 <= 3.5) {
      reasons.push(
        `the working electrode stays positive of Li (${p02.toFixed(2)}–${p98.toFixed(2)} V, median ${p50.toFixed(2)} V) under both current signs: an insertion anode (graphite, Si) against Li, a half cell`,
      );
      return { cellType: "half-cell", reasons, evidence };
    }
    reasons.push(
      `not an anode half cell: needs the 2nd percentile > 0 V, median < ${ANODE_VOLTAGE} V and 98th percentile ≤ 3.5 V`,
    );
    return { cellType: "unknown", reasons, evidence };
  }
  reasons.push(
    `a Li-metal cell: median |V| = ${mv(evidence.medianAbsVoltage)}, the voltage's sign follows the current's on ${(100 * Math.max(evidence.signAgreement, 1 - evidence.signAgreement)).toFixed(0)} % of the points`,
  );
  const { positive, negative } = cutoffEnds;
  if (positive > 0 !== negative > 0) {
    reasons.push(
      `${positive + negative} half cycle(s), all with ${positive > 0 ? "positive" : "negative"} current, end at 0.3–2 V: strips to a cut-off, as on Cu (Li‖Cu)`,
    );
    return { cellType: "li-cu", reasons, evidence };
  }
  if (limitEnds > 0) {
    reasons.push(
      `${limitEnds} half cycle(s) end at |V| ≥ 2 V: the instrument limit, reached when the thin Li electrode ran out (asymmetric cell)`,
    );
    return { cellType: "asymmetric", reasons, evidence };
  }
  reasons.push("no strip to a cut-off and no jump to the instrument limit: a symmetric Li‖Li cell");
  return { cellType: "symmetric", reasons, evidence };
}
