import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CELLS_JSON_SCHEMAS } from "./cells/index.js";
import { IMPEDANCE_JSON_SCHEMAS } from "./impedance/index.js";
import { jsonSchemaFiles } from "./internal/jsonSchemaFiles.js";
import { jsonSchemas } from "./jsonSchemas.js";
import { KINETICS_JSON_SCHEMAS } from "./kinetics/index.js";
import { NUCLEATION_JSON_SCHEMAS } from "./nucleation/index.js";
import { PERCOLATION_JSON_SCHEMAS } from "./percolation/index.js";
import { REPORT_JSON_SCHEMAS } from "./report/index.js";

const dir = new URL("../json-schema/", import.meta.url);

describe("jsonSchemas", () => {
  it("gives a draft 2020-12 JSON Schema with a title for every exported schema", () => {
    const schemas = jsonSchemas();
    expect(Object.keys(schemas)).toEqual([
      "Quantity",
      "UnitConversionRequest",
      "UnitConversionResult",
      "CycleTimingResult",
      "CycleCountResult",
      "ArealCapacityResult",
      "CRateResult",
      "BlockingCellConductivityResult",
      "ConstantsResult",
      "LmbErrorJson",
      "DemoProtocol",
      "DemoResult",
      "Dataset",
      "DatasetMetadata",
      "DatasetSummary",
      ...Object.keys(KINETICS_JSON_SCHEMAS),
      ...Object.keys(IMPEDANCE_JSON_SCHEMAS),
      ...Object.keys(CELLS_JSON_SCHEMAS),
      ...Object.keys(NUCLEATION_JSON_SCHEMAS),
      ...Object.keys(PERCOLATION_JSON_SCHEMAS),
      ...Object.keys(REPORT_JSON_SCHEMAS),
    ]);
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema).toMatchObject({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        title: name,
      });
      // A dataset is a union over its kinds; every other schema is one object.
      if (name === "Dataset") expect((schema as { oneOf?: unknown[] }).oneOf).toHaveLength(5);
      else expect(schema).toMatchObject({ type: "object" });
    }
  });

  it("puts Quantity at the top of its own file and shares it by $ref elsewhere", () => {
    const { Quantity, UnitConversionResult } = jsonSchemas();
    expect(Quantity).not.toHaveProperty("$ref");
    expect(Quantity).toMatchObject({ required: ["value", "unit", "si", "siUnit", "dimension"] });
    expect(UnitConversionResult).toMatchObject({
      properties: { input: { $ref: "#/$defs/Quantity" } },
      $defs: { Quantity: { title: "Quantity" } },
    });
  });

  it("matches the committed json-schema/*.json (run `pnpm --filter @lmb/schemas generate:json-schema`)", () => {
    const expected = jsonSchemaFiles();
    const committed = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(committed).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) {
      expect(readFileSync(new URL(name, dir), "utf8"), name).toBe(text);
    }
  });
});
