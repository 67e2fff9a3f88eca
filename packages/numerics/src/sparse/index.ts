/**
 * Sparse linear algebra on typed arrays: CSR matrices (from COO triplets), matrix–vector
 * products, the 3-D Laplacian test matrix and Jacobi-preconditioned conjugate gradients.
 *
 * @packageDocumentation
 */
export {
  type ConjugateGradientOptions,
  type ConjugateGradientResult,
  conjugateGradient,
} from "./conjugate-gradient.js";
export { type CsrMatrix, csrDiagonal, csrFromTriplets, csrMultiply } from "./csr.js";
export { laplacian3d } from "./laplacian.js";
