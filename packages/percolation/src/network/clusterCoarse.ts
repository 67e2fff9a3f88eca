import type { CsrMatrix, Preconditioner } from "@lmb/numerics";
import { type LatticeGrid, neighbours } from "../lattice/latticeGrid.js";

/**
 * Two-level preconditioner for high-contrast networks: `inner` (e.g. IC(0)) plus an additive
 * coarse correction on the metal clusters, M⁻¹ = M_inner⁻¹ + P·(PᵀAP)⁻¹·Pᵀ with P the cluster
 * indicator vectors. A metal cluster floating in a weakly conducting matrix has a near-null
 * "whole cluster moves" mode (eigenvalue ∝ contrast) that single-level preconditioners leave
 * to CG; the coarse space removes it. In site percolation two different clusters never share a
 * bond, so PᵀAP is diagonal and the correction costs one pass over the metal sites.
 *
 * Source: Z. Dostál, Int. J. Comput. Math. 23 (1988) 315 (coarse-space/deflation CG);
 * B. F. Smith, P. E. Bjørstad, W. D. Gropp, Domain Decomposition (1996) ch. 2 (additive
 * two-level Schwarz); the clusters as aggregates as in aggregation AMG (Vaněk et al. 1996).
 *
 * @param matrix - the network matrix, unknown u ↔ lattice site u (no pruning)
 * @example
 * clusterCoarsePreconditioner(grid, mask, a, incompleteCholesky(a));
 */
export function clusterCoarsePreconditioner(
  grid: LatticeGrid,
  metal: Uint8Array,
  matrix: CsrMatrix,
  inner: Preconditioner,
): Preconditioner {
  const n = grid.sites;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const buffer = new Int32Array(16);
  let clusters = 0;
  for (let start = 0; start < n; start++) {
    if (!metal[start] || label[start] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = clusters;
    while (head < tail) {
      const s = queue[head++] as number;
      const k = neighbours(grid, s, buffer);
      for (let i = 0; i < k; i++) {
        const t = buffer[i] as number;
        if (metal[t] && label[t] === -1) {
          label[t] = clusters;
          queue[tail++] = t;
        }
      }
    }
    clusters++;
  }
  // PᵀAP = 1_Cᵀ·A·1_C: the electrode bonds (row sums of A) plus the bonds leaving the cluster;
  // the bonds inside it cancel and are left out rather than subtracted.
  const coarse = new Float64Array(clusters);
  const { rowPtr, colIdx, values } = matrix;
  for (let s = 0; s < n; s++) {
    const c = label[s] as number;
    if (c < 0) continue;
    let rowSum = 0;
    let leaving = 0;
    for (let k = rowPtr[s] as number; k < (rowPtr[s + 1] as number); k++) {
      const v = values[k] as number;
      rowSum += v;
      const t = colIdx[k] as number;
      if (t !== s && label[t] !== c) leaving -= v;
    }
    coarse[c] = (coarse[c] as number) + Math.max(rowSum, 0) + leaving;
  }
  const projected = new Float64Array(clusters);
  return {
    apply(r: Float64Array, z: Float64Array): void {
      inner.apply(r, z);
      projected.fill(0);
      for (let s = 0; s < n; s++) {
        const c = label[s] as number;
        if (c >= 0) projected[c] = (projected[c] as number) + (r[s] as number);
      }
      for (let c = 0; c < clusters; c++)
        projected[c] = (projected[c] as number) / (coarse[c] as number);
      for (let s = 0; s < n; s++) {
        const c = label[s] as number;
        if (c >= 0) z[s] = (z[s] as number) + (projected[c] as number);
      }
    },
  };
}
