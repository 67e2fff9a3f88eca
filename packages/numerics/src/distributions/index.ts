/**
 * Probability distributions: normal and Student's t CDFs and quantiles, and the special
 * functions (lnΓ, ln B, regularized incomplete beta and gamma) they are built on.
 *
 * @packageDocumentation
 */
export { normalCdf, normalPdf, normalQuantile } from "./normal.js";
export {
  logBeta,
  logGamma,
  logGammaLanczos,
  regularizedGammaPair,
  regularizedIncompleteBeta,
  regularizedIncompleteBetaPair,
  stirlingRemainder,
} from "./special.js";
export { studentTCdf, studentTPdf, studentTQuantile } from "./student-t.js";
