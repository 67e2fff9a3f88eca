import { LmbError } from "@lmb/errors";
import type { ParticleShape } from "./particleShape.js";

/** Doubles per particle: x, y, z, the shape's three numbers, next particle in the cell, unused. */
const STRIDE = 8;

/** Consecutive failed core insertions after which the hard cores count as jammed. */
const MAX_INSERTION_ATTEMPTS = 100_000;

/**
 * Particles dropped one at a time into a fully periodic cube of edge L (in the shape's length
 * unit, the equal-volume sphere diameter) until some cluster first wraps around the cube, i.e.
 * joins a particle to one of its own periodic images (in any direction). Union–find keeps, for
 * every particle, its unwrapped displacement to its cluster's root; two overlapping particles
 * already in one cluster whose displacements disagree by a box vector close a wrapping loop
 * (Machta et al., Phys. Rev. E 54 (1996) 1332; Newman & Ziff, Phys. Rev. E 64 (2001) 016706).
 * Cell list of cells at least one particle reach wide, 27 neighbours, minimum image. Hard cores
 * (`shape.clash`) by random sequential addition, as in the slab.
 *
 * Returns the number of particles at first wrapping. Internal engine of
 * {@link simulateBulkThreshold}.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` when L < 3 particle reaches, or hard cores jam.
 * @example
 * particlesAtFirstWrap(16, SPHERE, createRng(1)); // ≈ 0.34·16³/(π/6) ≈ 2 650
 */
