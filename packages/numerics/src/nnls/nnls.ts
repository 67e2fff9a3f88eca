import { LmbError } from "@lmb/errors";
import { activeSetSolve } from "./active-set.js";
import { checkDenseMatrix, checkVector } from "./check-matrix.js";

/** A non-negative least-squares problem min ‖A·x − b‖² subject to x ≥ 0. */
export interface NnlsProblem {
  /** A, rows×columns, column-major: entry (i, j) at index i + j·rows. */
  a: ArrayLike<number>;
  rows: number;
  columns: number;
  /** b (rows values). */
  b: ArrayLike<number>;
}

/**
 * A Tikhonov term λ‖L·x‖² (give `matrix`, L with `matrixRows` rows, column-major), λ·xᵀPx (give
 * `penalty`, a symmetric positive-semidefinite columns×columns P, e.g. a derivative Gram matrix),
 * or λ‖x‖² (give neither). Adding λ‖L·x‖² is the same as stacking [A; √λ·L] and [b; 0].
 */
export interface NnlsTikhonov {
  /** λ ≥ 0. */
  lambda: number;
  /** L, matrixRows×columns, column-major. */
  matrix?: ArrayLike<number>;
  /** Rows of L. */
  matrixRows?: number;
  /** P = LᵀL given directly, columns×columns (column-major = row-major: symmetric). */
  penalty?: ArrayLike<number>;
}

/** Options of {@link nnls}. */
export interface NnlsOptions {
  /** Regularisation term added to ‖Ax − b‖². */
  tikhonov?: NnlsTikhonov;
  /** Indices of variables without the x ≥ 0 constraint (e.g. a series inductance). */
  free?: readonly number[];
  /**
   * Relative KKT tolerance: stop when no constrained variable at 0 has a dual
   * w_j > tolerance·max(‖AᵀWb‖∞, max G_jj·‖x‖∞) on the unit-diagonal scaled problem.
   * @default 1e-10
   */
  tolerance?: number;
  /** Maximum passive-set changes. @default 3·columns + 30 */
  maxIterations?: number;
}

/** Result of {@link nnls}. */
export interface NnlsResult {
  /** The solution, x_j ≥ 0 except for free variables. */
  x: Float64Array;
  /**
   * Dual vector w = Aᵀ(b − Ax) − λ·LᵀL·x, minus the gradient of ½(‖Ax − b‖² + λ‖Lx‖²).
   * At the solution w_j ≤ 0 where x_j = 0 and w_j ≈ 0 where x_j > 0 (Karush–Kuhn–Tucker).
   */
  dual: Float64Array;
  /** Indices with x_j > 0 (and the free ones), ascending. */
  passive: number[];
  /** ‖A·x − b‖ (the data term only). */
  residualNorm: number;
  /** ‖A·x − b‖² + λ‖L·x‖². */
  objective: number;
  /** Passive-set changes made. */
  iterations: number;
  /** False when `maxIterations` stopped the method before the KKT test passed. */
  converged: boolean;
}

/**
 * Non-negative least squares min ‖A·x − b‖² (+ λ‖L·x‖²) subject to x ≥ 0, by the Lawson–Hanson
 * active-set method. Converges in finitely many steps to the exact minimiser (unique when A, or
 * [A; √λL], has full column rank).
 *
 * Method: columns are scaled to unit norm; G = AᵀA + λLᵀL and c = Aᵀb are formed once and the
 * active-set iteration runs on them with an incrementally updated Cholesky factor of the passive
 * block (Bro & De Jong's "fast NNLS"); the final passive-set solution gets two steps of iterative
 * refinement with the true residual b − Ax, which recovers the accuracy lost by forming G for
 * moderately ill-conditioned A (κ(A) ≲ 1e7). Cost O(m·n²) to form G plus O(n²) per step.
 *
 * Sources: C. L. Lawson, R. J. Hanson, *Solving Least Squares Problems* (Prentice-Hall 1974),
 * ch. 23; R. Bro, S. De Jong, J. Chemometrics 11 (1997) 393; Å. Björck, *Numerical Methods for
 * Least Squares Problems* (1996) §2.9.3 (refinement of semi-normal equations).
 *
 * @param problem - A (column-major), its size and b (any consistent units)
 * @param options - Tikhonov term, free variables, tolerance, iteration limit
 * @returns x, the dual vector, the passive set, residual norm, objective and convergence
 * @throws LmbError `E_INVALID_ARGUMENT` (bad sizes, λ < 0, bad free index, both `matrix` and
 *   `penalty`), `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`
 * @example
 * // min ‖x − (1, −2)‖² with x ≥ 0 → x = (1, 0)
 * nnls({ a: [1, 0, 0, 1], rows: 2, columns: 2, b: [1, -2] }).x; // Float64Array [1, 0]
 */
