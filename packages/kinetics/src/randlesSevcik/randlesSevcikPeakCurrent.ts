import { STANDARD_TEMPERATURE } from "@lmb/units";
import { requirePositive } from "../internal/validate.js";
import { type Reversibility, randlesSevcikConstant } from "./randlesSevcikConstant.js";

/** The electrochemical system of a Randles–Sevcik calculation, in SI. */
export interface RandlesSevcikSystem {
  /** n, electrons per molecule. @default 1 */
  electrons?: number;
  /** Electrode area A, m² (> 0). */
  area: number;
  /** Bulk concentration C of the electroactive species, mol m⁻³ (> 0; 1 M = 1000 mol m⁻³). */
  concentration: number;
  /** Absolute temperature, K. @default 298.15 */
  temperature?: number;
  /** @default "reversible" */
  reversibility?: Reversibility;
  /** α·n_a of the rate-determining step (irreversible form only). @default 0.5 */
  transferCoefficient?: number;
}

/**
 * The current factor of a system: I_p = factor·√(D·v), i.e. k(T)·n^{3/2}·A·C (reversible) or
 * k(T)·n·(α·n_a)^{½}·A·C (irreversible), with k(T) from {@link randlesSevcikConstant}.
 *
 * @returns factor, A s^{½} m⁻¹ V^{−½} (so that factor·√(D/(m² s⁻¹))·√(v/(V s⁻¹)) is in A)
 */
export function randlesSevcikFactor(system: RandlesSevcikSystem): number {
  const n = requirePositive(system.electrons ?? 1, "electrons n", "give n > 0 (1 for Li⁺)");
  const area = requirePositive(
    system.area,
    "area (m²)",
    "give the electrode area in m² (1 cm² = 1e-4 m²)",
  );
  const c = requirePositive(
    system.concentration,
    "concentration (mol m⁻³)",
    "give C in mol m⁻³ (1 M = 1000 mol m⁻³)",
  );
  const reversibility = system.reversibility ?? "reversible";
  const k = randlesSevcikConstant(system.temperature ?? STANDARD_TEMPERATURE, reversibility);
  if (reversibility === "reversible") return k * n ** 1.5 * area * c;
  const alpha = requirePositive(system.transferCoefficient ?? 0.5, "α·n_a", "give α·n_a > 0");
  return k * n * Math.sqrt(alpha) * area * c;
}

/**
 * Peak current of a linear-sweep or cyclic voltammogram under semi-infinite linear diffusion
 * (SCIENCE.md §3; theory.md §5.1): reversible I_p = 0.4463·n·F·A·C·(n·F·v·D/(R·T))^{½},
 * irreversible I_p = 0.4958·n·F·A·C·(α·n_a·F·v·D/(R·T))^{½}.
 *
 * @param system - n, A (m²), C (mol m⁻³), T (K), reversibility, α·n_a
 * @param diffusionCoefficient - D, m² s⁻¹ (> 0; 1 cm² s⁻¹ = 1e-4 m² s⁻¹)
 * @param scanRate - v, V s⁻¹ (> 0)
 * @returns I_p, A (magnitude)
 * @throws LmbError `E_INVALID_INPUT`
 * @example
 * // n = 1, A = 1 cm², C = 1 mM, D = 1e-5 cm² s⁻¹, v = 0.1 V s⁻¹, 25 °C: 2.69e5·1e-4·…
 * randlesSevcikPeakCurrent({ area: 1e-4, concentration: 1 }, 1e-9, 0.1); // ≈ 2.687e-4 A
 */
export function randlesSevcikPeakCurrent(
  system: RandlesSevcikSystem,
  diffusionCoefficient: number,
  scanRate: number,
): number {
  requirePositive(diffusionCoefficient, "diffusion coefficient (m² s⁻¹)", "give D > 0 in m² s⁻¹");
  requirePositive(scanRate, "scan rate (V s⁻¹)", "give v > 0 in V s⁻¹");
  return randlesSevcikFactor(system) * Math.sqrt(diffusionCoefficient * scanRate);
}
