import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../jsonSchemas.js";
import { ReportConfigSchema } from "./reportConfigSchema.js";
import { type ReportResult, ReportResultSchema } from "./reportResultSchema.js";

const headline = {
  key: "overpotential-cycle-10",
  label: "Overpotential, cycle 10",
  value: 42.1,
  unit: "mV",
  experimentId: "e01-li-li",
};

function report(): ReportResult {
  return {
    schemaVersion: 1,
    tool: { name: "lmb", version: "0.0.0" },
    generatedAt: "2026-11-23T16:00:00.000Z",
    title: "Report",
    inputs: { roots: ["data"], files: [], config: null, options: {} },
    experiments: [
      {
        id: "e01-li-li",
        title: "Li‖Li run1.mpt",
        kind: "symmetric-cycling",
        files: ["run1.mpt"],
        classification: { source: "detected", reasons: ["no strip to a cut-off"] },
        method: { name: "analyzeCycling", window: "all cycles", parameters: { area: "1.13 cm²" } },
        headline: [headline, { ...headline, key: "failure-mode", value: "hard short", unit: "" }],
        warnings: [],
        figures: [{ file: "figures/e01-voltage.svg", caption: "Voltage vs time" }],
        tables: [
          { file: "tables/e01-cycles.csv", caption: "Per cycle", columns: ["cycle"], rows: 3 },
        ],
      },
    ],
    summary: [headline],
    skipped: [{ path: "notes.txt", stage: "read", code: "E_FORMAT", reason: "not a data file" }],
    warnings: [],
  };
}

describe("ReportConfigSchema", () => {
  it("accepts areas, masses, temperatures, overrides by glob and analysis windows", () => {
    const config = {
      defaults: { area: "1.13 cm2", temperature: "25 degC" },
      files: [
        { match: "full/*.csv", mass: "12 mg", cellType: "full" },
        { match: "eis/**", group: "eis-vs-T", kind: "impedance-temperature" },
      ],
      exclude: ["scratch/**"],
      analysis: { overpotentialCycles: [1, 10, 100], ceWindow: { from: 10, to: 50 } },
    };
    expect(ReportConfigSchema.parse(config)).toEqual(config);
  });

  it("rejects a quantity of the wrong dimension, an unknown key and a reversed window", () => {
    const wrongUnit = ReportConfigSchema.safeParse({ defaults: { area: "1.13 cm" } });
    expect(wrongUnit.success).toBe(false);
    expect(wrongUnit.error?.issues[0]?.path).toEqual(["defaults", "area"]);
    expect(ReportConfigSchema.safeParse({ defaults: { aera: "1 cm2" } }).success).toBe(false);
    expect(
      ReportConfigSchema.safeParse({ analysis: { ceWindow: { from: 50, to: 10 } } }).success,
    ).toBe(false);
  });
});

describe("ReportResultSchema", () => {
  it("accepts a report with a text headline value and a skipped file", () => {
    expect(ReportResultSchema.parse(report())).toEqual(report());
  });

  it("rejects figure paths outside figures/, duplicate ids and dangling summary rows", () => {
    const badFigure = report();
    badFigure.experiments[0]!.figures[0]!.file = "../x.svg";
    expect(ReportResultSchema.safeParse(badFigure).success).toBe(false);

    const duplicate = report();
    duplicate.experiments.push({ ...duplicate.experiments[0]!, headline: [] });
    expect(ReportResultSchema.safeParse(duplicate).error?.issues[0]?.message).toBe(
      'duplicate experiment id "e01-li-li"',
    );

    const dangling = report();
    dangling.summary.push({ ...headline, experimentId: "e99" });
    expect(ReportResultSchema.safeParse(dangling).error?.issues[0]?.message).toBe(
      'summary row names an unknown experiment "e99"',
    );
  });

  it("never holds NaN as a headline value", () => {
    const nan = report();
    nan.summary[0]!.value = Number.NaN;
    expect(ReportResultSchema.safeParse(nan).success).toBe(false);
  });

  it("ships JSON Schemas for the config (input side) and results.json", () => {
    const { ReportConfig, ReportResult: result } = jsonSchemas();
    expect(ReportConfig).toMatchObject({ title: "ReportConfig", type: "object" });
    expect(result).toMatchObject({
      title: "ReportResult",
      type: "object",
      required: expect.arrayContaining(["experiments", "summary", "skipped"]),
    });
  });
});
