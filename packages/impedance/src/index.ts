/**
 * @lmb/impedance — Equivalent-circuit language, complex nonlinear fitting, Kramers–Kronig validation and DRT.
 *
 * @packageDocumentation
 */

/** The package's name, as published. */
export const packageName = "@lmb/impedance";
