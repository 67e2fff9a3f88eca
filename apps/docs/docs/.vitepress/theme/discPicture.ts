import { LmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { runSeed } from "@lmb/percolation";
import { ISOLATED, SPANNING, WIRED } from "./latticePicture";

/**
 * Overlapping discs of diameter 1 dropped one at a time into a box lateral × thickness
 * (periodic across, Li below y = 0, electrolyte above y = thickness): the 2D continuum picture
 * next to the lattice one. `@lmb/percolation` simulates the 3D continuum (spheres, spheroids);
 * this small 2D version only draws.
 */
export interface DiscRun {
  lateral: number;
  thickness: number;
  seed: number;
  /** Disc centres in drop order. */
  x: Float64Array;
  y: Float64Array;
  /** Discs at the first crossing (the n-th disc joined Li and electrolyte), −1 if it never happened. */
  crossingCount: number;
}

/** The picture after the first n discs. */
export interface DiscState {
  count: number;
  /** Covered area fraction φ = 1 − exp(−n·(π/4)/A). */
  coverage: number;
  /** ISOLATED, WIRED or SPANNING per disc. */
  states: Uint8Array;
  spans: boolean;
  spanningDiscs: number;
}

/** Covered fraction of the Boolean model: φ = 1 − e^(−η), η = n·(π/4)/A (discs of diameter 1). */
export function discCoverage(count: number, area: number): number {
  return -Math.expm1(-(count * Math.PI) / 4 / area);
}

/** Discs needed for a covered fraction φ: n = round(−ln(1 − φ)·A/(π/4)). */
export function discCount(coverage: number, area: number): number {
  return Math.round((-Math.log1p(-coverage) * area * 4) / Math.PI);
}

/** Largest covered fraction drawn (beyond it the picture is solid). */
export const MAX_COVERAGE = 0.95;

/** Neighbouring discs (centre distance < 1) among the first `count`, by a unit cell list. */
function neighbourLists(run: DiscRun, count: number): Int32Array[] {
  const { lateral: L, thickness: H, x, y } = run;
  const nx = Math.max(1, Math.floor(L));
  const ny = Math.max(1, Math.floor(H));
  const cellW = L / nx;
  const cellH = H / ny;
  const cells: number[][] = Array.from({ length: nx * ny }, () => []);
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) {
    const cx = Math.min(nx - 1, Math.floor((x[i] as number) / cellW));
    const cy = Math.min(ny - 1, Math.floor((y[i] as number) / cellH));
    for (let dy = -1; dy <= 1; dy++) {
      const gy = cy + dy;
      if (gy < 0 || gy >= ny) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const gx = (((cx + dx) % nx) + nx) % nx;
        for (const j of cells[gx + nx * gy] as number[]) {
          let ddx = Math.abs((x[i] as number) - (x[j] as number));
          if (ddx > L / 2) ddx = L - ddx;
          const ddy = (y[i] as number) - (y[j] as number);
          if (ddx * ddx + ddy * ddy < 1) {
            (lists[i] as number[]).push(j);
            (lists[j] as number[]).push(i);
          }
        }
      }
    }
    (cells[cx + nx * cy] as number[]).push(i);
  }
  return lists.map((l) => Int32Array.from(l));
}

/**
 * Drops discs (seeded: `createRng(runSeed(seed, 0))`, x then y uniform per disc) until the
 * covered fraction reaches {@link MAX_COVERAGE}, and finds the disc at which a cluster first joins
 * the Li (a disc reaching below y = 1/2) to the electrolyte (above thickness − 1/2), by
 * union–find as the discs arrive (Newman–Ziff in the continuum).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for a box under 3 × 1 or over 10⁴ diameters², or a bad seed.
 * @example
 * discRun(20, 20, 1).crossingCount; // ≈ 580 discs, φ ≈ 0.68 (bulk φ_c = 0.6763)
 */
export function discRun(lateral: number, thickness: number, seed: number): DiscRun {
  // Three cells across at least, so that the periodic cell list never visits a cell twice.
  if (!(lateral >= 3 && thickness >= 1 && lateral * thickness <= 1e4)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `a disc box ${lateral} × ${thickness} diameters is outside 3 × 1 … 10⁴ diameters²`,
      { fix: "choose a smaller box" },
    );
  }
  if (!(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) {
    throw new LmbError("E_INVALID_ARGUMENT", `seed ${seed} is not a whole number`, {
      fix: "give a seed between 0 and 4294967295",
    });
  }
  const area = lateral * thickness;
  const total = discCount(MAX_COVERAGE, area);
  const rng = createRng(runSeed(seed, 0));
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    x[i] = rng.uniform() * lateral;
    y[i] = rng.uniform() * thickness;
  }
  const run: DiscRun = { lateral, thickness, seed, x, y, crossingCount: -1 };
  // Union–find over discs plus two electrode nodes, discs joined in drop order.
  const lists = neighbourLists(run, total);
  const parent = new Int32Array(total + 2).map((_, i) => i);
  const find = (a: number): number => {
    let r = a;
    while (parent[r] !== r) {
      parent[r] = parent[parent[r] as number] as number;
      r = parent[r] as number;
    }
    return r;
  };
  const bottom = total;
  const top = total + 1;
  for (let i = 0; i < total; i++) {
    const join = (j: number) => {
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[a] = b;
    };
    if ((y[i] as number) < 0.5) join(bottom);
    if ((y[i] as number) > thickness - 0.5) join(top);
    for (const j of lists[i] as Int32Array) if (j < i) join(j);
    if (find(bottom) === find(top)) {
      run.crossingCount = i + 1;
      break;
    }
  }
  return run;
}

/**
 * The picture after the first n discs: discs joined to the Li side (wired) and on clusters that
 * also reach the electrolyte (spanning), by breadth-first search.
 *
 * @example
 * discState(run, run.crossingCount).spans; // true
 */
export function discState(run: DiscRun, count: number): DiscState {
  const n = Math.max(0, Math.min(count, run.x.length));
  const lists = neighbourLists(run, n);
  const states = new Uint8Array(n).fill(ISOLATED);
  const queue = new Int32Array(n);
  const flood = (seedOk: (i: number) => boolean, from: number, to: number): number => {
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      if (states[i] === from && seedOk(i)) {
        states[i] = to;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      const i = queue[head++] as number;
      for (const j of lists[i] as Int32Array) {
        if (states[j] === from) {
          states[j] = to;
          queue[tail++] = j;
        }
      }
    }
    return tail;
  };
  flood((i) => (run.y[i] as number) < 0.5, ISOLATED, WIRED);
  const spanningDiscs = flood((i) => (run.y[i] as number) > run.thickness - 0.5, WIRED, SPANNING);
  return {
    count: n,
    coverage: discCoverage(n, run.lateral * run.thickness),
    states,
    spans: spanningDiscs > 0,
    spanningDiscs,
  };
}
