import { linearRegression } from "@lmb/numerics";
import { describe, expect, it } from "vitest";
import { createLatticeGrid } from "../lattice/latticeGrid.js";
import { LATTICES } from "../lattice/lattices.js";
import { fastPermutation } from "../lattice/permutation.js";
import { backboneMask } from "./backbone.js";
import { conductivityScaling } from "./conductivityScaling.js";
import { spanningClusterMask } from "./networkAssembly.js";
import { conductivityCurve, networkConductivity } from "./resistorNetwork.js";

function randomMask(sites: number, p: number, seed: number): Uint8Array {
  const order = fastPermutation(sites, seed);
  const mask = new Uint8Array(sites);
  for (let i = 0; i < Math.round(p * sites); i++) mask[order[i] as number] = 1;
  return mask;
}

describe("random resistor networks", () => {
  it("an all-metal film conducts 1 and an all-insulator film the contrast (exact series/parallel)", () => {
    const grid = createLatticeGrid("sc", 6, 5);
    for (const preconditioner of ["auto", "ic0", "jacobi"] as const) {
      expect(
        networkConductivity(grid, new Uint8Array(grid.sites).fill(1), 1e-4, 1e-10, {
          preconditioner,
        }).conductivity,
      ).toBeCloseTo(1, 7);
      expect(
        networkConductivity(grid, new Uint8Array(grid.sites), 1e-4, 1e-10, { preconditioner })
          .conductivity / 1e-4,
      ).toBeCloseTo(1, 6);
    }
    expect(
      networkConductivity(grid, new Uint8Array(grid.sites).fill(1), 0).conductivity,
    ).toBeCloseTo(1, 7);
    expect(networkConductivity(grid, new Uint8Array(grid.sites), 0).conductivity).toBe(0);
  });

  it("one metal layer across the current adds nothing beyond its bonds (series resistances)", () => {
    // square film, width 4, thickness 3: metal only in the middle row, so every bond touches
    // an insulator and each column is four contrast bonds in series
    const grid = createLatticeGrid("square", 4, 3);
    const mask = new Uint8Array(grid.sites);
    for (let x = 0; x < 4; x++) mask[x + 4] = 1;
    expect(networkConductivity(grid, mask, 1e-3).conductivity / 1e-3).toBeCloseTo(1, 5);
  });

  it("a straight metal column with a dangling side chain: contrast 0 conducts 1/L² and prunes the chain", () => {
    // sc 4 × 4 × 6: one full column (6 sites in series + 2 electrode bonds = 7 unit resistors
    // in series, σ = (1/7)·7/16 = 1/16) with a 2-site dead end sticking out sideways
    const grid = createLatticeGrid("sc", 4, 6);
    const mask = new Uint8Array(grid.sites);
    for (let z = 0; z < 6; z++) mask[0 + 16 * z] = 1;
    mask[1 + 16 * 3] = 1;
    mask[2 + 16 * 3] = 1;
    const keep = spanningClusterMask(grid, mask);
    expect(keep.reduce((a, v) => a + v, 0)).toBe(6);
    const r = networkConductivity(grid, mask, 0);
    expect(r.conductivity).toBeCloseTo(1 / 16, 12);
    expect(r.unknowns).toBe(6);
  });

  it("a dead-end loop hanging on one site is not on the backbone (biconnected components)", () => {
    // sc 5 × 5 × 6: a full column at (0, 0) plus a 4-site ring at z = 3 touching it at one
    // site: only the column carries current, σ = (1/7)·7/25 = 1/25
    const grid = createLatticeGrid("sc", 5, 6);
    const at = (x: number, y: number, z: number) => x + 5 * (y + 5 * z);
    const mask = new Uint8Array(grid.sites);
    for (let z = 0; z < 6; z++) mask[at(0, 0, z)] = 1;
    for (const [x, y] of [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ] as const)
      mask[at(x, y, 3)] = 1;
    const cluster = spanningClusterMask(grid, mask);
    expect(cluster.reduce((a, v) => a + v, 0)).toBe(10); // chain peeling leaves the ring
    const backbone = backboneMask(grid, cluster);
    expect(backbone.reduce((a, v) => a + v, 0)).toBe(6);
    for (let z = 0; z < 6; z++) expect(backbone[at(0, 0, z)]).toBe(1);
    const r = networkConductivity(grid, mask, 0);
    expect(r.conductivity).toBeCloseTo(1 / 25, 12);
    expect(r.unknowns).toBe(6);
    expect(networkConductivity(grid, mask, 1e-12, 1e-12).conductivity).toBeCloseTo(1 / 25, 9);
  });

  it("contrast 0 (pruned to the current-carrying clusters) is the limit of a vanishing contrast; all preconditioners agree", () => {
    for (const [id, size, p] of [
      ["sc", 12, 0.4],
      ["square", 24, 0.66],
      ["fcc", 8, 0.27],
    ] as const) {
      const grid = createLatticeGrid(id, size);
      const mask = randomMask(grid.sites, p, 5);
      const zero = networkConductivity(grid, mask, 0, 1e-11).conductivity;
      expect(zero).toBeGreaterThan(0);
      for (const preconditioner of ["auto", "ic0", "jacobi"] as const) {
        const tiny = networkConductivity(grid, mask, 1e-10, 1e-11, { preconditioner }).conductivity;
        expect(Math.abs(tiny - zero) / zero).toBeLessThan(1e-5);
      }
    }
  });

  it("3D: σ rises as (p − p_c)^t with t near 2 (sc, L = 14, 4 runs per point)", () => {
    const pc = LATTICES.sc.siteThreshold.value;
    const ps = [0.45, 0.5, 0.55, 0.6, 0.7];
    const curve = conductivityCurve({ lattice: "sc", size: 14, p: ps, runs: 4, contrast: 1e-7 });
    const fit = linearRegression(
      ps.map((p) => Math.log(p - pc)),
      curve.map((c) => Math.log(c.conductivity)),
    );
    // Small lattices away from p_c give an effective exponent; 2.0 within ±0.5 here.
    expect(fit.slope).toBeGreaterThan(1.5);
    expect(fit.slope).toBeLessThan(2.5);
    expect(curve[4]?.conductivity).toBeGreaterThan(curve[0]?.conductivity as number);
  });

  it("rejects a contrast outside [0, 1), a bad tolerance and a wrong mask length", () => {
    const grid = createLatticeGrid("sc", 4);
    const mask = new Uint8Array(grid.sites);
    expect(() => networkConductivity(grid, mask, 1)).toThrow(/\[0, 1\)/);
    expect(() => networkConductivity(grid, mask, -1e-3)).toThrow(/\[0, 1\)/);
    expect(() => networkConductivity(grid, mask, 1e-3, 0)).toThrow(/tolerance/);
    expect(() => networkConductivity(grid, new Uint8Array(3), 1e-3)).toThrow(/3 entries/);
  });
});

