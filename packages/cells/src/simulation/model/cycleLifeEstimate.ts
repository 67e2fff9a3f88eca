import type { ResolvedCell } from "../config/resolveCellConfig.js";
import type { CycleCharge } from "./summarizeSimulation.js";

/** Result of {@link cycleLifeEstimate} (SI: C m⁻²). */
export interface CycleLifeEstimate {
  /** N ≈ Q_excess/((1 − CE)·Q); null when CE = 1 (no loss per cycle). */
  estimate: number | null;
  /** Q_excess, C m⁻². */
  excess: number;
  /** Q, C m⁻² per cycle. */
  capacityPerCycle: number;
}

/**
 * The cycle life a limited Li excess allows when each cycle loses (1 − CE) of the Li plated:
 * N ≈ Q_excess/((1 − CE)·Q). For a full cell Q_excess is the Li metal of the anode (0 for an
 * anode-free cathode‖Cu cell) and Q the charge per cycle; after N cycles the excess is used up
 * and the capacity starts to fade. For Li‖Li, Q_excess is what the thinner electrode holds beyond
 * one half cycle's Q (each electrode is plated once per cycle). Leakage through the interphase
 * shortens the life further and is not in the estimate (the simulation includes it).
 * Source: SCIENCE.md §7; the same bookkeeping as the anode-free/limited-Li literature.
 *
 * @param cell - the resolved cell
 * @param cycles - charge moved per protocol repeat (C m⁻²)
 * @returns the estimate, or undefined for Li‖Cu cells (no excess to speak of) or no cycling
 * @example
 * // 20 µm Li (4.12 mAh cm⁻²), 1 mAh cm⁻² per half cycle, CE 0.99: (4.12 − 1)/(0.01·1) ≈ 312 cycles
 */
export function cycleLifeEstimate(
  cell: ResolvedCell,
  cycles: readonly CycleCharge[],
): CycleLifeEstimate | undefined {
  if (cell.kind === "lithium-copper" || cycles.length === 0) return undefined;
  let q = 0;
  for (const c of cycles) {
    q = Math.max(
      q,
      cell.kind === "full-cell" ? c.fromWorking : Math.max(c.toWorking, c.fromWorking),
    );
  }
  if (!(q > 0)) return undefined;
  const excess =
    cell.kind === "full-cell"
      ? cell.counter.kind === "lithium"
        ? cell.counter.inventory
        : 0
      : Math.min(cell.working.inventory, cell.counter.inventory) - q;
  const loss = 1 - cell.coulombicEfficiency;
  return {
    estimate: loss > 0 ? Math.max(0, excess) / (loss * q) : null,
    excess,
    capacityPerCycle: q,
  };
}
