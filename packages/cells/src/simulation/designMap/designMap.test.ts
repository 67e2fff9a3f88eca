import { DesignMapResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { comparisonCellSpec } from "../compare/comparisonCell.js";
import {
  DEFAULT_COMPARISON_CELL,
  DEFAULT_COMPARISON_INTERPHASE,
} from "../compare/comparisonDefaults.js";
import { depletionSweep } from "../compare/depletionSweep.js";
import { interphasePercolationThreshold } from "../interphase/interphaseThreshold.js";
import { parseProtocol } from "../protocol/parseProtocol.js";
import { designMap } from "./designMap.js";
import {
  DEFAULT_MAP_ASPECT_RATIOS,
  DEFAULT_MAP_FRACTIONS,
  planDesignMap,
} from "./designMapPlan.js";

const PROTOCOL = "(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 300";

describe("designMap (depletion time over V_f × aspect ratio)", () => {
  const fractions = [0.02, 0.04, 0.08, 0.15, 0.22, 0.3, 0.45];
  const aspectRatios = [0.1, 1, 10];
  const map = designMap({ fractions, aspectRatios, protocol: PROTOCOL });

  it("has V_p of each aspect ratio from the interphase's percolation (50 nm / 5 nm = 10 diameters)", () => {
    expect(map.thresholds).toEqual(aspectRatios.map((a) => interphasePercolationThreshold(a, 10)));
    // spheres need the most metal (Garboczi et al. 1995): needles and plates percolate lower
    expect(map.thresholds[1]).toBeGreaterThan(map.thresholds[0] as number);
    expect(map.thresholds[1]).toBeGreaterThan(map.thresholds[2] as number);
    expect(() => DesignMapResultSchema.parse(map)).not.toThrow();
  });

  it("each row is non-increasing in V_f, with no depletion below V_p − 0.02 and depletion above V_p + 0.02", () => {
    map.depletionTime.forEach((row, i) => {
      const vp = map.thresholds[i] as number;
      const t = row.map((x) => x ?? Number.POSITIVE_INFINITY);
      for (let k = 1; k < t.length; k++) {
        expect(t[k]).toBeLessThanOrEqual((t[k - 1] as number) * (1 + 1e-12));
      }
      fractions.forEach((f, k) => {
        if (f < vp - 0.02) expect(row[k]).toBeNull();
        if (f > vp + 0.02) {
          expect(row[k]).not.toBeNull();
          expect(map.endReason[i]?.[k]).toBe("depletion");
          // a 2-h cycle: the cycle index of the depletion is ⌊t / 2 h⌋
          expect(map.depletionCycle[i]?.[k]).toBe(Math.floor((row[k] as number) / 2));
        }
      });
    });
    expect(map.protocol).toMatchObject({ steps: 600, duration: 600, cycleDuration: 2 });
  });

  it("agrees point for point with the comparison's depletion sweep", () => {
    const sweep = depletionSweep({
      cell: DEFAULT_COMPARISON_CELL,
      cells: [comparisonCellSpec("100 um", "20 um")],
      interphase: { ...DEFAULT_COMPARISON_INTERPHASE },
      protocol: parseProtocol(PROTOCOL),
      fractions,
    });
    expect(map.depletionTime[1]).toEqual(sweep.depletionTime[0]);
  });

  it("defaults to a 50 × 20 grid and names bad grids", () => {
    expect(DEFAULT_MAP_FRACTIONS).toHaveLength(50);
    expect(DEFAULT_MAP_ASPECT_RATIOS).toHaveLength(20);
    expect(DEFAULT_MAP_ASPECT_RATIOS[0]).toBe(0.1);
    expect(DEFAULT_MAP_ASPECT_RATIOS[19]).toBe(10);
    expect(() => planDesignMap({ fractions: [0.2, 0.1] })).toThrow(/fractions must increase/);
    expect(() => planDesignMap({ fractions: [20] })).toThrow(/fractions\[0\]/);
    expect(() => planDesignMap({ aspectRatios: [0] })).toThrow(/aspectRatios\[0\]/);
    expect(() =>
      planDesignMap({ interphase: { initialThickness: 5e-8, ionicConductivity: 0.01 } }),
    ).toThrow(/has none/);
  });
});
