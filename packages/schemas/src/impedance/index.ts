/**
 * Result schemas of `@lmb/impedance`. Each schema a program outside TypeScript reads is also listed
 * in `IMPEDANCE_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 */
import type { z } from "zod";

/** JSON Schema files for the impedance results, by file name (without `.json`). */
export const IMPEDANCE_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> =
  {};
