import { IncrementalCholesky } from "./incremental-cholesky.js";

/** Settings of {@link activeSetSolve}. */
export interface ActiveSetSettings {
  /** 1 for variables without the x ≥ 0 constraint. */
  free: Uint8Array;
  /** Relative stop tolerance on the dual (see {@link NnlsOptions.tolerance}). */
  tolerance: number;
  /** Maximum number of passive-set changes. */
  maxIterations: number;
}

/** Outcome of {@link activeSetSolve}. */
export interface ActiveSetOutcome {
  x: Float64Array;
  /** w = c − G·x (minus the gradient of ½xᵀGx − cᵀx). */
  dual: Float64Array;
  /** The factor of G_PP on the final passive set (for refinement). */
  factor: IncrementalCholesky;
  iterations: number;
  converged: boolean;
}

/**
 * Lawson–Hanson active-set method on the normal equations: minimises ½xᵀGx − cᵀx subject to
 * x_j ≥ 0 (except free variables) for a symmetric positive-semidefinite G. With G = AᵀA and
 * c = Aᵀb this is NNLS min ‖Ax − b‖², with the iterates of Lawson & Hanson's algorithm NNLS
 * (the "fast NNLS" form of Bro & De Jong, which keeps only G and c). The passive-set systems
 * G_PP·z = c_P are solved with an incrementally updated Cholesky factor.
 *
 * Sources: C. L. Lawson, R. J. Hanson, *Solving Least Squares Problems* (1974), ch. 23, Alg. NNLS;
 * R. Bro, S. De Jong, J. Chemometrics 11 (1997) 393–401.
 *
 * @param gram - G, n×n column-major, symmetric positive semidefinite (unit diagonal recommended)
 * @param rhs - c (n)
 * @param n - number of variables
 * @param settings - free variables, tolerance, iteration limit
 * @returns the solution, its dual, the final factor, iterations and whether the KKT test passed
 * @example
 * const out = activeSetSolve(Float64Array.of(1, 0, 0, 1), Float64Array.of(1, -1), 2, settings);
 * out.x; // [1, 0]
 */
export function activeSetSolve(
  gram: Float64Array,
  rhs: Float64Array,
  n: number,
  settings: ActiveSetSettings,
): ActiveSetOutcome {
  const { free, tolerance, maxIterations } = settings;
  const x = new Float64Array(n);
  const dual = new Float64Array(n);
  const passive = new Uint8Array(n);
  const rejected = new Uint8Array(n);
  const factor = new IncrementalCholesky(gram, n);
  const cP = new Float64Array(n);
  let z: Float64Array = new Float64Array(n);

  const solvePassive = (): void => {
    const k = factor.size;
    for (let i = 0; i < k; i++) cP[i] = rhs[factor.order[i] as number] as number;
    z = factor.solve(cP.subarray(0, k), z);
  };
  const updateDual = (): void => {
    for (let i = 0; i < n; i++) {
      let s = rhs[i] as number;
      for (let j = 0; j < n; j++) {
        const xj = x[j] as number;
        if (xj !== 0) s -= (gram[j * n + i] as number) * xj;
      }
      dual[i] = s;
    }
  };

  // Free variables are passive from the start (a dependent free column stays at 0).
  for (let j = 0; j < n; j++) {
    if (free[j] === 1 && factor.append(j)) passive[j] = 1;
  }
  if (factor.size > 0) {
    solvePassive();
    for (let i = 0; i < factor.size; i++) x[factor.order[i] as number] = z[i] as number;
  }
  updateDual();

  let iterations = 0;
  let converged = false;
  let cScale = 0;
  for (let i = 0; i < n; i++) cScale = Math.max(cScale, Math.abs(rhs[i] as number));
  for (;;) {
    let xScale = 0;
    let gScale = 0;
    for (let i = 0; i < n; i++) {
      xScale = Math.max(xScale, Math.abs(x[i] as number));
      gScale = Math.max(gScale, gram[i * n + i] as number);
    }
    const tol = tolerance * Math.max(cScale, gScale * xScale, Number.MIN_VALUE);
    let best = -1;
    let bestDual = tol;
    for (let j = 0; j < n; j++) {
      if (
        passive[j] === 0 &&
        free[j] === 0 &&
        rejected[j] === 0 &&
        (dual[j] as number) > bestDual
      ) {
        best = j;
        bestDual = dual[j] as number;
      }
    }
    if (best < 0) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    iterations++;
    if (!factor.append(best)) {
      rejected[best] = 1; // numerically dependent on the passive columns
      continue;
    }
    passive[best] = 1;
    solvePassive();
    if (!((z[factor.size - 1] as number) > 0)) {
      // Lawson–Hanson safeguard: the new variable would not move into the interior; roundoff.
      factor.removeAt(factor.size - 1);
      passive[best] = 0;
      rejected[best] = 1;
      continue;
    }
    // Inner loop: step back along x → z until every constrained passive variable is positive.
    let stalled = false;
    for (;;) {
      let alpha = 1;
      let blocking = -1;
      for (let i = 0; i < factor.size; i++) {
        const j = factor.order[i] as number;
        if (free[j] === 1) continue;
        const zi = z[i] as number;
        if (zi <= 0) {
          const xj = x[j] as number;
          const a = xj - zi > 0 ? xj / (xj - zi) : 0;
          if (a < alpha || blocking < 0) {
            alpha = a;
            blocking = i;
          }
        }
      }
      if (blocking < 0) break;
      iterations++;
      for (let i = 0; i < factor.size; i++) {
        const j = factor.order[i] as number;
        x[j] = (x[j] as number) + alpha * ((z[i] as number) - (x[j] as number));
      }
      x[factor.order[blocking] as number] = 0;
      for (let i = factor.size - 1; i >= 0; i--) {
        const j = factor.order[i] as number;
        if (free[j] === 0 && (x[j] as number) <= 0) {
          x[j] = 0;
          passive[j] = 0;
          factor.removeAt(i);
        }
      }
      solvePassive();
      if (iterations >= maxIterations) {
        stalled = true; // x is feasible (the last step stopped on the boundary); z may not be
        break;
      }
    }
    if (!stalled) {
      for (let i = 0; i < factor.size; i++) x[factor.order[i] as number] = z[i] as number;
    }
    rejected.fill(0);
    updateDual();
    if (stalled) break;
  }
  return { x, dual, factor, iterations, converged };
}
