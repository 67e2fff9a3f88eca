/**
 * @lmb/schemas — zod schemas for every lmb dataset, configuration and result, with JSON Schema
 * export. The CLI's `--json` output and the docs calculators use these schemas; the generated
 * JSON Schema files (`@lmb/schemas/json-schema/*.json`) serve programs in other languages.
 *
 * @packageDocumentation
 */

export * from "./cells/index.js";
export * from "./datasets/index.js";
export {
  type DemoProtocol,
  DemoProtocolSchema,
} from "./demo/demoProtocolSchema.js";
export {
  type DemoLine,
  DemoLineSchema,
  type DemoResult,
  DemoResultSchema,
  type DemoSection,
  DemoSectionSchema,
} from "./demo/demoResultSchema.js";
export {
  type LmbErrorJson,
  LmbErrorJsonSchema,
  LmbErrorLocationSchema,
} from "./errors/lmbErrorJsonSchema.js";
export * from "./impedance/index.js";
export { jsonSchemas } from "./jsonSchemas.js";
export * from "./kinetics/index.js";
export * from "./nucleation/index.js";
export { type ParseWithSchemaOptions, parseWithSchema } from "./parseWithSchema.js";
export * from "./percolation/index.js";
export {
  VEGA_LITE_SCHEMA_URL,
  type VegaLiteSpec,
  VegaLiteSpecSchema,
} from "./plots/vegaLiteSpecSchema.js";
export * from "./report/index.js";
export {
  type ArealCapacityResult,
  ArealCapacityResultSchema,
} from "./units/arealCapacityResultSchema.js";
export {
  type BlockingCellConductivityResult,
  BlockingCellConductivityResultSchema,
} from "./units/blockingCellConductivityResultSchema.js";
export {
  type ConstantEntry,
  ConstantEntrySchema,
  type ConstantsResult,
  ConstantsResultSchema,
} from "./units/constantsResultSchema.js";
export { convertUnitRequest } from "./units/convertUnitRequest.js";
export { type CRateResult, CRateResultSchema } from "./units/cRateResultSchema.js";
export { type CycleCountResult, CycleCountResultSchema } from "./units/cycleCountResultSchema.js";
export {
  type CycleTimingResult,
  CycleTimingResultSchema,
} from "./units/cycleTimingResultSchema.js";
export { type QuantityJson, QuantitySchema } from "./units/quantitySchema.js";
export { type QuantityKindLike, quantityTextSchema } from "./units/quantityTextSchema.js";
export { dimensionFormula, toQuantityJson } from "./units/toQuantityJson.js";
export {
  type UnitConversionRequest,
  UnitConversionRequestSchema,
} from "./units/unitConversionRequestSchema.js";
export {
  type UnitConversionResult,
  UnitConversionResultSchema,
} from "./units/unitConversionResultSchema.js";
