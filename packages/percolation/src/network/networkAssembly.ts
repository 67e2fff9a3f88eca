import { type CsrMatrix, csrFromTriplets } from "@lmb/numerics";
import { type LatticeGrid, neighbours } from "../lattice/latticeGrid.js";

/** Kirchhoff system of a lattice film: A·v = b with the bottom electrode at V = 1, the top at 0. */
export interface NetworkSystem {
  /** Conductance Laplacian over the unknowns (SPD). */
  matrix: CsrMatrix;
  /** Right-hand side: the bottom electrode's conductances (V = 1). */
  rhs: Float64Array;
  /** Lattice site of each unknown. */
  sites: Int32Array;
}

/**
 * Metal sites that can carry current between the electrodes through metal: a breadth-first
 * labelling of the metal clusters that touch the first layer, keeping those that also reach the
 * last, with their dangling chains peeled off (sites left with a single neighbour, repeatedly).
 * With an insulating matrix (contrast 0) every other site carries no current, so the network
 * can be solved on these alone, exactly.
 *
 * @param metal - per-site mask (1 = metal), length N
 * @returns per-site mask (1 = on a spanning cluster)
 * @example
 * spanningClusterMask(createLatticeGrid("sc", 8), mask);
 */
export function spanningClusterMask(grid: LatticeGrid, metal: Uint8Array): Uint8Array {
  const n = grid.sites;
  const keep = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const buffer = new Int32Array(16);
  const lastLayer = n - grid.layer;
  for (let start = 0; start < grid.layer; start++) {
    if (!metal[start] || seen[start]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    let spans = false;
    while (head < tail) {
      const s = queue[head++] as number;
      if (s >= lastLayer) spans = true;
      const k = neighbours(grid, s, buffer);
      for (let i = 0; i < k; i++) {
        const t = buffer[i] as number;
        if (metal[t] && !seen[t]) {
          seen[t] = 1;
          queue[tail++] = t;
        }
      }
    }
    if (spans) for (let i = 0; i < tail; i++) keep[queue[i] as number] = 1;
  }
  // Peel dangling chains: a site with one neighbour on the cluster and no electrode bond
  // carries no current (its potential equals its neighbour's), so it and, in turn, any site
  // left with one neighbour can go. Dead-end loops stay (they need a biconnected-component
  // search), but the tree-like dead ends near p_c are most of them.
  const degree = new Int8Array(n);
  let stack = 0;
  for (let s = grid.layer; s < lastLayer; s++) {
    if (!keep[s]) continue;
    const k = neighbours(grid, s, buffer);
    let d = 0;
    for (let i = 0; i < k; i++) if (keep[buffer[i] as number]) d++;
    degree[s] = d;
    if (d <= 1) queue[stack++] = s;
  }
  while (stack > 0) {
    const s = queue[--stack] as number;
    if (!keep[s]) continue;
    keep[s] = 0;
    const k = neighbours(grid, s, buffer);
    for (let i = 0; i < k; i++) {
      const t = buffer[i] as number;
      if (!keep[t] || t < grid.layer || t >= lastLayer) continue;
      const d = (degree[t] as number) - 1;
      degree[t] = d;
      if (d === 1) queue[stack++] = t;
    }
  }
  return keep;
}

/**
 * Assembles the resistor network's Kirchhoff equations on typed arrays: a bond between two
 * metal sites conducts 1, any other bond `contrast`; each site of the first/last layer has one
 * such bond to its electrode (bottom at V = 1, top at V = 0). With `only` given, the unknowns
 * are just the sites it marks and bonds to other sites are left out — exact when the left-out
 * sites carry no current, as for contrast 0 off the current-carrying clusters.
 *
 * @example
 * const { matrix, rhs } = assembleNetwork(grid, mask, 1e-6);
 */
export function assembleNetwork(
  grid: LatticeGrid,
  metal: Uint8Array,
  contrast: number,
  only?: Uint8Array,
): NetworkSystem {
  const n = grid.sites;
  const index = new Int32Array(n).fill(-1);
  let unknowns = 0;
  for (let s = 0; s < n; s++) if (only === undefined || only[s]) index[s] = unknowns++;
  const sites = new Int32Array(unknowns);
  for (let s = 0; s < n; s++) if ((index[s] as number) >= 0) sites[index[s] as number] = s;
  const maxDegree = grid.dx.length + 1;
  const capacity = unknowns * (maxDegree + 1);
  const rows = new Int32Array(capacity);
  const cols = new Int32Array(capacity);
  const vals = new Float64Array(capacity);
  const diagonal = new Float64Array(unknowns);
  const rhs = new Float64Array(unknowns);
  const buffer = new Int32Array(16);
  const lastLayer = n - grid.layer;
  let m = 0;
  for (let u = 0; u < unknowns; u++) {
    const s = sites[u] as number;
    const k = neighbours(grid, s, buffer);
    let d = 0;
    for (let i = 0; i < k; i++) {
      const t = buffer[i] as number;
      const v = index[t] as number;
      if (v < 0) continue;
      const g = metal[s] && metal[t] ? 1 : contrast;
      if (g === 0) continue;
      d += g;
      rows[m] = u;
      cols[m] = v;
      vals[m] = -g;
      m++;
    }
    const face = metal[s] ? 1 : contrast;
    if (s < grid.layer) {
      d += face;
      rhs[u] = face;
    }
    if (s >= lastLayer) d += face;
    diagonal[u] = d;
    rows[m] = u;
    cols[m] = u;
    vals[m] = d;
    m++;
  }
  const matrix = csrFromTriplets(
    unknowns,
    unknowns,
    rows.subarray(0, m),
    cols.subarray(0, m),
    vals.subarray(0, m),
  );
  return { matrix, rhs, sites };
}
