/**
 * @lmb/numerics — Least squares (Levenberg–Marquardt with bounds and covariance), linear regression, root finding, sparse CG and a seeded RNG.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/numerics";
export * from "./distributions/index.js";
export * from "./least-squares/index.js";
export * from "./linear/index.js";
export * from "./nnls/index.js";
export * from "./random/index.js";
export * from "./roots/index.js";
export * from "./sparse/index.js";
