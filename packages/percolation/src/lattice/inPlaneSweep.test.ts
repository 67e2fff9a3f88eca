import { createRng } from "@lmb/numerics";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inPlaneSiteSweep } from "./inPlaneSweep.js";
import { createLatticeGrid, type LatticeGrid, neighbours } from "./latticeGrid.js";
import { LATTICES, type LatticeId } from "./lattices.js";
import { simulateLattice } from "./simulateLattice.js";

const IDS = Object.keys(LATTICES) as LatticeId[];

/**
 * Reference: do the occupied sites connect x = 0 to x = L − 1? Breadth-first search over the
 * film's neighbours (`neighbours`: y periodic, thickness open) without the ones that wrap
 * around x (|Δx| > 1, since every offset is at most 1 and L ≥ 4).
 */
function spansAlongX(grid: LatticeGrid, occupied: Uint8Array): boolean {
  const L = grid.lateral;
  const seen = new Uint8Array(grid.sites);
  const queue: number[] = [];
  for (let s = 0; s < grid.sites; s += L) {
    if (occupied[s]) {
      seen[s] = 1;
      queue.push(s);
    }
  }
  const buffer = new Int32Array(16);
  while (queue.length > 0) {
    const s = queue.pop() as number;
    if (s % L === L - 1) return true;
    const k = neighbours(grid, s, buffer);
    for (let i = 0; i < k; i++) {
      const nb = buffer[i] as number;
      if (Math.abs((nb % L) - (s % L)) > 1) continue;
      if (occupied[nb] && !seen[nb]) {
        seen[nb] = 1;
        queue.push(nb);
      }
    }
  }
  return false;
}

describe("in-plane site sweeps (crossing a film along x)", () => {
  it("the first spanning step equals a breadth-first search on every lattice (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (id, half, thickness, seed) => {
          const grid = createLatticeGrid(id, 2 * half, thickness);
          const order = new Int32Array(createRng(seed >>> 0).permutation(grid.sites));
          const step = inPlaneSiteSweep(grid, order, new Int32Array(grid.sites + 2));
          const occupied = new Uint8Array(grid.sites);
          let first = -1;
          for (let n = 0; n < grid.sites; n++) {
            occupied[order[n] as number] = 1;
            if (spansAlongX(grid, occupied)) {
              first = n + 1;
              break;
            }
          }
          expect(step).toBe(first);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a one-layer sc film is a square lattice; thicker films cross along x at lower fractions", () => {
    const run = (thickness: number) =>
      simulateLattice({ lattice: "sc", size: 32, thickness, runs: 100, seed: 5, inPlane: true });
    const one = run(1);
    expect(one.inPlane).toBe(true);
    // square site p_c 0.592746 (Jacobsen 2015); p̄(32) lies within 0.03 of it (as for the film)
    expect(Math.abs(one.threshold.value - 0.592746)).toBeLessThan(0.03);
    const four = run(4);
    const sixteen = run(16);
    // p_c,∥(h) falls towards the bulk sc value 0.3116 as the film thickens (§2.7a)
    expect(four.threshold.value).toBeLessThan(one.threshold.value - 0.1);
    expect(sixteen.threshold.value).toBeLessThan(four.threshold.value);
    expect(sixteen.threshold.value).toBeGreaterThan(0.3116 - 0.02);
    expect(() => simulateLattice({ lattice: "sc", size: 8, mode: "bond", inPlane: true })).toThrow(
      expect.objectContaining({ code: "E_NOT_SUPPORTED" }),
    );
  });
});
