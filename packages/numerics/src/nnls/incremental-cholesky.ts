/**
 * Cholesky factor G_PP = RᵀR of the principal submatrix of a symmetric matrix G on an ordered
 * index set P that grows and shrinks one index at a time, as an active-set method needs: appending
 * an index costs O(k²) (one triangular solve), removing one costs O(k²) (Givens rotations restore
 * the triangle), instead of O(k³) for refactoring.
 *
 * R is upper triangular, stored column-major with leading dimension `capacity`.
 * Source: Golub & Van Loan, *Matrix Computations*, 4th ed. (2013), §6.5.2 (updating a Cholesky
 * factor) and §5.1.8 (Givens rotations).
 *
 * @example
 * const chol = new IncrementalCholesky(gram, n);
 * chol.append(2); chol.append(5);
 * const z = chol.solve(Float64Array.of(c[2], c[5])); // G_PP z = c_P
 */
export class IncrementalCholesky {
  /** Indices of G in factor order. */
  readonly order: number[] = [];
  private readonly r: Float64Array;
  private readonly work: Float64Array;

  /**
   * @param gram - symmetric n×n matrix G, column-major (only read)
   * @param n - order of G (the capacity of the factor)
   * @param pivotTolerance - reject an index whose new pivot² ≤ pivotTolerance·G_jj (a column
   *   numerically dependent on the others) @default 1e-13
   */
  constructor(
    private readonly gram: Float64Array,
    private readonly n: number,
    private readonly pivotTolerance = 1e-13,
  ) {
    this.r = new Float64Array(n * n);
    this.work = new Float64Array(n);
  }

  /** Number of indices in the factor. */
  get size(): number {
    return this.order.length;
  }

  /**
   * Appends index j to P (O(k²)). Returns false, leaving the factor unchanged, when G_PP would
   * not be numerically positive definite with j added.
   */
  append(j: number): boolean {
    const { gram, n, r, order } = this;
    const k = order.length;
    const d = gram[j * n + j] as number;
    if (!(d > 0)) return false;
    // Solve Rᵀ·y = G[P, j] by forward substitution into column k of R.
    let sum = 0;
    for (let i = 0; i < k; i++) {
      let s = gram[j * n + (order[i] as number)] as number;
      for (let l = 0; l < i; l++) s -= (r[i * n + l] as number) * (r[k * n + l] as number);
      const y = s / (r[i * n + i] as number);
      r[k * n + i] = y;
      sum += y * y;
    }
    const pivot = d - sum;
    if (!(pivot > this.pivotTolerance * d)) return false;
    r[k * n + k] = Math.sqrt(pivot);
    order.push(j);
    return true;
  }

  /** Removes the index at position q of {@link order} (O(k²) Givens re-triangularisation). */
  removeAt(q: number): void {
    const { n, r, order } = this;
    const k = order.length;
    // Shift columns q+1..k−1 one to the left: the result is upper Hessenberg from column q on.
    for (let col = q; col < k - 1; col++) {
      for (let i = 0; i <= col + 1; i++) r[col * n + i] = r[(col + 1) * n + i] as number;
    }
    for (let j = q; j < k - 1; j++) {
      const a = r[j * n + j] as number;
      const b = r[j * n + j + 1] as number;
      const h = Math.hypot(a, b);
      if (h === 0) continue;
      const c = a / h;
      const s = b / h;
      r[j * n + j] = h;
      r[j * n + j + 1] = 0;
      for (let col = j + 1; col < k - 1; col++) {
        const t1 = r[col * n + j] as number;
        const t2 = r[col * n + j + 1] as number;
        r[col * n + j] = c * t1 + s * t2;
        r[col * n + j + 1] = c * t2 - s * t1;
      }
    }
    order.splice(q, 1);
  }

  /**
   * Solves G_PP·z = rhs (rhs in factor order, length {@link size}) by two triangular solves.
   * Writes into `out` (allocated when absent) and returns it.
   */
  solve(rhs: ArrayLike<number>, out?: Float64Array): Float64Array {
    const { n, r, work } = this;
    const k = this.order.length;
    const z = out ?? new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = rhs[i] as number;
      for (let l = 0; l < i; l++) s -= (r[i * n + l] as number) * (work[l] as number);
      work[i] = s / (r[i * n + i] as number);
    }
    for (let i = k - 1; i >= 0; i--) {
      let s = work[i] as number;
      for (let l = i + 1; l < k; l++) s -= (r[l * n + i] as number) * (z[l] as number);
      z[i] = s / (r[i * n + i] as number);
    }
    return z;
  }
}
