/**
 * @lmb/percolation — Does the metal in an interphase conduct? Mixing rule, percolation fits, Monte Carlo and resistor networks.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/percolation";
export * from "./analysis/index.js";
export * from "./continuum/index.js";
export * from "./json/index.js";
export * from "./lattice/index.js";
export * from "./models/index.js";
export * from "./network/index.js";
