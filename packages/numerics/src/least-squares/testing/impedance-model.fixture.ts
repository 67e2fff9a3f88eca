/**
 * Test and bench fixture (not part of the published API): a 7-parameter impedance model
 * Z(ω) = R0 + R1/(1 + (jωτ1)^a1) + R2/(1 + (jωτ2)^a2) — two ZARC (R‖CPE) elements in series with a
 * resistance — with its analytic Jacobian, and synthetic spectra. Units: Ω, s, rad s⁻¹.
 * Parameter order: R0, R1, tau1, a1, R2, tau2, a2.
 */
import type { ParameterSpec } from "../types.js";
import { seededNormal } from "./seeded-noise.fixture.js";

/** Writes Re Z and Im Z at angular frequencies ω. */
export function zarcZarcModel(
  p: Float64Array,
  w: Float64Array,
  re: Float64Array,
  im: Float64Array,
): void {
  const r0 = p[0] as number;
  for (let i = 0; i < w.length; i++) {
    let zr = r0;
    let zi = 0;
    for (let k = 0; k < 2; k++) {
      const r = p[1 + 3 * k] as number;
      const tau = p[2 + 3 * k] as number;
      const a = p[3 + 3 * k] as number;
      const m = ((w[i] as number) * tau) ** a;
      const ur = 1 + m * Math.cos((a * Math.PI) / 2);
      const ui = m * Math.sin((a * Math.PI) / 2);
      const d = ur * ur + ui * ui;
      zr += (r * ur) / d;
      zi -= (r * ui) / d;
    }
    re[i] = zr;
    im[i] = zi;
  }
}

/** ∂Re Z/∂p and ∂Im Z/∂p, row-major N × 7. */
export function zarcZarcJacobian(
  p: Float64Array,
  w: Float64Array,
  jre: Float64Array,
  jim: Float64Array,
): void {
  for (let i = 0; i < w.length; i++) {
    const row = i * 7;
    jre[row] = 1;
    jim[row] = 0;
    for (let k = 0; k < 2; k++) {
      const r = p[1 + 3 * k] as number;
      const tau = p[2 + 3 * k] as number;
      const a = p[3 + 3 * k] as number;
      const wt = (w[i] as number) * tau;
      const m = wt ** a;
      const c = Math.cos((a * Math.PI) / 2);
      const s = Math.sin((a * Math.PI) / 2);
      const vr = m * c; // v = (jωτ)^a
      const vi = m * s;
      const ur = 1 + vr;
      const ui = vi;
      const d = ur * ur + ui * ui;
      // 1/(1+v)
      const gr = ur / d;
      const gi = -ui / d;
      // −R/(1+v)² = −R·g²
      const hr = -r * (gr * gr - gi * gi);
      const hi = -r * 2 * gr * gi;
      // dv/dτ = a·v/τ; dv/da = v·(ln ωτ + jπ/2)
      const dtr = (a * vr) / tau;
      const dti = (a * vi) / tau;
      const ln = Math.log(wt);
      const dar = vr * ln - (vi * Math.PI) / 2;
      const dai = vi * ln + (vr * Math.PI) / 2;
      const col = row + 1 + 3 * k;
      jre[col] = gr;
      jim[col] = gi;
      jre[col + 1] = hr * dtr - hi * dti;
      jim[col + 1] = hr * dti + hi * dtr;
      jre[col + 2] = hr * dar - hi * dai;
      jim[col + 2] = hr * dai + hi * dar;
    }
  }
}

/** True values used for synthetic spectra. */
export const zarcZarcTruth = Float64Array.of(10, 50, 1e-3, 0.85, 120, 0.5, 0.75);

/** Parameters with starting values about 30–60 % off the truth and physical bounds. */
export const zarcZarcParameters: ParameterSpec[] = [
  { name: "R0", initial: 5, min: 0 },
  { name: "R1", initial: 30, min: 0 },
  { name: "tau1", initial: 3e-3, min: 1e-9 },
  { name: "a1", initial: 0.7, min: 0.3, max: 1 },
  { name: "R2", initial: 200, min: 0 },
  { name: "tau2", initial: 0.2, min: 1e-9 },
  { name: "a2", initial: 0.9, min: 0.3, max: 1 },
];

/**
 * A synthetic spectrum: `points` log-spaced frequencies from 1e5 down to 1e-2 Hz, the truth plus
 * proportional noise of relative size `noise` on each part.
 */
export function zarcZarcSpectrum(
  points: number,
  noise: number,
  seed = 1,
): { w: Float64Array; re: Float64Array; im: Float64Array } {
  const w = Float64Array.from(
    { length: points },
    (_, i) => 2 * Math.PI * 10 ** (5 - (7 * i) / (points - 1)),
  );
  const re = new Float64Array(points);
  const im = new Float64Array(points);
  zarcZarcModel(zarcZarcTruth, w, re, im);
  const normal = seededNormal(seed);
  for (let i = 0; i < points; i++) {
    const mod = Math.hypot(re[i] as number, im[i] as number);
    re[i] = (re[i] as number) + noise * mod * normal();
    im[i] = (im[i] as number) + noise * mod * normal();
  }
  return { w, re, im };
}
