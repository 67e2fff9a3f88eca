import {
  CriticalCurrentDensityResultSchema,
  CyclingAnalysisResultSchema,
  LithiumCopperEfficiencyResultSchema,
  ReservoirCoulombicEfficiencyResultSchema,
} from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { analyzeCycling } from "../analysis/analyzeCycling.js";
import { analyzeSymmetricCycling } from "../cycling/analyzeSymmetricCycling.js";
import { criticalCurrentDensity } from "../cycling/criticalCurrentDensity.js";
import { lithiumCopperEfficiency } from "../lithiumCopper/lithiumCopperEfficiency.js";
import { reservoirCoulombicEfficiency } from "../lithiumCopper/reservoirCoulombicEfficiency.js";
import { ccdLadderTrace } from "../synthetic/ccdLadderTrace.js";
import { fullCellTrace } from "../synthetic/fullCellTrace.js";
import { lithiumCopperTrace } from "../synthetic/lithiumCopperTrace.js";
import { reservoirCoulombicEfficiencyTrace } from "../synthetic/reservoirCoulombicEfficiencyTrace.js";
import { symmetricCellTrace } from "../synthetic/symmetricCellTrace.js";
import { cyclingAnalysisJson } from "./cyclingAnalysisJson.js";
import {
  lithiumCopperEfficiencyJson,
  reservoirCoulombicEfficiencyJson,
} from "./lithiumCopperJson.js";
import { criticalCurrentDensityJson } from "./symmetricCyclingJson.js";

/** Rows of every layer of a Vega-Lite spec (layers, or vconcat of layers). */
function rowCount(spec: Record<string, unknown>): number {
  const parts = (spec.vconcat as Record<string, unknown>[] | undefined) ?? [spec];
  let n = 0;
  for (const p of parts) {
    for (const l of (p.layer as { data: { values: unknown[] } }[]) ?? []) n += l.data.values.length;
  }
  return n;
}