export function nnls(problem: NnlsProblem, options: NnlsOptions = {}): NnlsResult {
  const { rows: m, columns: n, b } = problem;
  checkDenseMatrix(problem.a, m, n, "a");
  // One concrete array type keeps the O(m·n²) loops monomorphic.
  const a = problem.a instanceof Float64Array ? problem.a : Float64Array.from(problem.a);
  checkVector(b, m, "b");
  const free = freeMask(options.free, n);
  const tikhonov = checkTikhonov(options.tikhonov, n);
  const { tolerance = 1e-10, maxIterations = 3 * n + 30 } = options;

  // Normal equations of the stacked problem.
  const gram = new Float64Array(n * n);
  const rhs = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k <= j; k++) gram[j * n + k] = columnDot(a, j * m, k * m, m);
    let s = 0;
    for (let i = 0; i < m; i++) s += (a[j * m + i] as number) * (b[i] as number);
    rhs[j] = s;
  }
  const penalty = tikhonov === undefined ? undefined : penaltyMatrix(tikhonov, n);
  const lambda = tikhonov?.lambda ?? 0;
  for (let j = 0; j < n; j++) {
    for (let k = 0; k <= j; k++) {
      const v =
        (gram[j * n + k] as number) + (penalty ? lambda * (penalty[j * n + k] as number) : 0);
      gram[j * n + k] = v;
      gram[k * n + j] = v;
    }
  }
  // Unit-diagonal scaling x = D·y (D_jj = 1/√G_jj); a zero column (and zero penalty) stays at 0.
  const scale = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const d = gram[j * n + j] as number;
    scale[j] = d > 0 ? 1 / Math.sqrt(d) : 0;
  }
  for (let j = 0; j < n; j++) {
    rhs[j] = (rhs[j] as number) * (scale[j] as number);
    for (let k = 0; k < n; k++) {
      gram[j * n + k] = (gram[j * n + k] as number) * (scale[j] as number) * (scale[k] as number);
    }
  }
  const outcome = activeSetSolve(gram, rhs, n, { free, tolerance, maxIterations });
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[j] = (outcome.x[j] as number) * (scale[j] as number);

  // Iterative refinement on the final passive set with the true residual.
  const dual = new Float64Array(n);
  const residual = new Float64Array(m);
  const computeDual = (): void => {
    for (let i = 0; i < m; i++) residual[i] = b[i] as number;
    for (let j = 0; j < n; j++) {
      const xj = x[j] as number;
      if (xj === 0) continue;
      for (let i = 0; i < m; i++)
        residual[i] = (residual[i] as number) - (a[j * m + i] as number) * xj;
    }
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += (a[j * m + i] as number) * (residual[i] as number);
      if (penalty) {
        for (let k = 0; k < n; k++) s -= lambda * (penalty[j * n + k] as number) * (x[k] as number);
      }
      dual[j] = s;
    }
  };
  computeDual();
  const { factor } = outcome;
  if (outcome.converged && factor.size > 0) {
    const k = factor.size;
    const local = new Float64Array(k);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < k; i++) {
        const j = factor.order[i] as number;
        local[i] = (dual[j] as number) * (scale[j] as number);
      }
      const delta = factor.solve(local);
      const trial = Float64Array.from(x);
      let feasible = true;
      for (let i = 0; i < k; i++) {
        const j = factor.order[i] as number;
        const v = (x[j] as number) + (delta[i] as number) * (scale[j] as number);
        if (free[j] === 0 && !(v > 0)) feasible = false;
        trial[j] = v;
      }
      if (!feasible) break;
      x.set(trial);
      computeDual();
    }
  }
  let rss = 0;
  for (let i = 0; i < m; i++) rss += (residual[i] as number) ** 2;
  let penaltyValue = 0;
  if (penalty) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += (penalty[j * n + k] as number) * (x[k] as number);
      penaltyValue += (x[j] as number) * s;
    }
  }
  const passive: number[] = [];
  for (let j = 0; j < n; j++) if ((x[j] as number) > 0 || free[j] === 1) passive.push(j);
  return {
    x,
    dual,
    passive,
    residualNorm: Math.sqrt(rss),
    objective: rss + lambda * penaltyValue,
    iterations: outcome.iterations,
    converged: outcome.converged,
  };
}

