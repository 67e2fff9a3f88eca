import type { DesignMapResultJson } from "@lmb/schemas";
import { assembleDesignMap } from "./assembleDesignMap.js";
import { type DesignMapOptions, planDesignMap } from "./designMapPlan.js";
import { designMapRow } from "./designMapRow.js";

/**
 * A design map for metal-bearing interphases (SCIENCE.md §6–7, Su et al. 2025): when the thin
 * electrode of an asymmetric Li‖Li cell (default 100 µm | 20 µm) runs out of Li, over a grid of
 * metal volume fractions V_f and particle aspect ratios, under one protocol. Each point is a full
 * `simulateCell` run whose interphase σ_e comes from percolation (`interphaseElectronicConductivity`:
 * the finite-size V_p of that aspect ratio and layer thickness, McLachlan's GEM around it). Below
 * V_p the interphase stops itself and the cell lasts the protocol; above it the depletion time
 * drops to ≈ (Q_thin − q)/i_leak. Needles and plates percolate at lower V_f than spheres.
 *
 * Single-threaded; `designMapParallel` of `@lmb/cells/node` splits the rows over worker threads
 * with identical results.
 *
 * @param options - grid, cell, interphase and protocol (defaults: 50 × 20 grid, the comparison's cell)
 * @param onProgress - called after each simulated point: (done, total)
 * @returns `DesignMapResultSchema` JSON: grids `[aspectRatio][fraction]` of depletion time (h or
 *   null), cycle and end reason; V_p per aspect ratio; a heat map
 * @throws LmbError `E_INVALID_INPUT` naming the option for a bad grid, thickness or interphase
 * @example
 * const map = designMap({ fractions: [0.1, 0.2, 0.3, 0.4], aspectRatios: [0.1, 1, 10] });
 * map.depletionTime[1]; // [null, null, ≈ 157, ≈ 157] h for spheres (V_p ≈ 0.27)
 */
export function designMap(
  options: DesignMapOptions = {},
  onProgress?: (done: number, total: number) => void,
): DesignMapResultJson {
  const plan = planDesignMap(options);
  const total = plan.fractions.length * plan.aspectRatios.length;
  let done = 0;
  const rows = plan.aspectRatios.map((_, i) =>
    designMapRow(plan, i, () => onProgress?.(++done, total)),
  );
  return assembleDesignMap(plan, rows);
}