export function particlesAtFirstWrap(
  L: number,
  shape: ParticleShape,
  rng: { uniform(): number; normal(): number },
): number {
  const nc = Math.floor(L / shape.reach);
  if (!(nc >= 3) || !Number.isFinite(L)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `a periodic cube of edge ${L} is below 3 particle reaches (${(3 * shape.reach).toFixed(3)})`,
      {
        location: { source: "options.sizes" },
        fix: "give box sizes of at least 3 particle lengths",
      },
    );
  }
  const cell = L / nc;
  const half = L / 2;
  const reach2 = shape.reach * shape.reach;
  let capacity = Math.max(64, Math.ceil((0.4 * L * L * L) / shape.volume));
  let data = new Float64Array(STRIDE * capacity);
  let parent = new Int32Array(capacity);
  let size = new Int32Array(capacity);
  let off = new Float64Array(3 * capacity); // unwrapped vector from a particle to its parent
  let path = new Int32Array(64);
  const head = new Int32Array(nc * nc * nc).fill(-1);
  // The cells' particles also as contiguous slots (see SlabPacking): the overlap scan reads
  // them without the load chain of the linked list; the list stays for the hard-core scan.
  const count = new Int32Array(nc * nc * nc);
  let perCell = Math.max(2, Math.ceil((2 * capacity) / (nc * nc * nc)));
  let slots = new Int32Array(nc * nc * nc * perCell);
  const axis = new Float64Array(3);
  const clash = shape.clash;

  // Root of i; afterwards parent[i] is the root and off[i] the vector from i to it.
  const find = (i: number): number => {
    let depth = 0;
    let r = i;
    while ((parent[r] as number) !== r) {
      if (depth === path.length) {
        const grown = new Int32Array(2 * depth);
        grown.set(path);
        path = grown;
      }
      path[depth++] = r;
      r = parent[r] as number;
    }
    // path[depth − 1] hangs directly under r; walk back towards i accumulating offsets
    for (let k = depth - 2; k >= 0; k--) {
      const m = path[k] as number;
      const p = parent[m] as number;
      off[3 * m] = (off[3 * m] as number) + (off[3 * p] as number);
      off[3 * m + 1] = (off[3 * m + 1] as number) + (off[3 * p + 1] as number);
      off[3 * m + 2] = (off[3 * m + 2] as number) + (off[3 * p + 2] as number);
      parent[m] = r;
    }
    return r;
  };

  for (let n = 0; ; n++) {
    if (n === capacity) {
      const grown = 2 * capacity;
      const d = new Float64Array(STRIDE * grown);
      d.set(data);
      data = d;
      const p = new Int32Array(grown);
      p.set(parent);
      parent = p;
      const s = new Int32Array(grown);
      s.set(size);
      size = s;
      const o = new Float64Array(3 * grown);
      o.set(off);
      off = o;
      capacity = grown;
    }
    shape.orient(rng, axis);
    const self = STRIDE * n;
    data[self + 3] = axis[0] as number;
    data[self + 4] = axis[1] as number;
    data[self + 5] = axis[2] as number;
    let x = 0;
    let y = 0;
    let z = 0;
    let cx = 0;
    let cy = 0;
    let cz = 0;
    for (let attempt = 0; ; attempt++) {
      x = rng.uniform() * L;
      y = rng.uniform() * L;
      z = rng.uniform() * L;
      cx = Math.min(nc - 1, Math.floor(x / cell));
      cy = Math.min(nc - 1, Math.floor(y / cell));
      cz = Math.min(nc - 1, Math.floor(z / cell));
      if (clash === undefined) break;
      let hit = false;
      for (let dz = -1; dz <= 1 && !hit; dz++) {
        for (let dy = -1; dy <= 1 && !hit; dy++) {
          for (let dx = -1; dx <= 1 && !hit; dx++) {
            const c =
              ((cx + dx + nc) % nc) + nc * (((cy + dy + nc) % nc) + nc * ((cz + dz + nc) % nc));
            for (let j = head[c] as number; j >= 0; j = data[STRIDE * j + 6] as number) {
              const o = STRIDE * j;
              const rx = wrap((data[o] as number) - x, L, half);
              const ry = wrap((data[o + 1] as number) - y, L, half);
              const rz = wrap((data[o + 2] as number) - z, L, half);
              if (clash(rx, ry, rz, data, o + 3, data, self + 3)) {
                hit = true;
                break;
              }
            }
          }
        }
      }
      if (!hit) break;
      if (attempt >= MAX_INSERTION_ATTEMPTS) {
        throw new LmbError(
          "E_INVALID_ARGUMENT",
          `hard cores jammed after ${n} particles in a periodic cube of edge ${L} (${MAX_INSERTION_ATTEMPTS} failed insertions in a row)`,
          {
            location: { source: "shape (coreShell)" },
            fix: "lower the core/shell ratio: random sequential addition of hard spheres jams near a core fraction of 0.38",
          },
        );
      }
    }
    data[self] = x;
    data[self + 1] = y;
    data[self + 2] = z;
    parent[n] = n;
    size[n] = 1;
    off[3 * n] = 0;
    off[3 * n + 1] = 0;
    off[3 * n + 2] = 0;
    for (let dz = -1; dz <= 1; dz++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const c =
            ((cx + dx + nc) % nc) + nc * (((cy + dy + nc) % nc) + nc * ((cz + dz + nc) % nc));
          const end = c * perCell + (count[c] as number);
          for (let b = c * perCell; b < end; b++) {
            const j = slots[b] as number;
            const o = STRIDE * j;
            const rx = wrap((data[o] as number) - x, L, half);
            const ry = wrap((data[o + 1] as number) - y, L, half);
            const rz = wrap((data[o + 2] as number) - z, L, half);
            if (rx * rx + ry * ry + rz * rz >= reach2) continue;
            if (!shape.overlap(rx, ry, rz, data, self + 3, data, o + 3)) continue;
            const ri = find(n);
            const rj = find(j);
            // root_j − root_i, unwrapped: x_j + off_j − (x_n + off_n) with x_j − x_n = r
            const gx = rx + (off[3 * j] as number) - (off[3 * n] as number);
            const gy = ry + (off[3 * j + 1] as number) - (off[3 * n + 1] as number);
            const gz = rz + (off[3 * j + 2] as number) - (off[3 * n + 2] as number);
            if (ri === rj) {
              if (Math.abs(gx) > half || Math.abs(gy) > half || Math.abs(gz) > half) return n + 1;
            } else if ((size[ri] as number) >= (size[rj] as number)) {
              parent[rj] = ri;
              size[ri] = (size[ri] as number) + (size[rj] as number);
              off[3 * rj] = -gx;
              off[3 * rj + 1] = -gy;
              off[3 * rj + 2] = -gz;
            } else {
              parent[ri] = rj;
              size[rj] = (size[rj] as number) + (size[ri] as number);
              off[3 * ri] = gx;
              off[3 * ri + 1] = gy;
              off[3 * ri + 2] = gz;
            }
          }
        }
      }
    }
    const c0 = cx + nc * (cy + nc * cz);
    data[self + 6] = head[c0] as number;
    head[c0] = n;
    if ((count[c0] as number) === perCell) {
      const wider = 2 * perCell;
      const grown = new Int32Array(count.length * wider);
      for (let c = 0; c < count.length; c++) {
        grown.set(slots.subarray(c * perCell, c * perCell + (count[c] as number)), c * wider);
      }
      slots = grown;
      perCell = wider;
    }
    slots[c0 * perCell + (count[c0] as number)] = n;
    count[c0] = (count[c0] as number) + 1;
  }
}

/** Minimum-image component of a separation in a periodic box of edge L. */
function wrap(d: number, L: number, half: number): number {
  if (d > half) return d - L;
  if (d < -half) return d + L;
  return d;
}
