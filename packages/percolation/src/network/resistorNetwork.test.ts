import { linearRegression } from "@lmb/numerics";
import { describe, expect, it } from "vitest";
import { createLatticeGrid } from "../lattice/latticeGrid.js";
import { LATTICES } from "../lattice/lattices.js";
import { conductivityCurve, networkConductivity } from "./resistorNetwork.js";

describe("random resistor networks", () => {
  it("an all-metal film conducts 1 and an all-insulator film the contrast (exact series/parallel)", () => {
    const grid = createLatticeGrid("sc", 6, 5);
    expect(
      networkConductivity(grid, new Uint8Array(grid.sites).fill(1), 1e-4).conductivity,
    ).toBeCloseTo(1, 7);
    expect(
      networkConductivity(grid, new Uint8Array(grid.sites), 1e-4).conductivity / 1e-4,
    ).toBeCloseTo(1, 6);
  });

  it("one metal layer across the current adds nothing beyond its bonds (series resistances)", () => {
    // square film, width 4, thickness 3: metal only in the middle row → columns of
    // face(ε) + ε + ε + face(ε) except nothing changes: every bond touches an insulator.
    const grid = createLatticeGrid("square", 4, 3);
    const mask = new Uint8Array(grid.sites);
    for (let x = 0; x < 4; x++) mask[x + 4] = 1;
    expect(networkConductivity(grid, mask, 1e-3).conductivity / 1e-3).toBeCloseTo(1, 5);
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
});
