/**
 * Schemas of `@lmb/percolation` results (lattice and continuum Monte Carlo, conductivity fits,
 * the metal-incorporated SEI window). Each is listed in `PERCOLATION_JSON_SCHEMAS`, which
 * `jsonSchemas()` turns into a shipped JSON Schema file.
 *
 * @packageDocumentation
 */
import type { z } from "zod";
import { ContinuumPercolationResultSchema } from "./continuumPercolationResultSchema.js";
import { LatticeSimulationResultSchema } from "./latticeSimulationResultSchema.js";
import { MetalWindowResultSchema } from "./metalWindowResultSchema.js";
import { NetworkConductivityResultSchema } from "./networkConductivityResultSchema.js";
import { PercolationFitResultSchema } from "./percolationFitResultSchema.js";
import { ThresholdEstimateResultSchema } from "./thresholdEstimateResultSchema.js";

export {
  type ContinuumPercolationResult,
  ContinuumPercolationResultSchema,
  type ParticleDescription,
  ParticleDescriptionSchema,
  type WiredFractionPoint,
  WiredFractionPointSchema,
} from "./continuumPercolationResultSchema.js";
export {
  type LatticeSimulationResult,
  LatticeSimulationResultSchema,
  SpanningFractionStatisticsSchema,
} from "./latticeSimulationResultSchema.js";
export { type MetalWindowResult, MetalWindowResultSchema } from "./metalWindowResultSchema.js";
export {
  type NetworkConductivityPoint,
  NetworkConductivityPointSchema,
  type NetworkConductivityResult,
  NetworkConductivityResultSchema,
} from "./networkConductivityResultSchema.js";
export {
  type LatticeIdJson,
  LatticeIdSchema,
  type LiteratureValue,
  LiteratureValueSchema,
  type PercolationValue,
  PercolationValueSchema,
  type PercolationWarning,
  PercolationWarningSchema,
  type ProbabilityPoint,
  ProbabilityPointSchema,
} from "./percolationCommonSchemas.js";
export {
  type PercolationFitResult,
  PercolationFitResultSchema,
} from "./percolationFitResultSchema.js";
export {
  type ThresholdEstimateResult,
  ThresholdEstimateResultSchema,
  type ThresholdSize,
  ThresholdSizeSchema,
} from "./thresholdEstimateResultSchema.js";

/** JSON Schema files for the percolation results, by file name (without `.json`). */
export const PERCOLATION_JSON_SCHEMAS: Record<
  string,
  { schema: z.ZodType; io: "input" | "output" }
> = {
  LatticeSimulationResult: { schema: LatticeSimulationResultSchema, io: "output" },
  ThresholdEstimateResult: { schema: ThresholdEstimateResultSchema, io: "output" },
  ContinuumPercolationResult: { schema: ContinuumPercolationResultSchema, io: "output" },
  NetworkConductivityResult: { schema: NetworkConductivityResultSchema, io: "output" },
  PercolationFitResult: { schema: PercolationFitResultSchema, io: "output" },
  MetalWindowResult: { schema: MetalWindowResultSchema, io: "output" },
};
