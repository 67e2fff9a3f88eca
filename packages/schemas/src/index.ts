/**
 * @lmb/schemas — zod schemas for every lmb dataset, configuration and result, with JSON Schema export.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/schemas";
