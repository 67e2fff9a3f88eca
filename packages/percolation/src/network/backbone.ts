import { type LatticeGrid, neighbours } from "../lattice/latticeGrid.js";

/**
 * The current-carrying backbone of a metal network between the two electrodes: of the sites in
 * `candidates` (metal sites joined to both electrodes), those in the biconnected component that
 * contains a virtual edge between the electrodes. Every other candidate hangs on the backbone
 * through a single site (a dead end, loop or tree), so no current enters it and it can be left
 * out of the Kirchhoff equations without changing any potential on the backbone.
 *
 * Tarjan's biconnected components by an iterative depth-first search with an edge stack, from
 * the bottom electrode node; O(sites + bonds) time and memory.
 *
 * Source: R. E. Tarjan, SIAM J. Comput. 1 (1972) 146; for the backbone of percolation clusters:
 * P. Grassberger, Physica A 262 (1999) 251; D. Stauffer, A. Aharony (1994) §6.3.
 *
 * @param candidates - per-site mask, 1 on the metal clusters joined to both electrodes
 * @returns per-site mask, 1 on the backbone
 * @example
 * backboneMask(grid, spanningClusterMask(grid, metal));
 */
export function backboneMask(grid: LatticeGrid, candidates: Uint8Array): Uint8Array {
  const n = grid.sites;
  const lastLayer = n - grid.layer;
  // Compact ids 0…m−1 for the candidates, m = bottom electrode, m + 1 = top electrode.
  const id = new Int32Array(n).fill(-1);
  let m = 0;
  for (let s = 0; s < n; s++) if (candidates[s]) id[s] = m++;
  const site = new Int32Array(m);
  for (let s = 0; s < n; s++) if ((id[s] as number) >= 0) site[id[s] as number] = s;
  const bottom = m;
  const top = m + 1;
  const nodes = m + 2;
  // Adjacency in CSR form: lattice bonds between candidates, electrode bonds, and bottom–top.
  const degree = new Int32Array(nodes + 1);
  const buffer = new Int32Array(16);
  const forEachNeighbour = (u: number, visit: (w: number) => void) => {
    const s = site[u] as number;
    const k = neighbours(grid, s, buffer);
    for (let i = 0; i < k; i++) {
      const w = id[buffer[i] as number] as number;
      if (w >= 0) visit(w);
    }
    if (s < grid.layer) visit(bottom);
    if (s >= lastLayer) visit(top);
  };
  for (let u = 0; u < m; u++) {
    forEachNeighbour(u, (w) => {
      degree[u + 1] = (degree[u + 1] as number) + 1;
      if (w >= m) degree[w + 1] = (degree[w + 1] as number) + 1;
    });
  }
  degree[bottom + 1] = (degree[bottom + 1] as number) + 1;
  degree[top + 1] = (degree[top + 1] as number) + 1;
  for (let u = 0; u < nodes; u++) degree[u + 1] = (degree[u + 1] as number) + (degree[u] as number);
  const start = degree;
  const fill = start.slice(0, nodes);
  const adj = new Int32Array(start[nodes] as number);
  const add = (u: number, w: number) => {
    adj[fill[u] as number] = w;
    fill[u] = (fill[u] as number) + 1;
  };
  add(bottom, top);
  add(top, bottom);
  for (let u = 0; u < m; u++) {
    forEachNeighbour(u, (w) => {
      add(u, w);
      if (w >= m) add(w, u);
    });
  }

  const disc = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  const parent = new Int32Array(nodes).fill(-1);
  const next = new Int32Array(nodes);
  const frames = new Int32Array(nodes);
  const edgeU = new Int32Array(adj.length);
  const edgeW = new Int32Array(adj.length);
  const onBackbone = new Uint8Array(nodes);
  let edges = 0;
  let depth = 0;
  let time = 0;
  disc[bottom] = time;
  low[bottom] = time++;
  next[bottom] = start[bottom] as number;
  frames[depth++] = bottom;
  while (depth > 0) {
    const u = frames[depth - 1] as number;
    const at = next[u] as number;
    if (at < (start[u + 1] as number)) {
      next[u] = at + 1;
      const w = adj[at] as number;
      if (disc[w] === -1) {
        edgeU[edges] = u;
        edgeW[edges++] = w;
        parent[w] = u;
        disc[w] = time;
        low[w] = time++;
        next[w] = start[w] as number;
        frames[depth++] = w;
      } else if (w !== parent[u] && (disc[w] as number) < (disc[u] as number)) {
        edgeU[edges] = u;
        edgeW[edges++] = w;
        if ((disc[w] as number) < (low[u] as number)) low[u] = disc[w] as number;
      }
      continue;
    }
    depth--;
    const p = parent[u] as number;
    if (p < 0) continue;
    if ((low[u] as number) < (low[p] as number)) low[p] = low[u] as number;
    if ((low[u] as number) >= (disc[p] as number)) {
      // p is an articulation point (or the root): the edges down to (p, u) form one component.
      let first = edges;
      let hasElectrodes = false;
      for (;;) {
        first--;
        const a = edgeU[first] as number;
        const b = edgeW[first] as number;
        if ((a === bottom && b === top) || (a === top && b === bottom)) hasElectrodes = true;
        if (a === p && b === u) break;
      }
      if (hasElectrodes) {
        for (let e = first; e < edges; e++) {
          onBackbone[edgeU[e] as number] = 1;
          onBackbone[edgeW[e] as number] = 1;
        }
      }
      edges = first;
    }
  }
  const keep = new Uint8Array(n);
  for (let u = 0; u < m; u++) if (onBackbone[u]) keep[site[u] as number] = 1;
  return keep;
}
