import type {
  CellProtocol,
  InterphaseConfig,
  SymmetricAsymmetricComparisonResultJson,
} from "@lmb/schemas";
import { type ComparisonCellSpec, withMetal } from "./comparisonCell.js";
import type { SharedCellConfig } from "./comparisonDefaults.js";
import { simulateDepletion } from "./simulateDepletion.js";

/** Depletion time against metal fraction (`DepletionSweepSchema`). */
export type DepletionSweep = NonNullable<SymmetricAsymmetricComparisonResultJson["fractionSweep"]>;

/** Inputs of {@link depletionSweep}. */
export interface DepletionSweepOptions {
  /** What the cells share (area, electrolyte, kinetics, CE, limits). */
  cell: SharedCellConfig;
  /** The cells, each a row of the result. */
  cells: readonly ComparisonCellSpec[];
  /** The interphase; its `metal.fraction` is replaced by each of `fractions`. */
  interphase: InterphaseConfig;
  protocol: CellProtocol;
  /** Metal volume fractions V_f (0–1). */
  fractions: readonly number[];
  /** Called after each simulation: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Depletion time of each cell against the interphase's metal fraction: how the Li loss through a
 * metal-bearing interphase turns on across the percolation threshold V_p (SCIENCE.md §6–7, Su et
 * al. 2025). Below V_p the interphase stops itself and no cell runs out; above it every Li surface
 * loses Li at ≈ U/r_rxn and a thin electrode of inventory Q runs out after ≈ Q/i_leak.
 *
 * @returns `depletionTime[cell][fraction]`, h (null: no depletion within the protocol)
 * @throws LmbError `E_INVALID_INPUT` when the interphase has no metal, or for a fraction outside [0, 1]
 * @example
 * depletionSweep({ cell, cells: [thin20], interphase, protocol, fractions: [0.1, 0.3, 0.5] }).depletionTime[0]; // [null, 157, 157]
 */
export function depletionSweep(options: DepletionSweepOptions): DepletionSweep {
  const { cells, fractions } = options;
  const total = cells.length * fractions.length;
  let done = 0;
  const depletionTime = cells.map((spec) =>
    fractions.map((fraction) => {
      const outcome = simulateDepletion(
        options.cell,
        spec,
        withMetal(options.interphase, fraction),
        options.protocol,
      );
      options.onProgress?.(++done, total);
      return outcome.time;
    }),
  );
  return { fractions: [...fractions], depletionTime };
}
