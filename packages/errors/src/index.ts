/**
 * @lmb/errors — the one error class of lmb: a stable `code`, and a message that names the
 * problem, where it is, and the fix.
 *
 * @packageDocumentation
 */
export { isLmbError, LmbError, type LmbErrorLocation, type LmbErrorOptions } from "./LmbError.js";
