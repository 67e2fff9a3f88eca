import { LmbError } from "@lmb/errors";
import { type CsrMatrix, csrDiagonal } from "./csr.js";
import type { Preconditioner } from "./incomplete-cholesky.js";

/** Options of {@link conjugateGradient}. */
export interface ConjugateGradientOptions {
  /** Starting guess (copied, not modified). @default zeros */
  x0?: ArrayLike<number>;
  /** Stop when ‖b − A·x‖₂ ≤ tolerance·‖b‖₂. @default 1e-8 */
  tolerance?: number;
  /** @default 10·n (n = number of unknowns), at least 100 */
  maxIterations?: number;
  /**
   * Jacobi (diagonal) preconditioning, none, or any SPD {@link Preconditioner} (for example
   * `incompleteCholesky(a)`). @default "jacobi"
   */
  preconditioner?: "jacobi" | "none" | Preconditioner;
}

/** Outcome of {@link conjugateGradient}. */
export interface ConjugateGradientResult {
  /** The solution estimate. */
  x: Float64Array;
  iterations: number;
  /** ‖b − A·x‖₂ of the returned x (the recursively updated residual). */
  residualNorm: number;
  /** residualNorm/‖b‖₂. */
  relativeResidual: number;
  converged: boolean;
  /** Why it stopped. */
  reason: "converged" | "max-iterations" | "zero-rhs";
}

function dimensionError(problem: string): LmbError {
  return new LmbError("E_LENGTH_MISMATCH", problem, { fix: "A must be n×n and b, x0 of length n" });
}

/**
 * Preconditioned conjugate gradients for A·x = b with A symmetric positive definite (CSR),
 * Jacobi-preconditioned (M = diag A), unpreconditioned, or with a caller's SPD preconditioner
 * such as {@link incompleteCholesky}. Typed arrays throughout, five work vectors
 * of n doubles, fused loops (SpMV with pᵀAp; x, r, z updates with ‖r‖² and rᵀz): about
 * 2·nnz + 13·n flops per iteration.
 *
 * Detects loss of positive definiteness: pᵀAp ≤ 0 (or a non-positive diagonal under
 * Jacobi) → `E_NOT_SPD`. Also `E_NOT_SQUARE`, `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`.
 *
 * Source: Y. Saad, Iterative Methods for Sparse Linear Systems, 2nd ed. (2003), Alg. 9.1;
 * Barrett et al., Templates for the Solution of Linear Systems (1994) §2.3.1.
 *
 * @param a - SPD matrix in CSR form (n × n)
 * @param b - right-hand side (length n)
 * @param options - starting guess, relative tolerance, iteration limit, preconditioner
 * @returns x, iterations, residual norms, converged and the stop reason
 * @example
 * const A = laplacian3d(32);
 * const { x, iterations } = conjugateGradient(A, b, { tolerance: 1e-10 });
 */
