/**
 * Result schemas of `@lmb/kinetics`. Each schema a program outside TypeScript reads is also listed
 * in `KINETICS_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 */
import type { z } from "zod";
import { ArrheniusFitResultSchema } from "./arrheniusFitResultSchema.js";
import { ButlerVolmerFitResultSchema } from "./butlerVolmerFitResultSchema.js";
import { CapacityFadeResultSchema } from "./capacityFadeResultSchema.js";
import { IonicConductivityResultSchema } from "./ionicConductivityResultSchema.js";
import {
  ChargeTransferExchangeCurrentResultSchema,
  MicroPolarizationResultSchema,
} from "./microPolarizationResultSchema.js";
import { RandlesSevcikResultSchema } from "./randlesSevcikResultSchema.js";
import { TafelAnalysisResultSchema } from "./tafelAnalysisResultSchema.js";
import { VoltammogramPeaksResultSchema } from "./voltammogramPeaksResultSchema.js";

export {
  type ArrheniusFitResult,
  ArrheniusFitResultSchema,
  type ArrheniusForm,
  ArrheniusFormSchema,
} from "./arrheniusFitResultSchema.js";
export {
  type ButlerVolmerFitResult,
  ButlerVolmerFitResultSchema,
} from "./butlerVolmerFitResultSchema.js";
export {
  type CapacityFadeResult,
  CapacityFadeResultSchema,
} from "./capacityFadeResultSchema.js";
export {
  type IonicConductivityResult,
  IonicConductivityResultSchema,
} from "./ionicConductivityResultSchema.js";
export {
  type KineticsConvergence,
  KineticsConvergenceSchema,
} from "./kineticsConvergenceSchema.js";
export {
  type KineticsDataWindow,
  KineticsDataWindowSchema,
} from "./kineticsDataWindowSchema.js";
export { type KineticsEstimate, KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
export {
  type KineticsGoodnessOfFit,
  KineticsGoodnessOfFitSchema,
} from "./kineticsGoodnessOfFitSchema.js";
export {
  type KineticsWarning,
  KineticsWarningSchema,
  type OverpotentialConvention,
  OverpotentialConventionSchema,
} from "./kineticsWarningSchema.js";
export {
  type ChargeTransferExchangeCurrentResult,
  ChargeTransferExchangeCurrentResultSchema,
  type MicroPolarizationResult,
  MicroPolarizationResultSchema,
} from "./microPolarizationResultSchema.js";
export {
  type RandlesSevcikBranch,
  RandlesSevcikBranchSchema,
  type RandlesSevcikResult,
  RandlesSevcikResultSchema,
} from "./randlesSevcikResultSchema.js";
export {
  type TafelAnalysisResult,
  TafelAnalysisResultSchema,
  type TafelBranch,
  TafelBranchSchema,
} from "./tafelAnalysisResultSchema.js";
export {
  type VoltammetricPeak,
  VoltammetricPeakSchema,
  type VoltammogramPeaksResult,
  VoltammogramPeaksResultSchema,
} from "./voltammogramPeaksResultSchema.js";

/** JSON Schema files for the kinetics results, by file name (without `.json`). */
export const KINETICS_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> =
  {
    TafelAnalysisResult: { schema: TafelAnalysisResultSchema, io: "output" },
    ButlerVolmerFitResult: { schema: ButlerVolmerFitResultSchema, io: "output" },
    MicroPolarizationResult: { schema: MicroPolarizationResultSchema, io: "output" },
    ChargeTransferExchangeCurrentResult: {
      schema: ChargeTransferExchangeCurrentResultSchema,
      io: "output",
    },
    ArrheniusFitResult: { schema: ArrheniusFitResultSchema, io: "output" },
    VoltammogramPeaksResult: { schema: VoltammogramPeaksResultSchema, io: "output" },
    RandlesSevcikResult: { schema: RandlesSevcikResultSchema, io: "output" },
    IonicConductivityResult: { schema: IonicConductivityResultSchema, io: "output" },
    CapacityFadeResult: { schema: CapacityFadeResultSchema, io: "output" },
  };
