import { LmbError } from "@lmb/errors";
import { checkDenseMatrix, checkVector } from "./check-matrix.js";
import { symmetricEigen } from "./symmetric-eigen.js";

/** A Tikhonov problem min ‖A·x − b‖² + λ·xᵀPx, for every λ > 0 at once. */
export interface TikhonovProblem {
  /** A, rows×columns, column-major. */
  a: ArrayLike<number>;
  rows: number;
  columns: number;
  /** b (rows values). */
  b: ArrayLike<number>;
  /**
   * P, columns×columns, symmetric positive semidefinite, column-major (e.g. a derivative Gram
   * matrix). Variables whose row and column of P are all zero are not penalised (e.g. a series
   * resistance); P restricted to the others must be positive definite.
   */
  penalty: ArrayLike<number>;
}

/** The unconstrained Tikhonov solutions x(λ) and their statistics, cheap for any λ. */
export interface TikhonovFamily {
  readonly rows: number;
  readonly columns: number;
  /** Generalised eigenvalues σ_i of (ÃᵀÃ, P) on the penalised variables (ascending). */
  readonly generalizedEigenvalues: Float64Array;
  /** x(λ) = argmin ‖Ax − b‖² + λxᵀPx. O(n²). */
  solve(lambda: number): Float64Array;
  /** ‖A·x(λ) − b‖. O(m·n). */
  residualNorm(lambda: number): number;
  /** tr K(λ), K = A(AᵀA + λP)⁻¹Aᵀ: the effective number of parameters. O(n). */
  influenceTrace(lambda: number): number;
  /** GCV(λ) = m·‖(I − K)b‖² / tr(I − K)² (Wahba 1977; Golub, Heath & Wahba 1979). */
  gcv(lambda: number): number;
}

/**
 * Prepares min ‖A·x − b‖² + λ·xᵀPx for fast evaluation at many λ (for choosing λ by generalised
 * cross-validation or the L-curve). Unpenalised variables are eliminated by projecting A and b
 * onto the orthogonal complement of their columns (Eldén 1977); for the rest, with P = LLᵀ
 * (Cholesky) and L⁻¹ÃᵀÃL⁻ᵀ = UΣUᵀ (symmetric eigen-decomposition), W = L⁻ᵀU diagonalises both
 * terms, so x(λ) = W(Σ + λI)⁻¹Wᵀc and tr K(λ) = k + Σσ_i/(σ_i + λ). Setup O(m·n² + 10n³).
 *
 * Sources: L. Eldén, BIT 17 (1977) 134 (standard form); P. C. Hansen, *Rank-Deficient and
 * Discrete Ill-Posed Problems* (SIAM 1998) §2.1, §7.4 (GCV); G. Wahba, SIAM J. Numer. Anal. 14
 * (1977) 651.
 *
 * @param problem - A, b and the penalty P
 * @returns an object evaluating x(λ), ‖r(λ)‖, tr K(λ) and GCV(λ)
 * @throws LmbError `E_INVALID_ARGUMENT`, `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`, `E_SINGULAR`
 *   (unpenalised columns linearly dependent, or P not positive definite on the penalised ones)
 * @example
 * const family = createTikhonovFamily({ a, rows, columns, b, penalty });
 * const x = family.solve(1e-3);
 */
