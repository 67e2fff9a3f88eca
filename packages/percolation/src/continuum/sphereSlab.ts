import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "../lattice/simulateLattice.js";
import { type ParticleShape, SPHERE } from "./particleShape.js";
import { type SphereParticleOptions, sphereShape } from "./sphereShape.js";

export { type ParticleShape, SPHERE };

/** Consecutive failed core insertions after which the hard cores count as jammed. */
const MAX_INSERTION_ATTEMPTS = 100_000;

/** Options of {@link overlappingSphereSpanning}. */
export interface SphereSlabOptions extends SphereParticleOptions {
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
  /** Reduced density η = ρ·v of the (outer) particles at first spanning, mean and standard error over runs. */
  reducedDensity: { value: number; standardError: number };
  /**
   * Metal volume fraction at first spanning: the covered fraction φ = 1 − e^(−η) of
   * penetrable particles (bulk spheres: 0.2896 for L, h → ∞), or the cores' fraction
   * n·v·δ³/V of core–shell particles.
   */
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
  const { sizes, coreShell, ...slab } = options;
  return penetrableSlabSpanning(slab, sphereShape({ sizes, coreShell }));
}

/**
 * Metal volume fraction of n particles of `shape` in a volume: 1 − e^(−n·v/V) for penetrable
 * particles, n·v·δ³/V for core–shell particles (see {@link ParticleShape.coreVolumeRatio}).
 *
 * @example
 * metalFraction(1000, SPHERE, 20 * 20 * 5); // 1 − e^(−1000·(π/6)/2000) ≈ 0.230
 */
export function metalFraction(n: number, shape: ParticleShape, volume: number): number {
  const eta = (n * shape.volume) / volume;
  return shape.coreVolumeRatio === undefined ? -Math.expm1(-eta) : eta * shape.coreVolumeRatio;
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
  if (!(Number.isInteger(runs) && runs >= 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be a positive integer, got ${runs}`, {
      location: { source: "options.runs" },
      fix: "give e.g. 20",
    });
  }
  if (options.sizes !== undefined || options.coreShell !== undefined) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      "penetrableSlabSpanning takes sizes and core–shell from its shape, not from the options",
      {
        location: { source: "options.sizes / options.coreShell" },
        fix: "build the shape with sphereShape({ sizes, coreShell }) or spheroidShape(aspect, { coreShell }), or call overlappingSphereSpanning",
      },
    );
  }
  if (L < 2 * shape.reach) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `a lateral size of ${L} is below twice the particle reach ${shape.reach.toFixed(3)}: particles would meet their own periodic images`,
      {
        location: { source: "options.lateral" },
        fix: `give lateral ≥ ${Math.ceil(2 * shape.reach)}`,
      },
    );
  }
  const nx = Math.max(1, Math.floor(L / shape.reach));
  const nz = Math.max(1, Math.floor(H / shape.reach));
  const cellX = L / nx;
  const cellZ = H / nz;
  const cells = nx * nx * nz;
  const reach2 = shape.reach * shape.reach;
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
    const clash = shape.clash;
    /** True when a core at (x, y, z) would hit the core of an earlier particle. */
    const clashes = (
      x: number,
      y: number,
      z: number,
      cx: number,
      cy: number,
      cz: number,
      n: number,
    ): boolean => {
      if (clash === undefined) return false;
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
              if (clash(ddx, ddy, ddz, orientation, 3 * j, orientation, 3 * n)) return true;
            }
          }
        }
      }
      return false;
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
      shape.orient(rng, axis);
      orientation[3 * n] = axis[0] as number;
      orientation[3 * n + 1] = axis[1] as number;
      orientation[3 * n + 2] = axis[2] as number;
      // Position: uniform; with hard cores, drawn again until the core misses every earlier
      // core (random sequential addition of the particle already drawn).
      let x = 0;
      let y = 0;
      let z = 0;
      let cx = 0;
      let cy = 0;
      let cz = 0;
      for (let attempt = 0; ; attempt++) {
        x = rng.uniform() * L;
        y = rng.uniform() * L;
        z = rng.uniform() * H;
        cx = Math.min(nx - 1, Math.floor(x / cellX));
        cy = Math.min(nx - 1, Math.floor(y / cellX));
        cz = Math.min(nz - 1, Math.floor(z / cellZ));
        if (clash === undefined || !clashes(x, y, z, cx, cy, cz, n)) break;
        if (attempt >= MAX_INSERTION_ATTEMPTS) {
          throw new LmbError(
            "E_INVALID_ARGUMENT",
            `hard cores jammed at metal fraction ${metalFraction(n, shape, volume).toFixed(3)} before the layer was crossed (${MAX_INSERTION_ATTEMPTS} failed insertions in a row)`,
            {
              location: { source: "options.coreShell" },
              fix: "lower the core/shell ratio: random sequential addition of hard spheres jams near a core fraction of 0.38",
            },
          );
        }
      }
      xs[n] = x;
      ys[n] = y;
      zs[n] = z;
      parent[n] = -1;
      let root = n;
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
              if (ddx * ddx + ddy * ddy + ddz * ddz >= reach2) continue;
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
    const phi = metalFraction(n, shape, volume);
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
