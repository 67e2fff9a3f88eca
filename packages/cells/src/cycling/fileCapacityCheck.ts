import type { CyclingData } from "@lmb/schemas";
import type { CyclingSegment, CyclingWarning } from "./types.js";

/** Relative difference between the integrated charge and the file's own counter that is reported. @default 0.02 */
export const CAPACITY_TOLERANCE = 0.02;

/**
 * Charge the file's own counters give for one half cycle, C: the sum of the increases of its
 * `chargeCapacity` (positive current) or `dischargeCapacity` (negative current) column over the
 * half cycle's points — counters that reset per step or per cycle only lose the first sample's
 * worth at each reset. Null when the file has no such column or it never moves.
 */
function counterCharge(column: Float64Array | undefined, h: CyclingSegment): number | null {
  if (column === undefined) return null;
  let sum = 0;
  let previous = column[h.start] as number;
  for (let i = h.start + 1; i < h.end; i++) {
    const v = column[i] as number;
    if (Number.isFinite(v) && Number.isFinite(previous) && v > previous) sum += v - previous;
    if (Number.isFinite(v)) previous = v;
  }
  return sum > 0 ? sum : null;
}

/**
 * Compares each half cycle's integrated charge ∫|I|dt with the file's own charge/discharge
 * counters when it has them, and warns (`W_CAPACITY_DISAGREES`) when they differ by more than
 * `tolerance` (relative) and by more than 0.5 % of the largest half cycle's charge (a counter
 * that resets per step loses a sample's worth at each reset) on a half cycle carrying ≥ 1 % of
 * the largest half cycle's charge: a
 * current column rounded by the export (a Landt CSV with 0.1 mA resolution at 0.18 mA), data
 * missing across a gap while the instrument kept counting (sparse logging), or a counter that
 * does not mean what its header says. The analyses keep the integrated charge; the warning names
 * the half cycles, both numbers and the median ratio so the user can judge.
 *
 * @param data - the record (its `chargeCapacity` and `dischargeCapacity` columns, C)
 * @param halfCycles - the segmentation's half cycles
 * @param where - " in FILE" for the message
 * @param tolerance - relative difference reported. @default 0.02
 * @returns the warning, or null when the counters agree or are absent
 * @example
 * const w = fileCapacityCheck(data, seg.halfCycles, " in cell.csv");
 * w?.code; // "W_CAPACITY_DISAGREES"
 */
export function fileCapacityCheck(
  data: CyclingData,
  halfCycles: readonly CyclingSegment[],
  where: string,
  tolerance = CAPACITY_TOLERANCE,
): CyclingWarning | null {
  const { chargeCapacity, dischargeCapacity } = data.columns;
  if (chargeCapacity === undefined && dischargeCapacity === undefined) return null;
  const largest = halfCycles.reduce((m, h) => Math.max(m, h.charge), 0);
  const off: { index: number; ours: number; file: number }[] = [];
  const ratios: number[] = [];
  let compared = 0;
  for (const h of halfCycles) {
    if (!(h.charge >= 0.01 * largest) || h.charge <= 0) continue;
    const file = counterCharge(h.sign === 1 ? chargeCapacity : dischargeCapacity, h);
    if (file === null) continue;
    compared++;
    ratios.push(file / h.charge);
    const diff = Math.abs(file - h.charge);
    if (diff > tolerance * Math.max(file, h.charge) && diff > 0.005 * largest) {
      off.push({ index: h.index, ours: h.charge, file });
    }
  }
  if (off.length === 0) return null;
  ratios.sort((a, b) => a - b);
  const median = ratios[ratios.length >> 1] as number;
  const mah = (q: number) => (q / 3.6).toPrecision(4);
  const shown = off
    .slice(0, 5)
    .map((o) => `#${o.index + 1}: ${mah(o.ours)} vs ${mah(o.file)} mAh`)
    .join(", ");
  return {
    code: "W_CAPACITY_DISAGREES",
    message: `the charge integrated from the current differs from the file's own capacity counters by more than ${100 * tolerance} % in ${off.length} of ${compared} half cycles${where} (${shown}${off.length > 5 ? ", …" : ""}; median counter/integrated ${median.toFixed(3)}): a rounded current column, data missing while the instrument kept counting, or a counter of another kind — the capacities here are the integrated ones`,
    index: halfCycles[(off[0] as { index: number }).index]?.start as number,
  };
}