export function conjugateGradient(
  a: CsrMatrix,
  b: ArrayLike<number>,
  options: ConjugateGradientOptions = {},
): ConjugateGradientResult {
  const n = a.rows;
  if (a.cols !== n) {
    throw new LmbError(
      "E_NOT_SQUARE",
      `conjugate gradients needs a square matrix, got ${n}×${a.cols}`,
    );
  }
  if (b.length !== n) throw dimensionError(`A is ${n}×${n} but b has ${b.length} entries`);
  const {
    x0,
    tolerance = 1e-8,
    maxIterations = Math.max(100, 10 * n),
    preconditioner = "jacobi",
  } = options;
  if (x0 !== undefined && x0.length !== n) {
    throw dimensionError(`A is ${n}×${n} but x0 has ${x0.length} entries`);
  }
  const { rowPtr, colIdx, values } = a;
  const x = new Float64Array(n);
  if (x0 !== undefined) x.set(x0);
  const r = new Float64Array(n);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  const inv = new Float64Array(n);
  const custom = typeof preconditioner === "object" ? preconditioner : undefined;
  if (preconditioner === "jacobi") {
    const d = csrDiagonal(a);
    for (let i = 0; i < n; i++) {
      if (!(d[i]! > 0)) {
        throw new LmbError("E_NOT_SPD", `diagonal entry A[${i}][${i}] = ${d[i]} is not positive`, {
          fix: "an SPD matrix has a positive diagonal; check the assembly (sign convention?)",
          details: { index: i },
        });
      }
      inv[i] = 1 / d[i]!;
    }
  } else {
    inv.fill(1);
  }

  let bb = 0;
  for (let i = 0; i < n; i++) bb += b[i]! * b[i]!;
  if (!Number.isFinite(bb)) {
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(b[i]!)) {
        throw new LmbError("E_NON_FINITE_DATA", `b[${i}] is ${b[i]}`, { details: { index: i } });
      }
    }
  }
  const bNorm = Math.sqrt(bb);
  // r = b − A·x, z = M⁻¹r, p = z
  let rr = 0;
  let rz = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    if (x0 !== undefined) {
      for (let k = rowPtr[i]!; k < rowPtr[i + 1]!; k++) s += values[k]! * x[colIdx[k]!]!;
    }
    const ri = b[i]! - s;
    r[i] = ri;
    const zi = inv[i]! * ri;
    z[i] = zi;
    p[i] = zi;
    rr += ri * ri;
    rz += ri * zi;
  }
  if (custom !== undefined) {
    custom.apply(r, z);
    rz = 0;
    for (let i = 0; i < n; i++) {
      p[i] = z[i]!;
      rz += r[i]! * z[i]!;
    }
  }
  if (!Number.isFinite(rr)) {
    throw new LmbError("E_NON_FINITE_DATA", "the initial residual is not finite", {
      fix: "check A and x0 for NaN/∞",
    });
  }
  if (bNorm === 0) {
    x.fill(0);
    return {
      x,
      iterations: 0,
      residualNorm: 0,
      relativeResidual: 0,
      converged: true,
      reason: "zero-rhs",
    };
  }
  const target = tolerance * bNorm;
  let iterations = 0;
  while (Math.sqrt(rr) > target && iterations < maxIterations) {
    // q = A·p and pᵀq in one pass
    let pq = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      const end = rowPtr[i + 1]!;
      for (let k = rowPtr[i]!; k < end; k++) s += values[k]! * p[colIdx[k]!]!;
      q[i] = s;
      pq += p[i]! * s;
    }
    if (!(pq > 0)) {
      throw new LmbError(
        "E_NOT_SPD",
        `pᵀAp = ${pq} ≤ 0 at iteration ${iterations + 1}: the matrix is not positive definite`,
        {
          fix: "use a solver for indefinite systems (MINRES, GMRES) or fix the matrix",
          details: { iteration: iterations + 1, pAp: pq },
        },
      );
    }
    const alpha = rz / pq;
    let rzNew = 0;
    rr = 0;
    if (custom === undefined) {
      for (let i = 0; i < n; i++) {
        x[i]! += alpha * p[i]!;
        const ri = r[i]! - alpha * q[i]!;
        r[i] = ri;
        const zi = inv[i]! * ri;
        z[i] = zi;
        rr += ri * ri;
        rzNew += ri * zi;
      }
    } else {
      for (let i = 0; i < n; i++) {
        x[i]! += alpha * p[i]!;
        const ri = r[i]! - alpha * q[i]!;
        r[i] = ri;
        rr += ri * ri;
      }
      custom.apply(r, z);
      for (let i = 0; i < n; i++) rzNew += r[i]! * z[i]!;
      if (!(rzNew > 0) && rr > 0) {
        throw new LmbError(
          "E_NOT_SPD",
          `rᵀM⁻¹r = ${rzNew} ≤ 0 at iteration ${iterations + 1}: the preconditioner is not positive definite`,
          { fix: "use a symmetric positive definite preconditioner (or Jacobi)" },
        );
      }
    }
    const beta = rzNew / rz;
    rz = rzNew;
    for (let i = 0; i < n; i++) p[i] = z[i]! + beta * p[i]!;
    iterations++;
  }
  const residualNorm = Math.sqrt(rr);
  const converged = residualNorm <= target;
  return {
    x,
    iterations,
    residualNorm,
    relativeResidual: residualNorm / bNorm,
    converged,
    reason: converged ? "converged" : "max-iterations",
  };
}
