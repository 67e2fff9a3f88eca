import { FARADAY_CONSTANT } from "@lmb/units";

/** The growth law of a leaky interphase (SI). */
export interface InterphaseGrowthLaw {
  /** Driving potential U of electrolyte reduction vs Li, V (≥ 0; 0 = no growth). */
  drivingPotential: number;
  /** Electronic conductivity σ_e of the layer, S m⁻¹ (≥ 0). */
  electronicConductivity: number;
  /** Areal reaction resistance r_rxn, Ω m² (> 0 unless the layer starts with δ0 > 0). */
  reactionResistance: number;
  /** Interphase volume formed per mol of Li consumed V_m, m³ mol⁻¹ (> 0). */
  molarVolume: number;
}

/**
 * Deal–Grove-type growth of a leaky interphase on Li, one equation for both limits. Electrons
 * cross the layer (electronic resistance δ/σ_e) and reduce the electrolyte at its surface
 * (reaction resistance r_rxn), driven by U:
 *
 *   i_leak = U/(δ/σ_e + r_rxn),   dδ/dt = i_leak·V_m/F,
 *
 * which integrates to G(δ) = δ²/(2σ_e) + r_rxn·δ = K·t + G(δ0), K = U·V_m/F. Insulating layers
 * (δ/σ_e ≫ r_rxn) grow parabolically, δ² ≈ 2σ_e·K·t (self-limiting, like an SEI); percolating
 * ones (δ/σ_e ≪ r_rxn) grow linearly, δ ≈ K·t/r_rxn, and keep consuming Li at U/r_rxn.
 * Li consumed per area is F·(δ − δ0)/V_m, exactly (so inventories stay conserved).
 *
 * Source: B. E. Deal & A. S. Grove, J. Appl. Phys. 36 (1965) 3770 (linear–parabolic oxidation);
 * the mixed-conducting-interphase picture of SCIENCE.md §6 (Su et al. 2025).
 *
 * @example
 * const g = createInterphaseGrowth({ drivingPotential: 1, electronicConductivity: 1e-9, reactionResistance: 1, molarVolume: 1.4e-5 });
 * g.thicknessAt(2e-8, 3600); // δ after 1 h from 20 nm, m
 */
export interface InterphaseGrowth {
  /** The law it was made from. */
  readonly law: InterphaseGrowthLaw;
  /** δ after `elapsed` s from δ0, m: δ = 2G/(r + √(r² + 2G/σ_e)), G = G(δ0) + K·t. */
  thicknessAt(initialThickness: number, elapsed: number): number;
  /** i_leak = U/(δ/σ_e + r_rxn) at thickness δ, A m⁻². */
  leakageCurrentDensity(thickness: number): number;
  /** Li consumed (as charge, C m⁻²) while the layer grew from δ0 to δ: F·(δ − δ0)/V_m. */
  consumedCharge(initialThickness: number, thickness: number): number;
  /** The time (s) at which the layer, starting at δ0, has consumed `charge` C m⁻² (∞ if never). */
  timeToConsume(initialThickness: number, charge: number): number;
}

/**
 * Builds the closed-form {@link InterphaseGrowth} of a growth law.
 *
 * @param law - U (V), σ_e (S m⁻¹), r_rxn (Ω m²), V_m (m³ mol⁻¹)
 * @example
 * createInterphaseGrowth({ drivingPotential: 0, electronicConductivity: 0, reactionResistance: 1, molarVolume: 1.4e-5 }).thicknessAt(1e-8, 1e6); // 1e-8 (no growth)
 */
export function createInterphaseGrowth(law: InterphaseGrowthLaw): InterphaseGrowth {
  const { drivingPotential: u, electronicConductivity: sigma, reactionResistance: r } = law;
  const k = (u * law.molarVolume) / FARADAY_CONSTANT;
  const growing = u > 0 && sigma > 0;
  const g = (delta: number) => (delta * delta) / (2 * sigma) + r * delta;
  const inverse = (G: number) => (2 * G) / (r + Math.sqrt(r * r + (2 * G) / sigma));
  const perMetre = FARADAY_CONSTANT / law.molarVolume;
  return {
    law,
    thicknessAt(initialThickness, elapsed) {
      if (!growing || elapsed <= 0) return initialThickness;
      return inverse(g(initialThickness) + k * elapsed);
    },
    leakageCurrentDensity(thickness) {
      if (!growing) return 0;
      return u / (thickness / sigma + r);
    },
    consumedCharge(initialThickness, thickness) {
      return perMetre * (thickness - initialThickness);
    },
    timeToConsume(initialThickness, charge) {
      if (!growing) return charge <= 0 ? 0 : Number.POSITIVE_INFINITY;
      const target = initialThickness + charge / perMetre;
      return (g(target) - g(initialThickness)) / k;
    },
  };
}
