/**
 * Scalar root finding and minimisation: Brent's root finder, bracket expansion and Brent's
 * derivative-free minimiser.
 *
 * @packageDocumentation
 */
export { type BracketOptions, bracketRoot } from "./bracket.js";
export { type BrentOptions, brent, type RootResult } from "./brent.js";
export { type Minimize1DOptions, type MinimizeResult, minimize1D } from "./minimize.js";
