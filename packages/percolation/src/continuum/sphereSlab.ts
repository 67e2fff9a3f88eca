import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "../lattice/simulateLattice.js";

/**
 * A particle shape for the slab simulation, in units of the equal-volume sphere diameter.
 * `orient` draws a particle's orientation; `overlap` tests two particles at separation r;
 * `halfHeight` is a particle's extent above its centre along z (for electrode contact).
 */
export interface ParticleShape {
  /** Volume of one particle. */
  volume: number;
  /** Largest centre distance at which two particles can still overlap (the cell size). */
  reach: number;
  orient(rng: { normal(): number }, out: Float64Array): void;
  overlap(
    rx: number,
    ry: number,
    rz: number,
    a: Float64Array,
    ia: number,
    b: Float64Array,
    ib: number,
  ): boolean;
  halfHeight(o: Float64Array, i: number): number;
}

/** Unit spheres of diameter 1. */
export const SPHERE: ParticleShape = {
  volume: Math.PI / 6,
  reach: 1,
  orient() {},
  overlap: (rx, ry, rz) => rx * rx + ry * ry + rz * rz < 1,
  halfHeight: () => 0.5,
};

/** Options of {@link overlappingSphereSpanning}. */
export interface SphereSlabOptions {
  /** Lateral box size in particle diameters (periodic). */
  lateral: number;
  /** Slab thickness in particle diameters (open, electrodes on both faces). */
  thickness: number;
  /** Runs. @default 20 */
  runs?: number;
  /** @default 1 */
  seed?: number;
}

/** Result of {@link overlappingSphereSpanning}. */
export interface SphereSlabResult {
  /** Reduced density η = ρ·v at first spanning, mean and standard error over runs. */
  reducedDensity: { value: number; standardError: number };
  /** Covered volume fraction φ = 1 − e^(−η) at first spanning (bulk: 0.2896 for L, h → ∞). */
  volumeFraction: { value: number; standardError: number };
  /** Particles at first spanning, per run. */
  particles: Int32Array;
}

/**
 * Continuum percolation of fully penetrable (overlapping) spheres of diameter 1 in a slab
 * lateral × lateral × thickness, periodic laterally, with electrodes at z = 0 and z = thickness:
 * spheres are dropped at uniform random positions one at a time (Newman–Ziff in the continuum),
 * joined to every earlier sphere closer than one diameter (cell list of unit cells, 27
 * neighbours), and to an electrode when they touch its plane; the count at which the electrodes
 * first connect gives η = n·(π/6)/(lateral²·thickness). Bulk threshold: η_c = 0.34189,
 * φ_c = 0.28957 (Lorenz & Ziff 2001).
 *
 * Source: C. D. Lorenz, R. M. Ziff, J. Chem. Phys. 114 (2001) 3659; shared/research/percolation.md §2.2.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes below 2 diameters or above 10⁸ cells.
 * @example
 * overlappingSphereSpanning({ lateral: 20, thickness: 20, runs: 10 }).volumeFraction.value; // ≈ 0.29
 */
export function overlappingSphereSpanning(options: SphereSlabOptions): SphereSlabResult {
  return penetrableSlabSpanning(options, SPHERE);
}

/**
 * Continuum percolation of freely overlapping particles of any {@link ParticleShape} in a slab
 * (see {@link overlappingSphereSpanning}, of which this is the general form): positions uniform,
 * orientations from the shape, joined when `overlap` says so, electrodes touched when a
 * particle's `halfHeight` reaches the face.
 *
 * @example
 * penetrableSlabSpanning({ lateral: 20, thickness: 20 }, spheroidShape(5));
 */
