/**
 * Result schemas of `@lmb/kinetics`. Each schema a program outside TypeScript reads is also listed
 * in `KINETICS_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 */
import type { z } from "zod";

/** JSON Schema files for the kinetics results, by file name (without `.json`). */
export const KINETICS_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> =
  {};
