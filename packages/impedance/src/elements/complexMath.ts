/**
 * Scalar complex helpers for the element formulas. Each writes its result into `out[0]` (real
 * part) and `out[1]` (imaginary part) so the hot loops allocate nothing.
 *
 * The hyperbolic functions use e^(−2u) forms (valid for Re u ≥ 0), which stay finite where the
 * textbook cosh/sinh quotients overflow (Re u ≳ 355; research/eis.md §1.3), and e^(−2u) − 1 is
 * formed with `expm1` so that they also stay accurate for small |u|.
 *
 * @packageDocumentation
 */

/**
 * Principal square root of x + jy (branch cut on the negative real axis, Re ≥ 0), without
 * cancellation for either sign of x.
 *
 * @example
 * const out = new Float64Array(2);
 * complexSqrt(0, 2, out); // out = [1, 1]
 */
export function complexSqrt(x: number, y: number, out: Float64Array): void {
  if (x === 0 && y === 0) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  const r = Math.hypot(x, y);
  if (x >= 0) {
    const t = Math.sqrt((r + x) / 2);
    out[0] = t;
    out[1] = y / (2 * t);
  } else {
    const t = Math.sqrt((r - x) / 2);
    out[0] = Math.abs(y) / (2 * t);
    out[1] = y < 0 ? -t : t;
  }
}

/**
 * Hyperbolic functions of u = a + jb (a ≥ 0) from q = e^(−2u): writes
 * `out = [Re t, Im t, Re s, Im s]` where, for `kind` = "tanh", t = tanh u = (1 − q)/(1 + q) and
 * s = sech² u = 4q/(1 + q)²; for `kind` = "coth", t = coth u = (1 + q)/(1 − q) and
 * s = csch² u = 4q/(1 − q)².
 *
 * Three regimes keep it finite and accurate: a > 19 (|q| < 3e-17) returns t = 1, s = 0 (exact to
 * double precision relative to 1); 0.5 ≤ a ≤ 19 forms 1 ∓ q directly; a < 0.5 forms 1 − q as
 * −expm1(−2u) so that coth and csch² keep full precision as |u| → 0.
 *
 * @example
 * const out = new Float64Array(4);
 * hyperbolic(1000, 1000, "coth", out); // [1, 0, 0, 0] (no overflow)
 */
export function hyperbolic(a: number, b: number, kind: "tanh" | "coth", out: Float64Array): void {
  if (a > 19) {
    out[0] = 1;
    out[1] = 0;
    out[2] = 0;
    out[3] = 0;
    return;
  }
  const ea = Math.exp(-2 * a);
  const c = Math.cos(2 * b);
  const s = Math.sin(2 * b);
  const qr = ea * c;
  const qi = -ea * s;
  // 1 − q and 1 + q.
  let omr: number;
  if (a >= 0.5) omr = 1 - qr;
  else {
    const sinB = Math.sin(b);
    omr = -(Math.expm1(-2 * a) * c - 2 * sinB * sinB);
  }
  const omi = -qi;
  const opr = 1 + qr;
  const opi = qi;
  let nr: number;
  let ni: number;
  let dr: number;
  let di: number;
  if (kind === "tanh") {
    nr = omr;
    ni = omi;
    dr = opr;
    di = opi;
  } else {
    nr = opr;
    ni = opi;
    dr = omr;
    di = omi;
  }
  const dd = dr * dr + di * di;
  out[0] = (nr * dr + ni * di) / dd;
  out[1] = (ni * dr - nr * di) / dd;
  // s = 4q/d².
  const d2r = dr * dr - di * di;
  const d2i = 2 * dr * di;
  const d2 = d2r * d2r + d2i * d2i;
  out[2] = (4 * (qr * d2r + qi * d2i)) / d2;
  out[3] = (4 * (qi * d2r - qr * d2i)) / d2;
}