export function createTikhonovFamily(problem: TikhonovProblem): TikhonovFamily {
  const { a, rows: m, columns: n, b, penalty } = problem;
  checkDenseMatrix(a, m, n, "a");
  checkVector(b, m, "b");
  checkDenseMatrix(penalty, n, n, "penalty");

  const unpenalised: number[] = [];
  const penalised: number[] = [];
  for (let j = 0; j < n; j++) {
    let zero = true;
    for (let k = 0; k < n && zero; k++) {
      if ((penalty[j * n + k] as number) !== 0 || (penalty[k * n + j] as number) !== 0)
        zero = false;
    }
    (zero ? unpenalised : penalised).push(j);
  }
  const ku = unpenalised.length;
  const q = penalised.length;

  // Orthonormal basis Qu of the unpenalised columns (Gram–Schmidt, twice) and Ru = QuᵀAu.
  const qu = new Float64Array(m * ku);
  const ru = new Float64Array(ku * ku);
  unpenalised.forEach((col, k) => {
    const v = qu.subarray(k * m, (k + 1) * m);
    for (let i = 0; i < m; i++) v[i] = a[col * m + i] as number;
    let original = 0;
    for (let i = 0; i < m; i++) original += (v[i] as number) ** 2;
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < k; l++) {
        let s = 0;
        for (let i = 0; i < m; i++) s += (qu[l * m + i] as number) * (v[i] as number);
        ru[k * ku + l] = (ru[k * ku + l] as number) + s;
        for (let i = 0; i < m; i++) v[i] = (v[i] as number) - s * (qu[l * m + i] as number);
      }
    }
    let norm = 0;
    for (let i = 0; i < m; i++) norm += (v[i] as number) ** 2;
    norm = Math.sqrt(norm);
    if (!(norm > 1e-10 * Math.sqrt(original))) {
      throw new LmbError(
        "E_SINGULAR",
        `unpenalised column ${col} is linearly dependent on the other unpenalised columns`,
        { fix: "drop the redundant unpenalised variable or give it a penalty" },
      );
    }
    ru[k * ku + k] = norm;
    for (let i = 0; i < m; i++) v[i] = (v[i] as number) / norm;
  });
  const project = (v: Float64Array): void => {
    for (let l = 0; l < ku; l++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += (qu[l * m + i] as number) * (v[i] as number);
      for (let i = 0; i < m; i++) v[i] = (v[i] as number) - s * (qu[l * m + i] as number);
    }
  };
  // Ã = (I − QuQuᵀ)A_Q, b̃ = (I − QuQuᵀ)b.
  const at = new Float64Array(m * q);
  penalised.forEach((col, k) => {
    const v = at.subarray(k * m, (k + 1) * m);
    for (let i = 0; i < m; i++) v[i] = a[col * m + i] as number;
    project(v);
  });
  const bt = Float64Array.from(b);
  project(bt);

  // Cholesky P_QQ = L·Lᵀ (L lower, row-major l[i·q + j]).
  const l = choleskyOfPenalty(penalty, n, penalised);
  // C = L⁻¹·G·L⁻ᵀ with G = ÃᵀÃ: X = L⁻¹Ãᵀ (q×m, row r = forward substitution), C = X·Xᵀ.
  const x = new Float64Array(q * m);
  for (let r = 0; r < q; r++) {
    const row = x.subarray(r * m, (r + 1) * m);
    row.set(at.subarray(r * m, (r + 1) * m));
    for (let c = 0; c < r; c++) {
      const lrc = l[r * q + c] as number;
      if (lrc === 0) continue;
      const prev = c * m;
      for (let i = 0; i < m; i++) row[i] = (row[i] as number) - lrc * (x[prev + i] as number);
    }
    const inv = 1 / (l[r * q + r] as number);
    for (let i = 0; i < m; i++) row[i] = (row[i] as number) * inv;
  }
  const cMatrix = new Float64Array(q * q);
  for (let r = 0; r < q; r++) {
    for (let c = 0; c <= r; c++) {
      const s = dot(x, r * m, x, c * m, m);
      cMatrix[r * q + c] = s;
      cMatrix[c * q + r] = s;
    }
  }
  const eig =
    q > 0
      ? symmetricEigen(cMatrix, q)
      : { values: new Float64Array(0), vectors: new Float64Array(0) };
  const sigma = eig.values;
  for (let i = 0; i < q; i++) if ((sigma[i] as number) < 0) sigma[i] = 0;
  // W = L⁻ᵀ·U (back substitution per column), d = Wᵀ·Ãᵀb̃ = (ÃW)ᵀb̃, B = Ã·W.
  const lt = new Float64Array(q * q); // Lᵀ, row-major, for contiguous back substitution
  for (let r = 0; r < q; r++) for (let c = 0; c <= r; c++) lt[c * q + r] = l[r * q + c] as number;
  const w = new Float64Array(q * q);
  for (let k = 0; k < q; k++) {
    for (let r = q - 1; r >= 0; r--) {
      let s = eig.vectors[k * q + r] as number;
      for (let c = r + 1; c < q; c++) s -= (lt[r * q + c] as number) * (w[k * q + c] as number);
      w[k * q + r] = s / (lt[r * q + r] as number);
    }
  }
  // d = Wᵀ·(Ãᵀb̃).
  const atb = new Float64Array(q);
  for (let r = 0; r < q; r++) atb[r] = dot(at, r * m, bt, 0, m);
  const d = new Float64Array(q);
  for (let k = 0; k < q; k++) d[k] = dot(w, k * q, atb, 0, q);

  /** x_Q(λ) = W·(Σ + λI)⁻¹·d. */
  const penalisedSolution = (lambda: number): Float64Array => {
    const xq = new Float64Array(q);
    for (let k = 0; k < q; k++) {
      const yk = (d[k] as number) / ((sigma[k] as number) + lambda);
      if (yk === 0) continue;
      const off = k * q;
      for (let r = 0; r < q; r++) xq[r] = (xq[r] as number) + (w[off + r] as number) * yk;
    }
    return xq;
  };
  const residualNorm = (lambda: number): number => {
    const xq = penalisedSolution(lambda);
    const r = Float64Array.from(bt);
    for (let k = 0; k < q; k++) {
      const v = xq[k] as number;
      if (v === 0) continue;
      const off = k * m;
      for (let i = 0; i < m; i++) r[i] = (r[i] as number) - (at[off + i] as number) * v;
    }
    return Math.sqrt(dot(r, 0, r, 0, m));
  };
  const influenceTrace = (lambda: number): number => {
    let t = ku;
    for (let k = 0; k < q; k++) t += (sigma[k] as number) / ((sigma[k] as number) + lambda);
    return t;
  };
  return {
    rows: m,
    columns: n,
    generalizedEigenvalues: sigma,
    solve(lambda: number): Float64Array {
      checkLambda(lambda);
      const xq = penalisedSolution(lambda);
      const out = new Float64Array(n);
      penalised.forEach((col, r) => {
        out[col] = xq[r] as number;
      });
      if (ku > 0) {
        // x_U = Ru⁻¹·Quᵀ(b − A_Q·x_Q).
        const rest = Float64Array.from(b);
        penalised.forEach((col, r) => {
          const v = xq[r] as number;
          for (let i = 0; i < m; i++)
            rest[i] = (rest[i] as number) - (a[col * m + i] as number) * v;
        });
        const t = new Float64Array(ku);
        for (let k = 0; k < ku; k++) {
          let s = 0;
          for (let i = 0; i < m; i++) s += (qu[k * m + i] as number) * (rest[i] as number);
          t[k] = s;
        }
        for (let k = ku - 1; k >= 0; k--) {
          let s = t[k] as number;
          for (let c = k + 1; c < ku; c++)
            s -= (ru[c * ku + k] as number) * (out[unpenalised[c] as number] as number);
          out[unpenalised[k] as number] = s / (ru[k * ku + k] as number);
        }
      }
      return out;
    },
    residualNorm(lambda: number): number {
      checkLambda(lambda);
      return residualNorm(lambda);
    },
    influenceTrace(lambda: number): number {
      checkLambda(lambda);
      return influenceTrace(lambda);
    },
    gcv(lambda: number): number {
      checkLambda(lambda);
      const r = residualNorm(lambda);
      const dof = m - influenceTrace(lambda);
      return (m * r * r) / (dof * dof);
    },
  };
}