describe("conductivity exponent by finite-size scaling at p_c: ⟨σ(L)⟩ ∝ L^(−t/ν)", () => {
  it("2D square: t = 1.30 within 3 standard errors (Normand et al. 1988; Grassberger 1999)", () => {
    const r = conductivityScaling({
      lattice: "square",
      sizes: [16, 32, 64, 128],
      runs: 40,
      seed: 1,
    });
    expect(r.exponent.standardError).toBeLessThan(0.2);
    expect(Math.abs(r.exponent.value - 1.3)).toBeLessThanOrEqual(3 * r.exponent.standardError);
  }, 120_000);

  it("3D simple cubic: t = 2.0 within 3 standard errors (Gingold & Lobb 1990)", () => {
    const r = conductivityScaling({ lattice: "sc", sizes: [8, 12, 16, 24], runs: 40, seed: 1 });
    expect(r.exponent.standardError).toBeLessThan(0.3);
    expect(Math.abs(r.exponent.value - 2.0)).toBeLessThanOrEqual(3 * r.exponent.standardError);
  }, 120_000);

  it("rejects too few sizes, too few runs and p outside [0, 1]", () => {
    expect(() => conductivityScaling({ lattice: "sc", sizes: [8, 16] })).toThrow(/at least 3/);
    expect(() => conductivityScaling({ lattice: "sc", sizes: [8, 12, 16], runs: 1 })).toThrow(
      /runs/,
    );
    expect(() => conductivityScaling({ lattice: "sc", sizes: [8, 12, 16], p: 1.5 })).toThrow(
      /outside/,
    );
  });
});
