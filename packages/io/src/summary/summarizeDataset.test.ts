import { DatasetSummarySchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { DatasetBuilder } from "../dataset/DatasetBuilder.js";
import { countHalfCycles } from "./countHalfCycles.js";
import { summarizeDataset } from "./summarizeDataset.js";

describe("countHalfCycles", () => {
  it("counts runs of one sign and ignores rests and rest noise", () => {
    expect(countHalfCycles(Float64Array.of(0, 1, 1, 0, -1, -1, 0, 1))).toBe(3);
    expect(countHalfCycles(Float64Array.of(1e-7, -1e-7, 1, 1, 2e-7, -1e-7, 1))).toBe(1);
    expect(countHalfCycles(Float64Array.of(0, 0))).toBe(0);
  });
});

describe("summarizeDataset", () => {
  it("reports points, duration, ranges in customary units, area, mass and cycles", () => {
    // Two 1 h half cycles at ±1 mA of a symmetric cell, 1.13 cm² (Ø 12 mm), sampled every 30 min.
    const b = new DatasetBuilder("cycling", {
      format: "csv",
      sourceFile: "li-li.csv",
      area: 1.13e-4,
      activeMass: 5e-6,
    });
    b.add("time", Float64Array.of(0, 0.5, 1, 1.5, 2), "h", { sourceName: "Test Time / h" });
    b.add("voltage", Float64Array.of(0.02, 0.021, -0.02, -0.021, -0.022), "V");
    b.add("current", Float64Array.of(1, 1, -1, -1, -1), "mA", { sourceName: "I/mA" });
    b.add("cycle", Float64Array.of(1, 1, 1, 1, 1), "1");
    b.add("temperature", Float64Array.of(25, Number.NaN, 25.5, Number.NaN, 26), "°C");
    const summary = DatasetSummarySchema.parse(summarizeDataset(b.build()));
    expect(summary.points).toBe(5);
    expect(summary.duration).toMatchObject({ value: 2, unit: "h" });
    expect(summary.area?.value).toBeAllClose(1.13, { rtol: 1e-12 });
    expect(summary.activeMass?.value).toBeAllClose(5, { rtol: 1e-12 });
    expect(summary.cycles).toBe(1);
    expect(summary.halfCycles).toBe(2);
    const current = summary.columns.find((c) => c.key === "current");
    expect(current).toMatchObject({ sourceName: "I/mA", sourceUnit: "mA", unit: "mA", missing: 0 });
    expect(current?.min).toBeAllClose(-1, { rtol: 1e-12 });
    const temperature = summary.columns.find((c) => c.key === "temperature");
    expect(temperature).toMatchObject({ unit: "°C", missing: 2 });
    expect(temperature?.max).toBeAllClose(26, { rtol: 1e-12 });
  });
});
