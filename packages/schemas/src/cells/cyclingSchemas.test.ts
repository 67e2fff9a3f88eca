import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../jsonSchemas.js";
import { CyclingAnalysisResultSchema } from "./cyclingAnalysisResultSchema.js";
import { CyclingSegmentationSummarySchema, CyclingWarningSchema } from "./cyclingCommonSchemas.js";
import { LithiumCopperCycleRowSchema } from "./lithiumCopperResultSchema.js";

const segmentation = {
  area: 1.13,
  areaSource: "option",
  boundarySource: "current",
  zeroCurrentThreshold: 0.00113,
  maxAbsCurrent: 1.13,
  typicalInterval: 10,
  gapThreshold: 200,
  pointCount: 7200,
  duration: 20,
  halfCycleCount: 20,
  cycleCount: 10,
  halfCycles: [
    {
      halfCycle: 1,
      cycle: 1,
      sign: -1,
      current: 1.13,
      currentDensity: -1,
      capacity: 1.13,
      arealCapacity: 1,
      startTime: 0,
      duration: 1,
    },
  ],
  rateSteps: [
    {
      step: 0,
      firstHalfCycle: 0,
      lastHalfCycle: 19,
      current: 1.13,
      currentDensity: 1,
      startTime: 0,
      endTime: 20,
    },
  ],
  timeIssues: { gaps: 0, restarts: 0 },
} as const;

describe("cycling result schemas", () => {
  it("a segmentation summary of 1 mA cm⁻² on 1.13 cm² parses; a NaN capacity never does", () => {
    expect(CyclingSegmentationSummarySchema.parse(segmentation).cycleCount).toBe(10);
    expect(
      CyclingSegmentationSummarySchema.safeParse({ ...segmentation, duration: Number.NaN }).success,
    ).toBe(false);
    const row = {
      cycle: 1,
      plated: 1.13,
      stripped: 1.1,
      platedAreal: 1,
      strippedAreal: 0.973,
      coulombicEfficiency: 97.3,
      strippingEndVoltage: 1,
      cutoffReached: true,
      startTime: 0,
      endTime: 2,
    };
    expect(LithiumCopperCycleRowSchema.parse(row).coulombicEfficiency).toBe(97.3);
    expect(LithiumCopperCycleRowSchema.safeParse({ ...row, cycle: 0 }).success).toBe(false);
  });

  it("warnings carry a W_ code; the umbrella needs the cell and where it came from", () => {
    expect(CyclingWarningSchema.safeParse({ code: "E_X", message: "m" }).success).toBe(false);
    const umbrella = {
      analysis: "cycling-analysis",
      cell: "symmetric",
      cellSource: "guess",
      guess: {
        cellType: "symmetric",
        reasons: ["a symmetric Li‖Li cell"],
        evidence: {
          voltagePercentiles: { p02: -0.02, p50: 0, p98: 0.02 },
          medianAbsVoltage: 0.02,
          signAgreement: 1,
          positiveHalfCycles: 10,
          negativeHalfCycles: 10,
          cutoffEnds: { positive: 0, negative: 0 },
          limitEnds: 0,
        },
      },
      segmentation,
      plots: [],
      warnings: [],
    };
    expect(CyclingAnalysisResultSchema.parse(umbrella).cell).toBe("symmetric");
    expect(CyclingAnalysisResultSchema.safeParse({ ...umbrella, cell: "li-li" }).success).toBe(
      false,
    );
  });

  it("ships a JSON Schema file per cycling result", () => {
    const files = jsonSchemas();
    for (const name of [
      "CyclingSegmentationSummary",
      "SymmetricCyclingResult",
      "CriticalCurrentDensityResult",
      "LithiumCopperEfficiencyResult",
      "ReservoirCoulombicEfficiencyResult",
      "FullCellCyclingResult",
      "CyclingAnalysisResult",
    ]) {
      expect(files[name]).toMatchObject({ title: name, type: "object" });
    }
  });
});