export function penetrableSlabSpanning(
  options: SphereSlabOptions,
  shape: ParticleShape,
): SphereSlabResult {
  const { lateral: L, thickness: H } = options;
  const runs = options.runs ?? 20;
  if (!(L >= 2 && H >= 1) || !Number.isFinite(L * L * H) || L * L * H > 1e8) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `slab ${L} × ${L} × ${H} diameters is outside 2…10⁸ cells`,
      {
        fix: "give the lateral size ≥ 2 and thickness ≥ 1 particle diameters",
      },
    );
  }
  const nx = Math.max(1, Math.floor(L / shape.reach));
  const nz = Math.max(1, Math.floor(H / shape.reach));
  const cellX = L / nx;
  const cellZ = H / nz;
  const cells = nx * nx * nz;
  const volume = L * L * H;
  const sphere = shape.volume;
  const counts = new Int32Array(runs);
  for (let r = 0; r < runs; r++) {
    const rng = createRng(runSeed(options.seed ?? 1, r));
    let capacity = Math.ceil((1.5 * volume) / sphere) + 16;
    let xs = new Float64Array(capacity);
    let ys = new Float64Array(capacity);
    let zs = new Float64Array(capacity);
    let orientation = new Float64Array(3 * capacity);
    const axis = new Float64Array(3);
    let parent = new Int32Array(capacity + 2);
    let next = new Int32Array(capacity);
    const head = new Int32Array(cells).fill(-1);
    // parent indices: particles 0…, bottom electrode = capacity, top = capacity + 1 (re-based on growth)
    let bottom = capacity;
    let top = capacity + 1;
    parent[bottom] = -1;
    parent[top] = -1;
    const find = (start: number): number => {
      let i = start;
      for (;;) {
        const p = parent[i] as number;
        if (p < 0) return i;
        const gp = parent[p] as number;
        if (gp < 0) return p;
        parent[i] = gp;
        i = gp;
      }
    };
    const join = (a: number, b: number): number => {
      if (a === b) return a;
      const sa = parent[a] as number;
      const sb = parent[b] as number;
      if (sa > sb) {
        parent[b] = sa + sb;
        parent[a] = b;
        return b;
      }
      parent[a] = sa + sb;
      parent[b] = a;
      return a;
    };
    let n = 0;
    for (;;) {
      if (n === capacity) {
        // grow all arrays; electrode nodes move to the new end
        const grown = capacity * 2;
        const remap = (v: number) => (v === bottom ? grown : v === top ? grown + 1 : v);
        const np = new Int32Array(grown + 2);
        for (let i = 0; i < n; i++) {
          const p = parent[i] as number;
          np[i] = p < 0 ? p : remap(p);
        }
        np[grown] =
          (parent[bottom] as number) < 0
            ? (parent[bottom] as number)
            : remap(parent[bottom] as number);
        np[grown + 1] =
          (parent[top] as number) < 0 ? (parent[top] as number) : remap(parent[top] as number);
        parent = np;
        const grow = (a: Float64Array) => {
          const b = new Float64Array(grown);
          b.set(a);
          return b;
        };
        xs = grow(xs);
        ys = grow(ys);
        zs = grow(zs);
        const no = new Float64Array(3 * grown);
        no.set(orientation);
        orientation = no;
        const nn = new Int32Array(grown);
        nn.set(next);
        next = nn;
        capacity = grown;
        bottom = grown;
        top = grown + 1;
      }
      const x = rng.uniform() * L;
      const y = rng.uniform() * L;
      const z = rng.uniform() * H;
      xs[n] = x;
      ys[n] = y;
      zs[n] = z;
      shape.orient(rng, axis);
      orientation[3 * n] = axis[0] as number;
      orientation[3 * n + 1] = axis[1] as number;
      orientation[3 * n + 2] = axis[2] as number;
      parent[n] = -1;
      let root = n;
      const cx = Math.min(nx - 1, Math.floor(x / cellX));
      const cy = Math.min(nx - 1, Math.floor(y / cellX));
      const cz = Math.min(nz - 1, Math.floor(z / cellZ));
      for (let dz = -1; dz <= 1; dz++) {
        const kz = cz + dz;
        if (kz < 0 || kz >= nz) continue;
        for (let dy = -1; dy <= 1; dy++) {
          const ky = (cy + dy + nx) % nx;
          for (let dx = -1; dx <= 1; dx++) {
            const kx = (cx + dx + nx) % nx;
            for (let j = head[kx + nx * (ky + nx * kz)] as number; j >= 0; j = next[j] as number) {
              let ddx = (xs[j] as number) - x;
              if (ddx > L / 2) ddx -= L;
              else if (ddx < -L / 2) ddx += L;
              let ddy = (ys[j] as number) - y;
              if (ddy > L / 2) ddy -= L;
              else if (ddy < -L / 2) ddy += L;
              const ddz = (zs[j] as number) - z;
              if (shape.overlap(ddx, ddy, ddz, orientation, 3 * j, orientation, 3 * n)) {
                root = join(root, find(j));
              }
            }
          }
        }
      }
      const cell = cx + nx * (cy + nx * cz);
      next[n] = head[cell] as number;
      head[cell] = n;
      const reachZ = shape.halfHeight(orientation, 3 * n);
      if (z < reachZ) root = join(root, find(bottom));
      if (z > H - reachZ) root = join(root, find(top));
      n++;
      if (find(bottom) === find(top)) break;
    }
    counts[r] = n;
  }
  let sumEta = 0;
  let sumEta2 = 0;
  let sumPhi = 0;
  let sumPhi2 = 0;
  for (const n of counts) {
    const eta = (n * sphere) / volume;
    const phi = -Math.expm1(-eta);
    sumEta += eta;
    sumEta2 += eta * eta;
    sumPhi += phi;
    sumPhi2 += phi * phi;
  }
  const stats = (s: number, s2: number) => {
    const mean = s / runs;
    const variance = runs > 1 ? Math.max(0, (s2 - runs * mean * mean) / (runs - 1)) : 0;
    return { value: mean, standardError: Math.sqrt(variance / runs) };
  };
  return {
    reducedDensity: stats(sumEta, sumEta2),
    volumeFraction: stats(sumPhi, sumPhi2),
    particles: counts,
  };
}