function checkLambda(lambda: number): void {
  if (!(lambda > 0 && Number.isFinite(lambda))) {
    throw new LmbError("E_INVALID_ARGUMENT", `λ is ${lambda}; it must be a finite number > 0`, {
      fix: "pass a regularisation parameter λ > 0",
    });
  }
}

/** Cholesky factor (lower, row-major) of P restricted to `index`, with a tiny ridge if needed. */
function choleskyOfPenalty(
  penalty: ArrayLike<number>,
  n: number,
  index: readonly number[],
): Float64Array {
  const q = index.length;
  let maxDiag = 0;
  for (const j of index) maxDiag = Math.max(maxDiag, penalty[j * n + j] as number);
  for (const ridge of [0, 1e-12, 1e-10, 1e-8]) {
    const l = new Float64Array(q * q);
    let ok = true;
    for (let r = 0; r < q && ok; r++) {
      for (let c = 0; c <= r; c++) {
        const pr = index[r] as number;
        const pc = index[c] as number;
        let s = 0.5 * ((penalty[pr * n + pc] as number) + (penalty[pc * n + pr] as number));
        if (r === c) s += ridge * maxDiag;
        for (let k = 0; k < c; k++) s -= (l[r * q + k] as number) * (l[c * q + k] as number);
        if (r === c) {
          if (!(s > 0)) {
            ok = false;
            break;
          }
          l[r * q + r] = Math.sqrt(s);
        } else {
          l[r * q + c] = s / (l[c * q + c] as number);
        }
      }
    }
    if (ok) return l;
  }
  throw new LmbError(
    "E_SINGULAR",
    "the penalty matrix is not positive definite on the penalised variables",
    { fix: "use a penalty whose restriction to the penalised variables is positive definite" },
  );
}

/** Σ a[ia + i]·b[ib + i] for i < length, with two accumulators. */
function dot(a: Float64Array, ia: number, b: Float64Array, ib: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    s0 += (a[ia + i] as number) * (b[ib + i] as number);
    s1 += (a[ia + i + 1] as number) * (b[ib + i + 1] as number);
  }
  if (i < length) s0 += (a[ia + i] as number) * (b[ib + i] as number);
  return s0 + s1;
}