describe("cycling results as JSON (schema-checked), synthetic traces with known parameters", () => {
  it("Li‖Li, 1 mA cm⁻², 40 cycles, hard short at 60 h: mV table, event in cycle 31 ± 1, plots", () => {
    // 1 mA cm⁻² / 1 mAh cm⁻²: 2 h per cycle, so 60 h falls in cycle 31 of 40 (1-based).
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 40 }],
      hardShort: { time: 60 * 3600 },
    });
    const analysis = analyzeCycling(data);
    expect(analysis.cell).toBe("symmetric");
    const json = CyclingAnalysisResultSchema.parse(
      cyclingAnalysisJson(analysis, data, { label: "lili.csv", zoom: [2, 4] }),
    );
    expect(json.cellSource).toBe("guess");
    expect(json.guess?.cellType).toBe("symmetric");
    expect(json.segmentation.cycleCount).toBe(40);
    expect(json.segmentation.area).toBeAllClose(1.131, { rtol: 1e-3 }); // cm²
    const s = json.symmetric;
    if (s === undefined) throw new Error("no Li‖Li section");
    // Plateau of cycle 5 (0-based half cycle 8) against the generator's noise-free plateau.
    const expected = (truth.halfCycles[8]?.plateauOverpotential as number) * 1e3;
    expect(s.halfCycles[8]?.plateau).toBeAllClose(expected, { rtol: 0.02 });
    expect(s.halfCycles[8]?.currentDensity).toBeAllClose(-1, { rtol: 1e-3 }); // mA cm⁻²
    expect(s.halfCycles[8]?.capacity).toBeAllClose(1.131, { rtol: 2e-3 }); // mAh
    expect(s.cycles[4]?.cumulativeArealCapacity).toBeAllClose(10, { rtol: 2e-3 }); // mAh cm⁻²
    const short = s.failures.hardShort;
    expect(short?.cycle).toBeGreaterThanOrEqual((truth.hardShort?.cycle as number) - 1);
    expect(short?.cycle).toBeLessThanOrEqual((truth.hardShort?.cycle as number) + 1);
    expect(short?.time).toBeAllClose(60, { atol: 2 }); // h
    expect(s.nucleation?.nucleationOverpotential.unit).toBe("mV");
    expect(json.plots.map((p) => p.name)).toEqual(["voltage", "overpotential", "zoom-2-4"]);
    // Decimated: ≤ 4 points per pixel column, whatever the trace length.
    expect(data.columns.time.length).toBeGreaterThan(25_000);
    expect(rowCount(json.plots[0]?.spec as Record<string, unknown>)).toBeLessThanOrEqual(3200 + 4);
    // The zoom window spans cycles 2–4: 6 h.
    const layers = json.plots[2]?.spec.layer as { data: { values: { x: number }[] } }[];
    const zoom = layers[0]?.data.values;
    expect((zoom?.at(-1)?.x as number) - (zoom?.[0]?.x as number)).toBeAllClose(6, { rtol: 0.01 });
  });

  it("asymmetric Li‖Li (4 mAh cm⁻² thin Li, CE 80 %: runs out in cycle 21): voltage-limit event", () => {
    const { data, truth } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 30 }],
      lithiumReservoir: { capacity: 4 * 36_000, coulombicEfficiency: 0.8 },
    });
    const json = CyclingAnalysisResultSchema.parse(cyclingAnalysisJson(analyzeCycling(data), data));
    expect(json.cell).toBe("asymmetric");
    const limit = json.symmetric?.failures.voltageLimit;
    expect(
      Math.abs((limit?.cycle as number) - (truth.depletion?.cycle as number)),
    ).toBeLessThanOrEqual(1);
  });

  it("rate test 1, 2, 3, 5, 8, 10 → 1 mA cm⁻²: η per step, recovery, BV fit j0 = 2 mA cm⁻², R_s = 5 Ω cm²", () => {
    const { data } = symmetricCellTrace({
      steps: [1, 2, 3, 5, 8, 10, 1].map((j) => ({
        currentDensity: 10 * j,
        arealCapacity: 36_000,
        cycles: 3,
      })),
      exchangeCurrentDensity: 20, // 2 mA cm⁻² per interface
      areaSpecificResistance: 5e-4, // 5 Ω cm²
      nucleation: false,
    });
    const json = CyclingAnalysisResultSchema.parse(cyclingAnalysisJson(analyzeCycling(data), data));
    const rate = json.symmetric?.rateTest;
    expect(rate?.steps.map((s) => s.currentDensity)).toBeAllClose([1, 2, 3, 5, 8, 10, 1], {
      rtol: 1e-3,
    });
    expect(rate?.steps[6]?.returnsTo).toBe(0);
    expect(rate?.steps[6]?.recovery).toBeAllClose(1, { rtol: 0.02 });
    expect(rate?.fit?.exchangeCurrentDensity.value).toBeAllClose(2, { rtol: 0.05 });
    expect(rate?.fit?.areaSpecificResistance.value).toBeAllClose(5, { rtol: 0.1 });
    expect(json.criticalCurrentDensity).toBeUndefined(); // the rate returns to 1: not a ladder
  });

  it("CCD ladder 0.1 → 3.2 mA cm⁻², short at 1.6: CCD 0.8 mA cm⁻², failing 1.6", () => {
    const { data } = ccdLadderTrace({ criticalCurrentDensity: 16 });
    const ccd = CriticalCurrentDensityResultSchema.parse(
      criticalCurrentDensityJson(criticalCurrentDensity(analyzeSymmetricCycling(data)), "ccd.csv"),
    );
    expect(ccd.criticalCurrentDensity).toBeAllClose(0.8, { rtol: 0.01 });
    expect(ccd.failingCurrentDensity).toBeAllClose(1.6, { rtol: 0.01 });
    expect(ccd.ladder.map((r) => r.currentDensity)).toBeAllClose([0.1, 0.2, 0.4, 0.8, 1.6, 3.2], {
      rtol: 0.01,
    });
    expect(ccd.ladder[0]?.durationPerHalfCycle).toBeAllClose(1, { rtol: 0.01 }); // h
    // The umbrella finds the ladder by itself (a known area, current density only stepping up).
    const umbrella = CyclingAnalysisResultSchema.parse(
      cyclingAnalysisJson(analyzeCycling(data), data),
    );
    expect(umbrella.criticalCurrentDensity?.criticalCurrentDensity).toBeAllClose(0.8, {
      rtol: 0.01,
    });
  });

  it("Li‖Cu, 20 cycles at CE 98 %: CE in %, capacity in mAh cm⁻², η_nuc in mV, CE plot", () => {
    const { data, truth } = lithiumCopperTrace({ cycles: 20, coulombicEfficiency: 0.98 });
    const ce = LithiumCopperEfficiencyResultSchema.parse(
      lithiumCopperEfficiencyJson(lithiumCopperEfficiency(data), "licu.csv"),
    );
    expect(ce.cycles).toHaveLength(20);
    expect(ce.cycles[5]?.coulombicEfficiency).toBeAllClose(98, { rtol: 1e-3 });
    expect(ce.cycles[5]?.platedAreal).toBeAllClose(1, { rtol: 2e-3 });
    expect(ce.windows[0]?.mean).toBeAllClose(98, { rtol: 1e-3 });
    // η_nuc of the first plating on Cu, mV, against the generator's tip − plateau.
    expect(ce.nucleation?.nucleationOverpotential.value).toBeAllClose(
      (truth.nucleation?.overpotential as number) * 1e3,
      { rtol: 0.05 },
    );
    const json = CyclingAnalysisResultSchema.parse(cyclingAnalysisJson(analyzeCycling(data), data));
    expect(json.cell).toBe("li-cu");
    expect(json.reservoir).toBeUndefined();
    expect(json.plots.map((p) => p.name)).toEqual(["voltage", "ce"]);
  });

  it("Adams reservoir protocol, CE 99 %: the umbrella finds it; the average is 99 % ± 0.1", () => {
    const { data, truth } = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.99 });
    const direct = ReservoirCoulombicEfficiencyResultSchema.parse(
      reservoirCoulombicEfficiencyJson(reservoirCoulombicEfficiency(data)),
    );
    expect(direct.valid).toBe(true);
    expect(direct.averageCoulombicEfficiency).toBeAllClose(truth.averageCoulombicEfficiency * 100, {
      atol: 0.1,
    });
    expect(direct.reservoirCapacity).toBeAllClose((5 * 1.131) / 1, { rtol: 0.01 }); // 5 mAh cm⁻² × 1.131 cm²
    const json = CyclingAnalysisResultSchema.parse(cyclingAnalysisJson(analyzeCycling(data), data));
    expect(json.cell).toBe("li-cu");
    expect(json.reservoir?.averageCoulombicEfficiency).toBeAllClose(
      direct.averageCoulombicEfficiency,
      {
        rtol: 1e-9,
      },
    );
  });

  it("Li‖LFP, 50 cycles at 1 C with 0.1 %/cycle fade: mAh g⁻¹, retention %, capacity plot", () => {
    const { data, truth } = fullCellTrace({ steps: [{ cRate: 1, cycles: 50 }] });
    const json = CyclingAnalysisResultSchema.parse(
      cyclingAnalysisJson(analyzeCycling(data), data, { zoom: [1, 2] }),
    );
    expect(json.cell).toBe("full");
    const fc = json.fullCell;
    if (fc === undefined) throw new Error("no full-cell section");
    expect(fc.cycles).toHaveLength(50);
    const q1 = (truth.cycles[0]?.dischargeCapacity as number) / 3.6 / (truth.activeMass * 1e3);
    expect(fc.cycles[0]?.specificDischargeCapacity).toBeAllClose(q1, { rtol: 0.01 });
    expect(fc.cycles[10]?.coulombicEfficiency).toBeAllClose(99.8, { rtol: 1e-3 });
    expect(fc.cycles[49]?.retention).toBeAllClose(100 * 0.999 ** 49, { rtol: 0.01 });
    expect(json.plots.map((p) => p.name)).toEqual(["voltage", "capacity", "zoom-1-2"]);
  });

  it("a zoom window outside the record is a clear error", () => {
    const { data } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 3 }],
    });
    expect(() => cyclingAnalysisJson(analyzeCycling(data), data, { zoom: [5, 9] })).toThrowError(
      /zoom window cycles 5–9 is not within the record's 3 cycle/,
    );
  });
});
