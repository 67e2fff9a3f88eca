import { z } from "zod";
import { CELLS_JSON_SCHEMAS } from "./cells/index.js";
import { DatasetJsonSchema } from "./datasets/datasetJsonSchema.js";
import { DatasetMetadataSchema } from "./datasets/datasetMetadataSchema.js";
import { DatasetSummarySchema } from "./datasets/datasetSummarySchema.js";
import { DemoProtocolSchema } from "./demo/demoProtocolSchema.js";
import { DemoResultSchema } from "./demo/demoResultSchema.js";
import { LmbErrorJsonSchema } from "./errors/lmbErrorJsonSchema.js";
import { IMPEDANCE_JSON_SCHEMAS } from "./impedance/index.js";
import { KINETICS_JSON_SCHEMAS } from "./kinetics/index.js";
import { NUCLEATION_JSON_SCHEMAS } from "./nucleation/index.js";
import { PERCOLATION_JSON_SCHEMAS } from "./percolation/index.js";
import { REPORT_JSON_SCHEMAS } from "./report/index.js";
import { ArealCapacityResultSchema } from "./units/arealCapacityResultSchema.js";
import { BlockingCellConductivityResultSchema } from "./units/blockingCellConductivityResultSchema.js";
import { ConstantsResultSchema } from "./units/constantsResultSchema.js";
import { CRateResultSchema } from "./units/cRateResultSchema.js";
import { CycleCountResultSchema } from "./units/cycleCountResultSchema.js";
import { CycleTimingResultSchema } from "./units/cycleTimingResultSchema.js";
import { QuantitySchema } from "./units/quantitySchema.js";
import { UnitConversionRequestSchema } from "./units/unitConversionRequestSchema.js";
import { UnitConversionResultSchema } from "./units/unitConversionResultSchema.js";

/**
 * Every schema that has a JSON Schema file, by file name (without `.json`). Input schemas
 * (files and forms a user writes) are exported as their input side, results as their output.
 */
const SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  Quantity: { schema: QuantitySchema, io: "output" },
  UnitConversionRequest: { schema: UnitConversionRequestSchema, io: "input" },
  UnitConversionResult: { schema: UnitConversionResultSchema, io: "output" },
  CycleTimingResult: { schema: CycleTimingResultSchema, io: "output" },
  CycleCountResult: { schema: CycleCountResultSchema, io: "output" },
  ArealCapacityResult: { schema: ArealCapacityResultSchema, io: "output" },
  CRateResult: { schema: CRateResultSchema, io: "output" },
  BlockingCellConductivityResult: { schema: BlockingCellConductivityResultSchema, io: "output" },
  ConstantsResult: { schema: ConstantsResultSchema, io: "output" },
  LmbErrorJson: { schema: LmbErrorJsonSchema, io: "output" },
  DemoProtocol: { schema: DemoProtocolSchema, io: "input" },
  DemoResult: { schema: DemoResultSchema, io: "output" },
  Dataset: { schema: DatasetJsonSchema, io: "output" },
  DatasetMetadata: { schema: DatasetMetadataSchema, io: "output" },
  DatasetSummary: { schema: DatasetSummarySchema, io: "output" },
  ...KINETICS_JSON_SCHEMAS,
  ...IMPEDANCE_JSON_SCHEMAS,
  ...CELLS_JSON_SCHEMAS,
  ...NUCLEATION_JSON_SCHEMAS,
  ...PERCOLATION_JSON_SCHEMAS,
  ...REPORT_JSON_SCHEMAS,
};

type JsonObject = Record<string, unknown>;

// A schema with an `id` (Quantity) converts to `{ $ref: "#/$defs/Quantity", $defs }`; put its
// definition at the top so each file reads as the thing it describes.
function hoistRootRef(json: JsonObject): JsonObject {
  const ref = json.$ref;
  const defs = json.$defs as Record<string, JsonObject> | undefined;
  if (typeof ref !== "string" || !defs || !ref.startsWith("#/$defs/")) return json;
  const name = ref.slice("#/$defs/".length);
  const { [name]: root, ...rest } = defs;
  if (!root || JSON.stringify(rest).includes(`"#/$defs/${name}"`)) return json;
  const { $ref: _ref, $defs: _defs, ...top } = json;
  return { ...top, ...root, ...(Object.keys(rest).length > 0 ? { $defs: rest } : {}) };
}

/**
 * JSON Schema (draft 2020-12) for every lmb schema that a program outside TypeScript reads or
 * writes — CLI `--json` results, errors, input files — generated with zod 4's
 * `z.toJSONSchema`. Keys are file names without `.json`; the package ships them in
 * `json-schema/` (`@lmb/schemas/json-schema/Quantity.json`).
 *
 * Checks that need lmb's unit parser (a quantity string's dimension) are not expressible in
 * JSON Schema; there those fields are strings with a description.
 *
 * @returns Name → JSON Schema object, in a stable order.
 * @example
 * const { UnitConversionResult } = jsonSchemas();
 * UnitConversionResult.title; // "UnitConversionResult"
 */
export function jsonSchemas(): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [name, { schema, io }] of Object.entries(SCHEMAS)) {
    out[name] = hoistRootRef(z.toJSONSchema(schema, { io, target: "draft-2020-12" }) as JsonObject);
  }
  return out;
}
