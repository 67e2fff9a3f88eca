/**
 * Physical inputs of the dimensional Scharifker–Hills/Mostany transients, in SI units.
 */
export interface DepositionConditions {
  /** Charge number of the depositing ion (1 for Li⁺). @default 1 */
  z?: number;
  /** Bulk concentration of the depositing ion c, mol m⁻³ (1 M = 1000 mol m⁻³). */
  concentration: number;
  /** Molar volume of the deposit V_m = M/ρ, m³ mol⁻¹ (Li: 1.2996e-5). */
  molarVolume: number;
}

/** Li metal molar volume M/ρ = 6.94 g mol⁻¹ / 0.534 g cm⁻³ = 1.2996e-5 m³ mol⁻¹ (IUPAC M; ρ at 293 K). */
export const LITHIUM_MOLAR_VOLUME = 6.94e-3 / 534;

/**
 * The dimensionless growth constant k = (8π·c·V_m)^½ of Scharifker–Hills (their (8πcM/ρ)^½;
 * 0.5715 for Li at 1 M). The progressive SH model uses k′ = (4/3)·k.
 *
 * @param conditions - concentration (mol m⁻³) and molar volume (m³ mol⁻¹)
 * @example
 * growthConstant({ concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME }); // 0.5715
 */
export function growthConstant(conditions: DepositionConditions): number {
  return Math.sqrt(8 * Math.PI * conditions.concentration * conditions.molarVolume);
}

/** Cottrell prefactor zF·D^½·c/π^½ (A m⁻² s^½). */
function cottrell(faraday: number, conditions: DepositionConditions, diffusivity: number): number {
  return (
    ((conditions.z ?? 1) * faraday * Math.sqrt(diffusivity) * conditions.concentration) /
    Math.sqrt(Math.PI)
  );
}

/** Parameters of the Scharifker–Mostany transient. */
export interface MostanyParameters {
  /** Diffusion coefficient D, m² s⁻¹. */
  diffusivity: number;
  /** Number density of active sites N0, m⁻². */
  siteDensity: number;
  /** Nucleation rate constant per site A, s⁻¹. */
  nucleationRate: number;
}

/**
 * Current density of the Scharifker–Mostany general 3D transient (between the instantaneous,
 * A·t ≫ 1, and progressive, A·t ≪ 1, limits):
 *
 * j(t) = zF·D^½·c/(π^½·t^½) · {1 − exp[−N0·π·k·D·(t − (1 − e^{−A·t})/A)]}, k = (8πcV_m)^½.
 *
 * Source: B. R. Scharifker, J. Mostany, J. Electroanal. Chem. 177 (1984) 13–23.
 *
 * @param t - time since the potential step, s (> 0)
 * @param p - D (m² s⁻¹), N0 (m⁻²), A (s⁻¹)
 * @param conditions - z, c (mol m⁻³), V_m (m³ mol⁻¹)
 * @param faraday - Faraday constant, C mol⁻¹
 * @returns j, A m⁻² (positive: the magnitude of the deposition current)
 * @example
 * mostanyCurrentDensity(1, { diffusivity: 1e-10, siteDensity: 1e11, nucleationRate: 10 }, li1M, F);
 */
export function mostanyCurrentDensity(
  t: number,
  p: MostanyParameters,
  conditions: DepositionConditions,
  faraday: number,
): number {
  if (t <= 0) return 0;
  const k = growthConstant(conditions);
  const at = p.nucleationRate * t;
  // t − (1 − e^{−At})/A, computed without cancellation for small A·t.
  const effective =
    at < 1e-4 ? t * (at / 2 - (at * at) / 6) : t + Math.expm1(-at) / p.nucleationRate;
  const exponent = p.siteDensity * Math.PI * k * p.diffusivity * effective;
  return (cottrell(faraday, conditions, p.diffusivity) / Math.sqrt(t)) * -Math.expm1(-exponent);
}

/**
 * Current density of the Scharifker–Hills instantaneous transient:
 * j(t) = zF·D^½·c/(π^½·t^½) · [1 − exp(−N0·π·k·D·t)].
 *
 * Source: Scharifker & Hills, Electrochim. Acta 28 (1983) 879.
 *
 * @param t - s; @param diffusivity - m² s⁻¹; @param siteDensity - N0, m⁻²
 * @returns j, A m⁻²
 * @example
 * instantaneousCurrentDensity(1, 1e-10, 1e11, li1M, F);
 */
export function instantaneousCurrentDensity(
  t: number,
  diffusivity: number,
  siteDensity: number,
  conditions: DepositionConditions,
  faraday: number,
): number {
  if (t <= 0) return 0;
  const exponent = siteDensity * Math.PI * growthConstant(conditions) * diffusivity * t;
  return (cottrell(faraday, conditions, diffusivity) / Math.sqrt(t)) * -Math.expm1(-exponent);
}

/**
 * Current density of the Scharifker–Hills progressive transient:
 * j(t) = zF·D^½·c/(π^½·t^½) · [1 − exp(−A·N∞·π·k′·D·t²/2)], k′ = (4/3)·(8πcV_m)^½.
 *
 * Source: Scharifker & Hills, Electrochim. Acta 28 (1983) 879 (k′ = 4k/3 reproduces the
 * isolated-nuclei limit; Scharifker–Mostany's low-A limit uses k instead).
 *
 * @param t - s; @param diffusivity - m² s⁻¹; @param rateDensity - A·N∞, m⁻² s⁻¹
 * @returns j, A m⁻²
 * @example
 * progressiveCurrentDensity(1, 1e-10, 1e11, li1M, F);
 */
export function progressiveCurrentDensity(
  t: number,
  diffusivity: number,
  rateDensity: number,
  conditions: DepositionConditions,
  faraday: number,
): number {
  if (t <= 0) return 0;
  const kPrime = (4 / 3) * growthConstant(conditions);
  const exponent = (rateDensity * Math.PI * kPrime * diffusivity * t * t) / 2;
  return (cottrell(faraday, conditions, diffusivity) / Math.sqrt(t)) * -Math.expm1(-exponent);
}
