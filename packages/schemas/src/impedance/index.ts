/**
 * Result schemas of `@lmb/impedance`. Each schema a program outside TypeScript reads is also listed
 * in `IMPEDANCE_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 */
import type { z } from "zod";
import { CircuitFitResultSchema } from "./circuitFitResultSchema.js";
import { DrtResultSchema } from "./drtResultSchema.js";
import { InterfaceResistancesResultSchema } from "./interfaceResistancesResultSchema.js";
import { LinKkResultSchema } from "./linKkResultSchema.js";

export {
  type CircuitDerivedQuantity,
  CircuitDerivedQuantitySchema,
  type CircuitFitParameter,
  CircuitFitParameterSchema,
  type CircuitFitResult,
  CircuitFitResultSchema,
} from "./circuitFitResultSchema.js";
export { type DrtPeak, DrtPeakSchema, type DrtResult, DrtResultSchema } from "./drtResultSchema.js";
export {
  type ClassifiedResistance,
  ClassifiedResistanceSchema,
  type InterfaceResistancesResult,
  InterfaceResistancesResultSchema,
  type ResistanceRole,
  ResistanceRoleSchema,
  type ResistanceTotal,
  ResistanceTotalSchema,
} from "./interfaceResistancesResultSchema.js";
export {
  type LinKkResult,
  LinKkResultSchema,
  type ValidationWarning,
  ValidationWarningSchema,
} from "./linKkResultSchema.js";

/** JSON Schema files for the impedance results, by file name (without `.json`). */
export const IMPEDANCE_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> =
  {
    CircuitFitResult: { schema: CircuitFitResultSchema, io: "output" },
    LinKkResult: { schema: LinKkResultSchema, io: "output" },
    DrtResult: { schema: DrtResultSchema, io: "output" },
    InterfaceResistancesResult: { schema: InterfaceResistancesResultSchema, io: "output" },
  };
