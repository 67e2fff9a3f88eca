/**
 * Schemas of `@lmb/percolation` results (lattice and continuum Monte Carlo, conductivity fits,
 * the metal-incorporated SEI window).
 *
 * @packageDocumentation
 */
import type { z } from "zod";

/** JSON Schema files for the percolation results, by file name (without `.json`). */
export const PERCOLATION_JSON_SCHEMAS: Record<
  string,
  { schema: z.ZodType; io: "input" | "output" }
> = {};