function freeMask(free: readonly number[] | undefined, n: number): Uint8Array {
  const mask = new Uint8Array(n);
  for (const j of free ?? []) {
    if (!(Number.isInteger(j) && j >= 0 && j < n)) {
      throw new LmbError(
        "E_INVALID_ARGUMENT",
        `free index ${j} is not a column of A (0…${n - 1})`,
        {
          fix: "list 0-based column indices of the unconstrained variables",
        },
      );
    }
    mask[j] = 1;
  }
  return mask;
}

function checkTikhonov(t: NnlsTikhonov | undefined, n: number): NnlsTikhonov | undefined {
  if (t === undefined) return undefined;
  if (!(t.lambda >= 0 && Number.isFinite(t.lambda))) {
    throw new LmbError("E_INVALID_ARGUMENT", `tikhonov.lambda is ${t.lambda}; it must be ≥ 0`, {
      fix: "pass a finite regularisation parameter λ ≥ 0 (0 switches the term off)",
    });
  }
  if (t.matrix !== undefined && t.penalty !== undefined) {
    throw new LmbError("E_INVALID_ARGUMENT", "tikhonov has both matrix and penalty", {
      fix: "give either L (matrix, matrixRows) or P = LᵀL (penalty), not both",
    });
  }
  if (t.matrix !== undefined)
    checkDenseMatrix(t.matrix, t.matrixRows ?? Number.NaN, n, "tikhonov.matrix");
  if (t.penalty !== undefined) checkDenseMatrix(t.penalty, n, n, "tikhonov.penalty");
  return t;
}

/** P (n×n, column-major, symmetric) of the Tikhonov term: LᵀL, the given penalty, or I. */
function penaltyMatrix(t: NnlsTikhonov, n: number): Float64Array {
  const p = new Float64Array(n * n);
  if (t.penalty !== undefined) {
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) {
        p[j * n + k] = 0.5 * ((t.penalty[j * n + k] as number) + (t.penalty[k * n + j] as number));
      }
    }
  } else if (t.matrix !== undefined) {
    const r = t.matrixRows as number;
    for (let j = 0; j < n; j++) {
      for (let k = 0; k <= j; k++) {
        let s = 0;
        for (let i = 0; i < r; i++)
          s += (t.matrix[j * r + i] as number) * (t.matrix[k * r + i] as number);
        p[j * n + k] = s;
        p[k * n + j] = s;
      }
    }
  } else {
    for (let j = 0; j < n; j++) p[j * n + j] = 1;
  }
  return p;
}

/** Σ_i a[p + i]·a[q + i] for i < m, with two accumulators. */
function columnDot(a: Float64Array, p: number, q: number, m: number): number {
  let s0 = 0;
  let s1 = 0;
  let i = 0;
  for (; i + 1 < m; i += 2) {
    s0 += (a[p + i] as number) * (a[q + i] as number);
    s1 += (a[p + i + 1] as number) * (a[q + i + 1] as number);
  }
  if (i < m) s0 += (a[p + i] as number) * (a[q + i] as number);
  return s0 + s1;
}
