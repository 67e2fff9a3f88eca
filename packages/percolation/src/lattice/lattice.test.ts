import { createRng } from "@lmb/numerics";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bondCount, bondSlots, bondSweep } from "./bondSweep.js";
import { createLatticeGrid, type LatticeGrid, neighbours } from "./latticeGrid.js";
import { LATTICES, type LatticeId } from "./lattices.js";
import { siteSweep } from "./siteSweep.js";
import { spanningProbability } from "./spanningProbability.js";
import { estimateThreshold } from "./thresholdScaling.js";

const IDS = Object.keys(LATTICES) as LatticeId[];

/** Cartesian position of lattice coordinates (x, y, z) for the sheared bases. */
function cartesian(id: LatticeId, x: number, y: number, z: number): number[] {
  switch (id) {
    case "triangular":
      return [x + y / 2, (y * Math.sqrt(3)) / 2, 0];
    case "bcc":
      return [(-x + y + z) / 2, (x - y + z) / 2, (x + y - z) / 2];
    case "fcc":
      return [(y + z) / 2, (x + z) / 2, (x + y) / 2];
    default:
      return [x, y, z];
  }
}

/** Reference: does the set of occupied sites connect the first and last layer? (BFS) */
function spansByBfs(grid: LatticeGrid, occupied: Uint8Array): boolean {
  const seen = new Uint8Array(grid.sites);
  const queue: number[] = [];
  for (let s = 0; s < grid.layer; s++) {
    if (occupied[s]) {
      seen[s] = 1;
      queue.push(s);
    }
  }
  const buffer = new Int32Array(16);
  while (queue.length > 0) {
    const s = queue.pop() as number;
    if (s >= grid.sites - grid.layer) return true;
    const k = neighbours(grid, s, buffer);
    for (let i = 0; i < k; i++) {
      const nb = buffer[i] as number;
      if (occupied[nb] && !seen[nb]) {
        seen[nb] = 1;
        queue.push(nb);
      }
    }
  }
  return false;
}

describe("lattice grids", () => {
  it("give every interior site z neighbours, all at one Cartesian distance, symmetrically", () => {
    for (const id of IDS) {
      const grid = createLatticeGrid(id, 6, 6);
      const out = new Int32Array(16);
      const back = new Int32Array(16);
      const L = grid.lateral;
      const ly = grid.lattice.dimension === 2 ? 1 : L;
      for (let s = 0; s < grid.sites; s++) {
        const k = neighbours(grid, s, out);
        const z = Math.floor(s / (L * ly));
        if (z > 0 && z < grid.thickness - 1) expect(k).toBe(grid.lattice.coordination);
        for (let i = 0; i < k; i++) {
          const nb = out[i] as number;
          const m = neighbours(grid, nb, back);
          expect(Array.from(back.subarray(0, m))).toContain(s);
        }
        if (id === "honeycomb") continue;
        // Nearest-neighbour distance in Cartesian space (no wrap across the open axis).
        const x = s % L;
        const y = Math.floor(s / L) % ly;
        const two = grid.lattice.dimension === 2;
        const [cx, cy, cz] = two ? cartesian(id, x, z, 0) : cartesian(id, x, y, z);
        for (let i = 0; i < k; i++) {
          const nb = out[i] as number;
          const nx = nb % L;
          const ny = Math.floor(nb / L) % ly;
          const nz = Math.floor(nb / (L * ly));
          // unwrap the periodic axes to the nearest image
          const ux = nx - x > L / 2 ? nx - L : x - nx > L / 2 ? nx + L : nx;
          const uy = ny - y > ly / 2 ? ny - ly : y - ny > ly / 2 ? ny + ly : ny;
          const [px, py, pz] = two ? cartesian(id, ux, nz, 0) : cartesian(id, ux, uy, nz);
          const d = Math.hypot(
            (px as number) - (cx as number),
            (py as number) - (cy as number),
            (pz as number) - (cz as number),
          );
          const nn = id === "bcc" ? Math.sqrt(3) / 2 : id === "fcc" ? Math.SQRT1_2 : 1;
          expect(d).toBeCloseTo(nn, 12);
        }
      }
    }
  });

  it("reject sizes that cannot give a threshold and odd honeycomb widths", () => {
    expect(() => createLatticeGrid("sc", 1)).toThrow(/lateral ≥ 2/);
    expect(() => createLatticeGrid("honeycomb", 7)).toThrow(/even/);
  });
});

