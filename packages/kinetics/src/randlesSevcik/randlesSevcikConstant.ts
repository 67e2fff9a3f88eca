import { FARADAY_CONSTANT, GAS_CONSTANT, STANDARD_TEMPERATURE } from "@lmb/units";
import { requireTemperature } from "../internal/validate.js";

/** Reversible (Nernstian) or totally irreversible electron transfer. */
export type Reversibility = "reversible" | "irreversible";

/**
 * Dimensionless peak coefficients π^½·χ_max of linear-sweep voltammetry: 0.4463 (reversible)
 * and 0.4958 (totally irreversible) (Nicholson & Shain, Anal. Chem. 36 (1964) 706; IUPAC Gold
 * Book; recomputed 0.44629 and 0.49576 in theory.md §5.1).
 */
export const RANDLES_SEVCIK_COEFFICIENTS: Readonly<Record<Reversibility, number>> = {
  reversible: 0.4463,
  irreversible: 0.4958,
};

/**
 * The Randles–Sevcik constant k(T) = c·F^{3/2}/(R·T)^{1/2}, in C mol⁻¹ V^{−½}, such that
 * I_p = k·n^{3/2}·A·C·D^{½}·v^{½} (reversible, c = 0.4463) or
 * I_p = k·n·(α·n_a)^{½}·A·C·D^{½}·v^{½} (irreversible, c = 0.4958). The constant is the same in
 * SI and in the cm-based form (A in cm², D in cm² s⁻¹, C in mol cm⁻³). At 298.15 K it is
 * 2.6865e5, the textbook "2.69 × 10⁵" (2.9844e5, "2.99 × 10⁵", irreversible) (theory.md §5.1).
 *
 * @param temperature - T, K (> 0). @default 298.15
 * @param reversibility - which peak coefficient. @default "reversible"
 * @returns k, C mol⁻¹ V^{−½}
 * @throws LmbError `E_INVALID_INPUT` for T ≤ 0 K
 * @example
 * randlesSevcikConstant(); // 268 648… ≈ 2.69e5
 */
export function randlesSevcikConstant(
  temperature: number = STANDARD_TEMPERATURE,
  reversibility: Reversibility = "reversible",
): number {
  requireTemperature(temperature);
  return (
    (RANDLES_SEVCIK_COEFFICIENTS[reversibility] * FARADAY_CONSTANT ** 1.5) /
    Math.sqrt(GAS_CONSTANT * temperature)
  );
}
