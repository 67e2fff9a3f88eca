import { SymmetricAsymmetricComparisonResultSchema } from "@lmb/schemas";
import { length, lithiumArealCapacityFromThickness } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { interphasePercolationThreshold } from "../interphase/interphaseThreshold.js";
import { parseProtocol } from "../protocol/parseProtocol.js";
import { compareSymmetricAsymmetric } from "./compareSymmetricAsymmetric.js";
import { comparisonCellSpec } from "./comparisonCell.js";
import { DEFAULT_COMPARISON_CELL, DEFAULT_COMPARISON_INTERPHASE } from "./comparisonDefaults.js";
import { depletionSweep } from "./depletionSweep.js";

const MAH_CM2 = 36_000;
// 1 mAh cm⁻² per half cycle at 1 mA cm⁻², 300 cycles (600 h)
const STRIP_FIRST = "(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 300";
const PLATE_FIRST = "(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 300";

/** A constant leak: σ_e so high that δ/σ_e ≪ r_rxn, i_leak = U/r_rxn = 1 V / 5 Ω m² = 0.2 A m⁻². */
const CONSTANT_LEAK = {
  initialThickness: "50 nm",
  ionicConductivity: "1e-4 S cm-1",
  electronicConductivity: "1e5 S m-1",
  drivingPotential: "1 V",
  reactionResistance: "5e4 ohm cm2",
} as const;
const LEAK = 0.2 * 3600; // C m⁻² per h (0.02 mA cm⁻²)

const inventory = (um: number) => lithiumArealCapacityFromThickness(length(um, "µm")); // C m⁻²