describe("Newman–Ziff sweeps", () => {
  it("site sweep: the first spanning step equals the BFS answer on every lattice (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.integer({ min: 2, max: 6 }),
        fc.integer(),
        (id, half, seed) => {
          const grid = createLatticeGrid(id, 2 * half, 3 + (seed & 3));
          const order = createRng(seed >>> 0).permutation(grid.sites);
          const step = siteSweep(grid, order).spanningStep;
          const occupied = new Uint8Array(grid.sites);
          let first = -1;
          for (let n = 0; n < grid.sites; n++) {
            occupied[order[n] as number] = 1;
            if (spansByBfs(grid, occupied)) {
              first = n + 1;
              break;
            }
          }
          expect(step).toBe(first);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("site sweep tracks the largest cluster (ends at N) and bond sweeps count only real bonds", () => {
    const grid = createLatticeGrid("square", 8, 8);
    const r = siteSweep(grid, createRng(3).permutation(grid.sites), { largestCluster: true });
    expect(r.largestCluster?.[grid.sites - 1]).toBe(grid.sites);
    expect(bondCount(createLatticeGrid("sc", 4, 4))).toBe(4 * 4 * 4 * 3 - 16);
    const g = createLatticeGrid("triangular", 6, 5);
    const b = bondSweep(g, createRng(9).permutation(bondSlots(g)));
    expect(b.spanningStep).toBeGreaterThan(0);
    expect(b.spanningStep).toBeLessThanOrEqual(bondCount(g));
  });

  it("canonical spanning probability is a monotone CDF in p (0 → 1)", () => {
    const R = spanningProbability([40, 55, 61, 70], 100, [0, 0.3, 0.5, 0.6, 0.8, 1]).probability;
    expect(R[0]).toBe(0);
    expect(R[5]).toBe(1);
    for (let i = 1; i < R.length; i++)
      expect(R[i] as number).toBeGreaterThanOrEqual(R[i - 1] as number);
  });
});

describe("thresholds by finite-size scaling (2D, where L up to 128 is cheap)", () => {
  it("square site and triangular bond agree with the best-known values within 4 standard errors", () => {
    const square = estimateThreshold({
      lattice: "square",
      sizes: [32, 64, 128],
      runs: 200,
      seed: 1,
    });
    expect(Math.abs(square.literature.zScore)).toBeLessThan(4);
    expect(Math.abs(square.threshold.value - 0.592746)).toBeLessThan(0.006);
    const tri = estimateThreshold({
      lattice: "triangular",
      mode: "bond",
      sizes: [32, 64, 128],
      runs: 200,
      seed: 2,
    });
    expect(Math.abs(tri.threshold.value - 2 * Math.sin(Math.PI / 18))).toBeLessThan(0.006);
  });
});

describe("fastPermutation", () => {
  it("is a permutation, reproducible by seed, and uniform in position (χ² over 20 000 draws of n = 5)", async () => {
    const { fastPermutation } = await import("./permutation.js");
    const p = fastPermutation(1000, 7);
    expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(fastPermutation(50, 3))).toEqual(Array.from(fastPermutation(50, 3)));
    const counts = new Array(25).fill(0);
    for (let s = 0; s < 20000; s++) {
      const q = fastPermutation(5, s + 1);
      for (let i = 0; i < 5; i++) counts[i * 5 + (q[i] as number)]++;
    }
    // 25 cells of expected 4 000: χ² with 16 dof; 99.9 % quantile 39.3.
    const chi2 = counts.reduce((sum: number, c: number) => sum + (c - 4000) ** 2 / 4000, 0);
    expect(chi2).toBeLessThan(39.3);
  });
});
