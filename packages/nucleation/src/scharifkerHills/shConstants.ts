import { brent } from "@lmb/numerics";

/**
 * The Scharifker–Hills constants, computed from their defining equations rather than copied
 * with four digits (with four digits the reduced curves give 0.9999 at t = t_m).
 *
 * - x_i, the root of eˣ = 1 + 2x: N0·π·k·D·t_m for instantaneous nucleation (1.2564312086).
 * - u_p, the root of eᵘ = 1 + 4u: A·N∞·π·k′·D·t_m²/2 for progressive nucleation (2.3366629823).
 * - g = 1 − e^{−x}: the bracket at the maximum; 1/g² the reduced-curve prefactor (1.9542713245,
 *   1.2254272652); g²/π the products j_m²·t_m/((zFc)²·D) (0.1628790650, 0.2597542059).
 *
 * Source: B. Scharifker, G. Hills, Electrochim. Acta 28 (1983) 879–889; digits recomputed
 * (shared/research/theory.md §1.1).
 *
 * @example
 * SH_CONSTANTS.instantaneous.jm2tm; // 0.16287906…
 */
export interface ShModelConstants {
  /** Exponent argument at the maximum (x_i or u_p). */
  root: number;
  /** 1 − e^{−root}. */
  bracket: number;
  /** 1/bracket²: prefactor of the reduced curve (j/j_m)². */
  prefactor: number;
  /** bracket²/π: j_m²·t_m / ((zFc)²·D). */
  jm2tm: number;
}

function positiveRoot(f: (x: number) => number): number {
  return brent(f, 0.5, 5, { xtol: 1e-15 }).root;
}

function constantsFor(root: number): ShModelConstants {
  const bracket = -Math.expm1(-root);
  return {
    root,
    bracket,
    prefactor: 1 / (bracket * bracket),
    jm2tm: (bracket * bracket) / Math.PI,
  };
}

/** Scharifker–Hills constants for the instantaneous and progressive 3D models. */
export const SH_CONSTANTS: {
  readonly instantaneous: ShModelConstants;
  readonly progressive: ShModelConstants;
} = {
  instantaneous: constantsFor(positiveRoot((x) => Math.expm1(x) - 2 * x)),
  progressive: constantsFor(positiveRoot((u) => Math.expm1(u) - 4 * u)),
};
