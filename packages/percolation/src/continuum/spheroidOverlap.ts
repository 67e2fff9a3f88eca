/**
 * Overlap test of two equal spheroids (semi-axis a along the unit symmetry axes u and v,
 * semi-axes b across) at centre separation r, by the Perram–Wertheim contact function
 * F(λ) = λ(1 − λ)·rᵀ[(1 − λ)A⁻¹ + λB⁻¹]⁻¹r with A⁻¹ = b²I + (a² − b²)uuᵀ: they overlap iff
 * max over λ ∈ [0, 1] of F is below 1. F is concave in λ, so a golden-section search finds the
 * maximum; distance bounds (< 2·min(a, b): overlap; > 2·max(a, b): apart) skip most pairs.
 *
 * Source: J. W. Perram, M. S. Wertheim, J. Comput. Phys. 58 (1985) 409.
 *
 * @example
 * spheroidsOverlap(1.9, 0, 0, [1, 0, 0], [1, 0, 0], 1, 0.5); // true: needles end to end, 1.9 < 2a
 */
export function spheroidsOverlap(
  rx: number,
  ry: number,
  rz: number,
  u: readonly number[],
  v: readonly number[],
  a: number,
  b: number,
): boolean {
  const d2 = rx * rx + ry * ry + rz * rz;
  const small = 2 * Math.min(a, b);
  const large = 2 * Math.max(a, b);
  if (d2 < small * small) return true;
  if (d2 >= large * large) return false;
  const b2 = b * b;
  const c = a * a - b2;
  const ux = u[0] as number;
  const uy = u[1] as number;
  const uz = u[2] as number;
  const vx = v[0] as number;
  const vy = v[1] as number;
  const vz = v[2] as number;
  const f = (lambda: number): number => {
    const p = (1 - lambda) * c;
    const q = lambda * c;
    // M = b²I + p·uuᵀ + q·vvᵀ (symmetric); solve M·s = r by Cramer's rule.
    const m00 = b2 + p * ux * ux + q * vx * vx;
    const m01 = p * ux * uy + q * vx * vy;
    const m02 = p * ux * uz + q * vx * vz;
    const m11 = b2 + p * uy * uy + q * vy * vy;
    const m12 = p * uy * uz + q * vy * vz;
    const m22 = b2 + p * uz * uz + q * vz * vz;
    const c00 = m11 * m22 - m12 * m12;
    const c01 = m02 * m12 - m01 * m22;
    const c02 = m01 * m12 - m02 * m11;
    const det = m00 * c00 + m01 * c01 + m02 * c02;
    const c11 = m00 * m22 - m02 * m02;
    const c12 = m01 * m02 - m00 * m12;
    const c22 = m00 * m11 - m01 * m01;
    const quad =
      (rx * (c00 * rx + c01 * ry + c02 * rz) +
        ry * (c01 * rx + c11 * ry + c12 * rz) +
        rz * (c02 * rx + c12 * ry + c22 * rz)) /
      det;
    return lambda * (1 - lambda) * quad;
  };
  // golden-section search for the maximum of the concave F on [0, 1]
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = 1;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let k = 0; k < 40; k++) {
    if (f1 >= 1 || f2 >= 1) return false;
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = f(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = f(x1);
    }
    if (hi - lo < 1e-7) break;
  }
  return Math.max(f1, f2) < 1;
}