describe("compareSymmetricAsymmetric (SCIENCE.md §7, Su et al. 2025)", () => {
  it("with zero leakage no cell runs out of Li and the result fits its schema", () => {
    const r = compareSymmetricAsymmetric({
      interphase: { initialThickness: "50 nm", ionicConductivity: "1e-4 S cm-1" },
      protocol: STRIP_FIRST,
      pointsPerStep: 2,
    });
    expect(r.cells.map((c) => c.label)).toEqual([
      "100 µm | 100 µm",
      "100 µm | 50 µm",
      "100 µm | 20 µm",
    ]);
    expect(r.cells.map((c) => c.kind)).toEqual(["symmetric", "asymmetric", "asymmetric"]);
    for (const c of r.cells) {
      expect(c.depletion).toBeNull();
      expect(c.endReason).toBe("completed");
      expect(c.duration).toBeCloseTo(600, 9);
      expect(c.lithiumLost.interphase).toBe(0);
      // no interphase growth: the polarisation stays where it started
      expect(Math.abs(c.polarisation.final - c.polarisation.initial)).toBeLessThan(1e-6);
    }
    expect(r.fractionSweep).toBeNull();
    expect(r.interphase.initialLeakageCurrentDensity).toBe(0);
    expect(r.conclusion).toMatch(/^No cell ran out of Li/);
    expect(() => SymmetricAsymmetricComparisonResultSchema.parse(r)).not.toThrow();
  });

  it("the 20 µm cell runs out before the 50 µm one; the symmetric cell only polarises", () => {
    const r = compareSymmetricAsymmetric({ protocol: STRIP_FIRST, fractions: [] });
    const [sym, mid, thin] = r.cells;
    expect(sym?.depletion).toBeNull();
    expect(sym?.hitVoltageLimit).toBe(false);
    expect(sym?.endReason).toBe("completed");
    // the symmetric cell lost ≈ 24 mAh cm⁻² (2 × 0.02 mA cm⁻² × 600 h) yet only polarised
    expect(sym?.lithiumLost.interphase).toBeCloseTo(24, 3);
    expect(sym?.polarisation.final).toBeGreaterThan(2 * (sym?.polarisation.initial ?? 0));
    expect(mid?.endReason).toBe("depletion");
    expect(thin?.endReason).toBe("depletion");
    expect(thin?.depletion?.electrode).toBe("working");
    expect(thin?.depletion?.time ?? 0).toBeLessThan(mid?.depletion?.time ?? 0);
    expect(mid?.depletion?.time ?? Number.POSITIVE_INFINITY).toBeLessThan(r.protocol.duration);
    expect(r.interphase.percolating).toBe(true);
    expect(r.interphase.initialLeakageCurrentDensity).toBeCloseTo(0.02, 9);
    expect(r.conclusion).toContain("100 µm | 20 µm at 157 h");
  });

  it("constant leak: depletion time = (thin inventory)/(loss rate) within 1 % (plate first), (Q − q)/i (strip first)", () => {
    for (const [protocol, head] of [
      [PLATE_FIRST, 0],
      [STRIP_FIRST, 1 * MAH_CM2],
    ] as const) {
      const r = compareSymmetricAsymmetric({
        interphase: CONSTANT_LEAK,
        protocol,
        thin: ["50 um", "20 um"],
        fractions: [],
        pointsPerStep: 1,
      });
      r.cells.forEach((c, i) => {
        const analytic = (inventory(i === 0 ? 50 : 20) - head) / LEAK; // h
        expect(c.depletion).not.toBeNull();
        expect(Math.abs((c.depletion?.time ?? 0) / analytic - 1)).toBeLessThan(0.01);
      });
    }
  });

  it("depletion time is non-increasing in V_f and drops sharply across V_p", () => {
    const vp = interphasePercolationThreshold(1, 10); // 50 nm layer of 5 nm spheres
    const fractions = [0, 0.1, vp - 0.1, vp - 0.03, vp - 0.01, vp + 0.01, vp + 0.03, vp + 0.1, 0.6];
    const sweep = depletionSweep({
      cell: DEFAULT_COMPARISON_CELL,
      cells: [comparisonCellSpec("100 um", "50 um"), comparisonCellSpec("100 um", "20 um")],
      interphase: DEFAULT_COMPARISON_INTERPHASE,
      protocol: parseProtocol(STRIP_FIRST),
      fractions,
    });
    for (const row of sweep.depletionTime) {
      const t = row.map((x) => x ?? Number.POSITIVE_INFINITY);
      for (let k = 1; k < t.length; k++) {
        expect(t[k]).toBeLessThanOrEqual((t[k - 1] as number) * (1 + 1e-12));
      }
      // below V_p − 0.01 the interphase stops itself: no depletion in 600 h
      expect(row.slice(0, 5)).toEqual([null, null, null, null, null]);
      // 0.02 higher in V_f the cell runs out at the saturated leak (≈ U/r_rxn), within 0.1 %
      const saturated = row[8] as number;
      expect(Math.abs((row[5] as number) / saturated - 1)).toBeLessThan(1e-3);
    }
    const q20 = inventory(20);
    expect(
      Math.abs((sweep.depletionTime[1]?.[8] as number) / ((q20 - MAH_CM2) / LEAK) - 1),
    ).toBeLessThan(0.01);
  });

  it("sweeps the metal fraction by default and names bad input", () => {
    const r = compareSymmetricAsymmetric({
      protocol: "(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 100",
      thin: ["100 um", "20 um"],
      fractions: [0.1, 0.5],
      pointsPerStep: 1,
    });
    expect(r.fractionSweep?.depletionTime).toEqual([
      [null, null],
      [null, expect.any(Number)],
    ]);
    expect(r.plots.depletion).not.toBeNull();
    expect(() => compareSymmetricAsymmetric({ thin: ["20 um"] })).toThrow(/two or more/);
    expect(() => compareSymmetricAsymmetric({ thin: ["100 um", "-20 um"], fractions: [] })).toThrow(
      /thin\[1\]/,
    );
    expect(() =>
      compareSymmetricAsymmetric({ interphase: CONSTANT_LEAK, fractions: [0.1] }),
    ).toThrow(/interphase has no metal/);
  });
});
