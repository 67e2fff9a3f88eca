/**
 * @lmb/nucleation — Scharifker–Hills transients, nucleation overpotential, classical nucleation theory and Sand's time.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/nucleation";

export * from "./cnt/index.js";
export * from "./overpotential/index.js";
export * from "./sand/index.js";
export * from "./scharifkerHills/index.js";
