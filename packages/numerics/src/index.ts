/**
 * @lmb/numerics — Least squares (Levenberg–Marquardt with bounds and covariance), linear regression, root finding, sparse CG and a seeded RNG.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/numerics";
