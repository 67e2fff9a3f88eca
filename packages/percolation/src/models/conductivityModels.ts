import { LmbError } from "@lmb/errors";
import { brent } from "@lmb/numerics";

function checkFraction(phi: number): void {
  if (!(phi >= 0 && phi <= 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", `volume fraction ${phi} is outside [0, 1]`, {
      fix: "give the metal volume fraction V_f as a number between 0 and 1 (not percent)",
    });
  }
}

function checkConductivities(metal: number, insulator: number): void {
  if (!(metal > 0) || !(insulator >= 0) || !(metal > insulator)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `conductivities must satisfy σ_M > σ_NM ≥ 0 (got σ_M = ${metal}, σ_NM = ${insulator})`,
      { fix: "give the metal's and the non-metal's conductivity in S m⁻¹" },
    );
  }
}

/**
 * Linear mixing rule σ = V_f·σ_M + (1 − V_f)·σ_NM — the Wiener parallel (upper) bound, valid
 * only for layers parallel to the current; it has no threshold and overstates conduction below
 * percolation.
 *
 * Source: O. Wiener (1912); see shared/research/percolation.md §0.5.
 *
 * @param phi - metal volume fraction V_f (0…1)
 * @param metal - σ_M, S m⁻¹; @param insulator - σ_NM, S m⁻¹
 * @example
 * mixingRule(0.1, 1e7, 1e-8); // 1e6 S m⁻¹
 */
export function mixingRule(phi: number, metal: number, insulator: number): number {
  checkFraction(phi);
  checkConductivities(metal, insulator);
  return phi * metal + (1 - phi) * insulator;
}

/**
 * Percolation power law with the insulator's conductivity as the floor:
 * σ = σ_NM + σ0·(V_f − V_p)^n above the threshold V_p, σ_NM below. Universal n ≈ 2.0 in 3D,
 * 1.3 in 2D.
 *
 * Source: D. Stauffer, A. Aharony, Introduction to Percolation Theory (1994) ch. 5.
 *
 * @example
 * percolationPowerLaw(0.4, { threshold: 0.3, exponent: 2, prefactor: 1e7, insulator: 1e-8 }); // 1e5
 */
export function percolationPowerLaw(
  phi: number,
  p: { threshold: number; exponent: number; prefactor: number; insulator?: number },
): number {
  checkFraction(phi);
  const floor = p.insulator ?? 0;
  return phi > p.threshold ? floor + p.prefactor * (phi - p.threshold) ** p.exponent : floor;
}

/**
 * Bruggeman's symmetric effective-medium approximation for two phases in d dimensions,
 * Σ φ_i (σ_i − σ)/(σ_i + (d − 1)σ) = 0, solved in closed form:
 * σ = [b + √(b² + 4(d − 1)σ_M σ_NM)] / (2(d − 1)), b = φ((d − 1)σ_M − σ_NM) + (1 − φ)((d − 1)σ_NM − σ_M).
 * Threshold 1/d and exponent 1 for σ_NM = 0 (wrong near p_c, where percolation gives t ≈ 2).
 *
 * Source: D. A. G. Bruggeman, Ann. Phys. 416 (1935) 636; S. Kirkpatrick, Rev. Mod. Phys. 45
 * (1973) 574.
 *
 * @example
 * bruggeman(0.5, 1, 0); // 0.25 (3D: σ_M(3φ − 1)/2)
 */
export function bruggeman(
  phi: number,
  metal: number,
  insulator: number,
  dimension: 2 | 3 = 3,
): number {
  checkFraction(phi);
  checkConductivities(metal, insulator);
  const d1 = dimension - 1;
  const b = phi * (d1 * metal - insulator) + (1 - phi) * (d1 * insulator - metal);
  return (b + Math.sqrt(b * b + 4 * d1 * metal * insulator)) / (2 * d1);
}

/** Parameters of McLachlan's general effective-medium equation. */
export interface GemParameters {
  /** Critical metal volume fraction φ_c. */
  threshold: number;
  /** Exponent t (the same on both sides here). */
  exponent: number;
  /** σ_M, S m⁻¹ (> σ_NM). */
  metal: number;
  /** σ_NM, S m⁻¹ (≥ 0). */
  insulator: number;
}

/**
 * McLachlan's general effective-medium (GEM) equation, which spans both sides of the
 * threshold:
 * (1 − φ)(σ_NM^{1/t} − σ^{1/t})/(σ_NM^{1/t} + Aσ^{1/t}) + φ(σ_M^{1/t} − σ^{1/t})/(σ_M^{1/t} + Aσ^{1/t}) = 0,
 * A = (1 − φ_c)/φ_c; solved for σ by Brent's method on ln σ between σ_NM and σ_M. For σ_NM = 0
 * it gives σ_M((φ − φ_c)/(1 − φ_c))^t above φ_c and 0 below.
 *
 * Source: D. S. McLachlan, J. Phys. C 20 (1987) 865; McLachlan, Blaszkiewicz, Newnham, J. Am.
 * Ceram. Soc. 73 (1990) 2187.
 *
 * @example
 * generalEffectiveMedium(0.5, { threshold: 0.3, exponent: 2, metal: 1, insulator: 0 }); // (0.2/0.7)² = 0.0816
 */
export function generalEffectiveMedium(phi: number, p: GemParameters): number {
  checkFraction(phi);
  checkConductivities(p.metal, p.insulator);
  if (!(p.threshold > 0 && p.threshold < 1) || !(p.exponent > 0)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `GEM needs 0 < φ_c < 1 and t > 0 (got ${p.threshold}, ${p.exponent})`,
      {
        fix: "give the threshold as a fraction and a positive exponent",
      },
    );
  }
  const A = (1 - p.threshold) / p.threshold;
  const inv = 1 / p.exponent;
  const sH = p.metal ** inv;
  if (p.insulator === 0) {
    return phi <= p.threshold
      ? 0
      : p.metal * ((phi - p.threshold) / (1 - p.threshold)) ** p.exponent;
  }
  if (phi === 0) return p.insulator;
  if (phi === 1) return p.metal;
  const sL = p.insulator ** inv;
  const f = (lnSigma: number): number => {
    const s = Math.exp(lnSigma * inv);
    return ((1 - phi) * (sL - s)) / (sL + A * s) + (phi * (sH - s)) / (sH + A * s);
  };
  const lo = Math.log(p.insulator);
  const hi = Math.log(p.metal);
  // At the ends of the range rounding can put the root on (or just past) a bound.
  if (f(lo) <= 0) return p.insulator;
  if (f(hi) >= 0) return p.metal;
  return Math.exp(brent(f, lo, hi, { xtol: 1e-13 }).root);
}
