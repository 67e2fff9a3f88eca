/**
 * Result schemas of `@lmb/cells`. Each schema a program outside TypeScript reads is also listed
 * in `CELLS_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 */
import type { z } from "zod";
import {
  InterfaceImpedanceResultSchema,
  InterfaceImpedanceSeriesResultSchema,
} from "./interfaceImpedanceResultSchema.js";

export {
  type InterfaceImpedanceResult,
  InterfaceImpedanceResultSchema,
  type InterfaceImpedanceSeriesResult,
  InterfaceImpedanceSeriesResultSchema,
  type ResistanceArrhenius,
  ResistanceArrheniusSchema,
  TemperatureSourceSchema,
} from "./interfaceImpedanceResultSchema.js";

/** JSON Schema files for the cells results, by file name (without `.json`). */
export const CELLS_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  InterfaceImpedanceResult: { schema: InterfaceImpedanceResultSchema, io: "output" },
  InterfaceImpedanceSeriesResult: { schema: InterfaceImpedanceSeriesResultSchema, io: "output" },
};
