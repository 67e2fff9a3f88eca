/**
 * @lmb/nucleation — Scharifker–Hills transients, nucleation overpotential, classical nucleation theory and Sand's time.
 *
 * Analyses take and return SI numbers (and Float64Arrays); the `…Json` converters turn their
 * results into the result schemas of `@lmb/schemas` (customary units in `value`, SI in `si`) that
 * the CLI's `--json` prints.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/nucleation";

export * from "./cnt/index.js";
export * from "./json/index.js";
export * from "./overpotential/index.js";
export * from "./sand/index.js";
export * from "./scharifkerHills/index.js";
