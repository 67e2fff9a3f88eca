/**
 * Result schemas of `@lmb/nucleation`. Each schema a program outside TypeScript reads is also
 * listed in `NUCLEATION_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 * Values and uncertainties use the kinetics estimate shape (`KineticsEstimateSchema`).
 */
import type { z } from "zod";
import { ClassicalNucleationResultSchema } from "./classicalNucleationResultSchema.js";
import { MostanyFitResultSchema } from "./mostanyFitResultSchema.js";
import {
  NucleationOverpotentialResultSchema,
  NucleationOverpotentialSeriesResultSchema,
} from "./nucleationOverpotentialResultSchema.js";
import { SandTimeResultSchema } from "./sandTimeResultSchema.js";
import { TransientClassificationResultSchema } from "./transientClassificationResultSchema.js";

export {
  type ClassicalNucleationResult,
  ClassicalNucleationResultSchema,
} from "./classicalNucleationResultSchema.js";
export { type MostanyFitResult, MostanyFitResultSchema } from "./mostanyFitResultSchema.js";
export {
  type DepositionConditionsJson,
  DepositionConditionsSchema,
  type NucleationTimeWindow,
  NucleationTimeWindowSchema,
  type TransientBaselineJson,
  TransientBaselineSchema,
} from "./nucleationCommonSchemas.js";
export {
  type NucleationOverpotentialResultJson,
  NucleationOverpotentialResultSchema,
  type NucleationOverpotentialSeriesResult,
  NucleationOverpotentialSeriesResultSchema,
} from "./nucleationOverpotentialResultSchema.js";
export { type SandTimeResult, SandTimeResultSchema } from "./sandTimeResultSchema.js";
export {
  type NucleationVerdictJson,
  NucleationVerdictSchema,
  type ShQuantitiesJson,
  ShQuantitiesSchema,
  type TransientClassificationResult,
  TransientClassificationResultSchema,
} from "./transientClassificationResultSchema.js";

/** JSON Schema files for the nucleation results, by file name (without `.json`). */
export const NUCLEATION_JSON_SCHEMAS: Record<
  string,
  { schema: z.ZodType; io: "input" | "output" }
> = {
  TransientClassificationResult: { schema: TransientClassificationResultSchema, io: "output" },
  MostanyFitResult: { schema: MostanyFitResultSchema, io: "output" },
  NucleationOverpotentialResult: { schema: NucleationOverpotentialResultSchema, io: "output" },
  NucleationOverpotentialSeriesResult: {
    schema: NucleationOverpotentialSeriesResultSchema,
    io: "output",
  },
  ClassicalNucleationResult: { schema: ClassicalNucleationResultSchema, io: "output" },
  SandTimeResult: { schema: SandTimeResultSchema, io: "output" },
};
