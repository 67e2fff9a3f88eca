/**
 * Sparse linear algebra on typed arrays: CSR matrices (from COO triplets), matrix–vector
 * products, the 3-D Laplacian test matrix, and conjugate gradients preconditioned by Jacobi or
 * incomplete Cholesky (IC(0), MIC(0)).
 *
 * @packageDocumentation
 */
export {
  type ConjugateGradientOptions,
  type ConjugateGradientResult,
  conjugateGradient,
} from "./conjugate-gradient.js";
export { type CsrMatrix, csrDiagonal, csrFromTriplets, csrMultiply } from "./csr.js";
export {
  type IncompleteCholeskyOptions,
  incompleteCholesky,
  type Preconditioner,
} from "./incomplete-cholesky.js";
export { laplacian3d } from "./laplacian.js";
