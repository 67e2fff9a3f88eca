import { SH_CONSTANTS } from "./shConstants.js";

/** The two limiting Scharifker–Hills nucleation modes. */
export type NucleationMode = "instantaneous" | "progressive";

/**
 * The reduced Scharifker–Hills transient j/j_m at reduced time x = t/t_m (both modes pass
 * through (1, 1)):
 *
 * - instantaneous: (j/j_m)² = (1/g_i²)·x⁻¹·{1 − exp(−x_i·x)}², x_i = 1.25643…, 1/g_i² = 1.95427…
 * - progressive:   (j/j_m)² = (1/g_p²)·x⁻¹·{1 − exp(−u_p·x²)}², u_p = 2.33666…, 1/g_p² = 1.22543…
 *
 * Source: B. Scharifker, G. Hills, Electrochim. Acta 28 (1983) 879, eqs. for 3D diffusion-
 * controlled growth; constants computed exactly (see {@link SH_CONSTANTS}).
 *
 * @param mode - instantaneous or progressive
 * @param x - t/t_m (dimensionless, > 0)
 * @returns j/j_m (dimensionless); 0 at x = 0
 * @example
 * reducedCurrent("instantaneous", 2) ** 2; // 0.82519…
 */
export function reducedCurrent(mode: NucleationMode, x: number): number {
  if (x <= 0) return 0;
  const c = SH_CONSTANTS[mode];
  const bracket =
    mode === "instantaneous" ? -Math.expm1(-c.root * x) : -Math.expm1(-c.root * x * x);
  return Math.sqrt(c.prefactor / x) * bracket;
}
