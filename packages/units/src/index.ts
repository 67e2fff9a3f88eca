/**
 * @lmb/units — Quantities, unit parsing and formatting, physical constants and Li metal facts.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/units";
