/**
 * @lmb/cells — Cell configurations and protocols, Li-inventory and voltage simulation, cycling-data analysis.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/cells";
