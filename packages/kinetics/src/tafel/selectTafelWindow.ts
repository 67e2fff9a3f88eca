import { studentTQuantile } from "@lmb/numerics";

/** Criteria of {@link selectTafelWindow}. */
export interface TafelWindowCriteria {
  /** Branch sign: +1 anodic (log10|j| rises with η), −1 cathodic (rises as η falls). */
  sign: 1 | -1;
  /** Minimum decades of |j| the fitted line must span across the window. */
  minimumDecades: number;
  /** Minimum points in the window (≥ 4). */
  minimumPoints: number;
  /** Candidate window edges: every point up to this many, else this many evenly spaced. @default 200 */
  maximumEdges?: number;
  /** Level of the curvature test that rejects a window. @default 0.95 */
  curvatureLevel?: number;
}

/** The window {@link selectTafelWindow} chose: indices into the sorted branch, inclusive. */
export interface TafelWindowChoice {
  start: number;
  end: number;
  rSquared: number;
  /** Decades of |j| spanned by the fitted line, |s|·|η_end − η_start|. */
  decades: number;
}

/** Curvature below this RMS, in decades of |j| (0.23 % of j), is ignored. */
const MATERIAL_CURVATURE = 1e-3;

/** Window sums of x^k (k ≤ 4), y, x·y, x²·y, y² of centred data, from prefix sums. */
class PrefixSums {
  readonly sums: Float64Array[];
  constructor(x: Float64Array, y: Float64Array) {
    const n = x.length;
    this.sums = Array.from({ length: 8 }, () => new Float64Array(n + 1));
    const s = this.sums;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const yi = y[i] as number;
      const x2 = xi * xi;
      const terms = [xi, x2, x2 * xi, x2 * x2, yi, xi * yi, x2 * yi, yi * yi];
      for (let k = 0; k < 8; k++)
        (s[k] as Float64Array)[i + 1] =
          ((s[k] as Float64Array)[i] as number) + (terms[k] as number);
    }
  }
  /** Σ over [start, end] of term k (0: x, 1: x², 2: x³, 3: x⁴, 4: y, 5: xy, 6: x²y, 7: y²). */
  window(k: number, start: number, end: number): number {
    const s = this.sums[k] as Float64Array;
    return (s[end + 1] as number) - (s[start] as number);
  }
}

/**
 * Automatic Tafel window. Candidates are windows [start, end] of a branch (points sorted by |η|
 * ascending) with at least `minimumPoints` points, a fitted slope of the branch's sign, a
 * fitted line spanning at least `minimumDecades` of |j|, and **no significant curvature**: a
 * quadratic term added to log10|j| = a + s·η must not reduce the residual sum of squares
 * significantly (F-test at `curvatureLevel`) and materially (by more than 0.001 decade RMS,
 * so exact data are not held to rounding error), so windows reaching into the curved
 * Butler–Volmer region near η = 0 or into a mass-transport bend are refused. Among them the
 * window with the highest R² of the straight line wins (ties: more points). Window edges are
 * every point, or `maximumEdges` evenly spaced points for long branches; each window costs
 * O(1) from prefix sums, so a 10 000-point branch takes ~20 000 window evaluations.
 *
 * @param eta - η of the branch, V, sorted by |η| ascending
 * @param log10j - log10|j| at the same points
 * @param criteria - sign, minimum decades and points
 * @returns the best window, or undefined when no window meets the criteria
 * @example
 * const w = selectTafelWindow(eta, logj, { sign: 1, minimumDecades: 1, minimumPoints: 5 });
 */
export function selectTafelWindow(
  eta: Float64Array,
  log10j: Float64Array,
  criteria: TafelWindowCriteria,
): TafelWindowChoice | undefined {
  const n = eta.length;
  const { sign, minimumDecades, maximumEdges = 200, curvatureLevel = 0.95 } = criteria;
  const minimumPoints = Math.max(4, criteria.minimumPoints);
  if (n < minimumPoints) return undefined;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += eta[i] as number;
    my += log10j[i] as number;
  }
  mx /= n;
  my /= n;
  const sums = new PrefixSums(
    eta.map((v) => v - mx),
    log10j.map((v) => v - my),
  );
  const fCritical = new Float64Array(n + 1); // F(1, n − 3) critical values, filled lazily
  const edgeCount = Math.min(n, maximumEdges);
  const edges = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    edges[e] = edgeCount === n ? e : Math.round((e * (n - 1)) / (edgeCount - 1));
  }
  let best: (TafelWindowChoice & { count: number }) | undefined;
  for (let a = 0; a < edgeCount; a++) {
    const start = edges[a] as number;
    for (let b = a + 1; b < edgeCount; b++) {
      const end = edges[b] as number;
      const count = end - start + 1;
      if (count < minimumPoints) continue;
      const w = (k: number) => sums.window(k, start, end);
      const sx = w(0);
      const sx2 = w(1);
      const sy = w(4);
      const cxx = sx2 - (sx * sx) / count;
      const cxy = w(5) - (sx * sy) / count;
      const cyy = w(7) - (sy * sy) / count;
      if (!(cxx > 0 && cyy > 0)) continue;
      const slope = cxy / cxx;
      if (slope * sign <= 0) continue;
      const decades = Math.abs(slope * ((eta[end] as number) - (eta[start] as number)));
      if (decades < minimumDecades) continue;
      const rSquared = (cxy * cxy) / (cxx * cyy);
      // R² equal to rounding (exact data) counts as a tie, which the wider window wins
      const tie = best !== undefined && Math.abs(rSquared - best.rSquared) <= 1e-12;
      if (best !== undefined && (tie ? count <= best.count : rSquared < best.rSquared)) continue;
      // curvature: residual sum of squares of the line against that of a parabola
      const cxz = w(2) - (sx * sx2) / count;
      const czz = w(3) - (sx2 * sx2) / count;
      const czy = w(6) - (sx2 * sy) / count;
      const det = cxx * czz - cxz * cxz;
      const sseLine = Math.max(0, cyy - cxy * slope);
      if (det > 1e-12 * cxx * czz) {
        const explained = (czz * cxy * cxy - 2 * cxz * cxy * czy + cxx * czy * czy) / det;
        const sseParabola = Math.max(0, cyy - explained);
        const reduction = sseLine - sseParabola;
        // significant (F-test) and material (> 0.001 decade RMS; exact data are never noise-free)
        if (reduction > count * MATERIAL_CURVATURE ** 2) {
          let critical = fCritical[count] as number;
          if (critical === 0) {
            critical = studentTQuantile(0.5 + curvatureLevel / 2, count - 3) ** 2;
            fCritical[count] = critical;
          }
          if (reduction * (count - 3) > critical * sseParabola) continue;
        }
      }
      best = { start, end, rSquared, decades, count };
    }
  }
  if (best === undefined) return undefined;
  const { count: _count, ...choice } = best;
  return choice;
}
