import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ArealCapacityResultSchema } from "./arealCapacityResultSchema.js";
import { BlockingCellConductivityResultSchema } from "./blockingCellConductivityResultSchema.js";
import { ConstantsResultSchema } from "./constantsResultSchema.js";
import { CRateResultSchema } from "./cRateResultSchema.js";
import { CycleCountResultSchema } from "./cycleCountResultSchema.js";
import { CycleTimingResultSchema } from "./cycleTimingResultSchema.js";
import { UnitConversionResultSchema } from "./unitConversionResultSchema.js";

// The CLI tests check each result against real output; here: each schema accepts its minimal
// valid shape and rejects a missing field and a non-finite number.
const q = { value: 1, unit: "h", si: 3600, siUnit: "s", dimension: "time" };

const cases: [string, z.ZodType, Record<string, unknown>][] = [
  ["UnitConversionResult", UnitConversionResultSchema, { input: q, output: q }],
  [
    "CycleTimingResult",
    CycleTimingResultSchema,
    { currentDensity: q, capacity: q, halfCycle: q, cycle: q },
  ],
  [
    "CycleCountResult",
    CycleCountResultSchema,
    {
      currentDensity: q,
      capacity: q,
      duration: q,
      halfCycle: q,
      cycle: q,
      cycles: 750,
      completeCycles: 750,
      halfCycles: 1500,
      completeHalfCycles: 1500,
    },
  ],
  [
    "ArealCapacityResult",
    ArealCapacityResultSchema,
    { currentDensity: q, time: q, arealCapacity: q, lithiumThickness: q },
  ],
  [
    "CRateResult",
    CRateResultSchema,
    { cRate: 1, specificCapacity: q, massLoading: q, arealCapacity: q, currentDensity: q },
  ],
  [
    "BlockingCellConductivityResult",
    BlockingCellConductivityResultSchema,
    { thickness: q, resistance: q, area: q, conductivity: q, areaSpecificResistance: q },
  ],
  [
    "ConstantsResult",
    ConstantsResultSchema,
    {
      constants: [{ name: "Faraday constant", symbol: "F", quantity: q, source: "CODATA 2018" }],
      lithium: [],
    },
  ],
];

describe.each(cases)("%s", (_name, schema, valid) => {
  it("accepts a valid result", () => {
    expect(schema.parse(valid)).toEqual(valid);
  });

  it("rejects a missing field, a non-finite value and an unknown key", () => {
    const [firstKey] = Object.keys(valid);
    const { [firstKey as string]: _dropped, ...missing } = valid;
    expect(schema.safeParse(missing).success).toBe(false);
    const quantityKey = Object.keys(valid).find((k) => valid[k] === q);
    if (quantityKey) {
      const infinite = { ...valid, [quantityKey]: { ...q, si: Number.POSITIVE_INFINITY } };
      expect(schema.safeParse(infinite).success).toBe(false);
    }
    expect(schema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });
});

describe("CycleCountResultSchema", () => {
  it("requires whole complete cycles", () => {
    const [, schema, valid] = cases[2] as (typeof cases)[number];
    expect(schema.safeParse({ ...valid, completeCycles: 749.5 }).success).toBe(false);
  });
});
