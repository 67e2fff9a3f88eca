/**
 * Overlap test of two equal spheroids (semi-axis a along the unit symmetry axes u and v,
 * semi-axes b across) at centre separation r, by the Perram–Wertheim contact function
 * F(λ) = λ(1 − λ)·rᵀ[(1 − λ)A⁻¹ + λB⁻¹]⁻¹r with A⁻¹ = b²I + (a² − b²)uuᵀ: they overlap iff
 * max over λ ∈ [0, 1] of F is below 1. F is concave in λ, so a golden-section search finds the
 * maximum. Exact bounds skip most pairs first: centre distance < 2·min(a, b) (overlap), ≥
 * 2·max(a, b) (apart); a prolate spheroid lies inside the capsule of radius b around its axis
 * segment of half-length a − b (apart when the two segments are ≥ 2b apart); an oblate one
 * lies inside the slab |(x − c)·u| ≤ a and the ball of radius b (apart when |r·u| or
 * |r·v| ≥ a + b).
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
  if (a > b) {
    if (segmentDistanceSquared(rx, ry, rz, ux, uy, uz, vx, vy, vz, a - b) >= 4 * b2) return false;
  } else {
    const reach = a + b;
    if (Math.abs(rx * ux + ry * uy + rz * uz) >= reach) return false;
    if (Math.abs(rx * vx + ry * vy + rz * vz) >= reach) return false;
  }
  // Golden-section search for the maximum of the concave F on [0, 1] (F(0) = F(1) = 0). Any
  // F ≥ 1 proves the particles apart; a concave F lies below the extensions of its chords, so
  // max F ≤ max(f₂ + (f₂ − f₃)(x₂ − x₁)/(x₃ − x₂), f₂ + (f₂ − f₁)(x₃ − x₂)/(x₂ − x₁)) around
  // the best point x₂ of a bracket x₁ < x₂ < x₃; that bound below 1 proves them overlapping.
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = 1;
  let flo = 0;
  let fhi = 0;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = contact(x1, rx, ry, rz, ux, uy, uz, vx, vy, vz, b2, c);
  let f2 = contact(x2, rx, ry, rz, ux, uy, uz, vx, vy, vz, b2, c);
  for (let k = 0; k < 60; k++) {
    if (f1 >= 1 || f2 >= 1) return false;
    let bound: number;
    if (f1 >= f2) {
      bound = Math.max(
        f1 + ((f1 - f2) * (x1 - lo)) / (x2 - x1),
        f1 + ((f1 - flo) * (x2 - x1)) / (x1 - lo),
      );
    } else {
      bound = Math.max(
        f2 + ((f2 - f1) * (hi - x2)) / (x2 - x1),
        f2 + ((f2 - fhi) * (x2 - x1)) / (hi - x2),
      );
    }
    if (bound < 1) return true;
    if (hi - lo < 1e-12) break;
    if (f1 < f2) {
      lo = x1;
      flo = f1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = contact(x2, rx, ry, rz, ux, uy, uz, vx, vy, vz, b2, c);
    } else {
      hi = x2;
      fhi = f2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = contact(x1, rx, ry, rz, ux, uy, uz, vx, vy, vz, b2, c);
    }
  }
  return Math.max(f1, f2) < 1;
}

/**
 * Squared distance between the segments s·u (|s| ≤ h) and r + t·v (|t| ≤ h), u and v unit
 * vectors: minimise |r + t·v − s·u|² over the square, clamping one parameter at a time.
 */
function segmentDistanceSquared(
  rx: number,
  ry: number,
  rz: number,
  ux: number,
  uy: number,
  uz: number,
  vx: number,
  vy: number,
  vz: number,
  h: number,
): number {
  const b = ux * vx + uy * vy + uz * vz;
  const c = rx * ux + ry * uy + rz * uz; // r·u
  const f = rx * vx + ry * vy + rz * vz; // r·v
  const denom = 1 - b * b;
  // unconstrained minimum of |r + t v − s u|²: s − b t = c, b s − t = f; then clamp one
  // parameter at a time (each step minimises exactly over one, so the box minimum is reached)
  let s = denom > 1e-12 ? (c - b * f) / denom : 0;
  s = Math.max(-h, Math.min(s, h));
  let t = b * s - f;
  t = Math.max(-h, Math.min(t, h));
  s = c + b * t;
  s = Math.max(-h, Math.min(s, h));
  t = b * s - f;
  t = Math.max(-h, Math.min(t, h));
  const dx = rx + t * vx - s * ux;
  const dy = ry + t * vy - s * uy;
  const dz = rz + t * vz - s * uz;
  return dx * dx + dy * dy + dz * dz;
}

/** Perram–Wertheim F(λ) = λ(1 − λ)·rᵀ[b²I + (1 − λ)c·uuᵀ + λc·vvᵀ]⁻¹r, c = a² − b². */
function contact(
  lambda: number,
  rx: number,
  ry: number,
  rz: number,
  ux: number,
  uy: number,
  uz: number,
  vx: number,
  vy: number,
  vz: number,
  b2: number,
  c: number,
): number {
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
}
