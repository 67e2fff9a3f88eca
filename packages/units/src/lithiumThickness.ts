import type { ArealCapacity } from "./electricalKinds.js";
import { requireValue } from "./internal/requireValue.js";
import { LITHIUM } from "./lithium.js";
import type { ArealMass, Density, Length, MolarMass } from "./materialKinds.js";
import { FARADAY_CONSTANT } from "./physicalConstants.js";

/** Overrides of the Li facts used by the thickness conversions. */
export interface LithiumOptions {
  /** Molar mass of Li, kg mol⁻¹. @default LITHIUM.molarMass (6.94e-3, IUPAC 2013) */
  molarMass?: MolarMass;
  /** Density of the Li, kg m⁻³ (lower it for porous or mossy Li). @default LITHIUM.density (534) */
  density?: Density;
}

function facts(options: LithiumOptions): { molarMass: number; density: number } {
  const molarMass = options.molarMass ?? LITHIUM.molarMass;
  const density = options.density ?? LITHIUM.density;
  requireValue("molar mass", molarMass, "positive");
  requireValue("density", density, "positive");
  return { molarMass, density };
}

/**
 * Areal capacity held by a layer of dense Li: q = l·ρ·F/M. 1 µm ≈ 0.2062 mAh cm⁻² (SCIENCE.md §2).
 *
 * @param thickness - Li thickness l, m (≥ 0)
 * @param options - {@link LithiumOptions}
 * @returns areal capacity, C m⁻²
 * @throws LmbError `E_OUT_OF_RANGE` for a negative thickness; `E_NOT_FINITE`
 * @example
 * inUnit(lithiumArealCapacityFromThickness(length(100, "µm")), "mAh cm-2"); // ≈ 20.62
 */
export function lithiumArealCapacityFromThickness(
  thickness: Length,
  options: LithiumOptions = {},
): ArealCapacity {
  requireValue("thickness", thickness, "nonNegative");
  const { molarMass, density } = facts(options);
  return ((thickness * density * FARADAY_CONSTANT) / molarMass) as ArealCapacity;
}

/**
 * Thickness of dense Li that holds an areal capacity: l = q·M/(ρ·F). 1 mAh cm⁻² ≈ 4.849 µm.
 *
 * @param capacity - areal capacity q, C m⁻² (≥ 0)
 * @param options - {@link LithiumOptions}
 * @returns thickness, m
 * @throws LmbError `E_OUT_OF_RANGE` for a negative capacity; `E_NOT_FINITE`
 * @example
 * inUnit(lithiumThicknessFromArealCapacity(arealCapacity(1, "mAh cm-2")), "µm"); // ≈ 4.849
 */
export function lithiumThicknessFromArealCapacity(
  capacity: ArealCapacity,
  options: LithiumOptions = {},
): Length {
  requireValue("areal capacity", capacity, "nonNegative");
  const { molarMass, density } = facts(options);
  return ((capacity * molarMass) / (density * FARADAY_CONSTANT)) as Length;
}

/**
 * Areal mass of a layer of dense Li: m = l·ρ. 1 µm = 0.0534 mg cm⁻².
 *
 * @param thickness - Li thickness l, m (≥ 0)
 * @param options - {@link LithiumOptions}
 * @returns areal mass, kg m⁻²
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(lithiumArealMassFromThickness(length(50, "µm")), "mg cm-2"); // 2.67
 */
export function lithiumArealMassFromThickness(
  thickness: Length,
  options: LithiumOptions = {},
): ArealMass {
  requireValue("thickness", thickness, "nonNegative");
  return (thickness * facts(options).density) as ArealMass;
}

/**
 * Thickness of dense Li with a given areal mass: l = m/ρ.
 *
 * @param arealMass - Li areal mass m, kg m⁻² (≥ 0)
 * @param options - {@link LithiumOptions}
 * @returns thickness, m
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(lithiumThicknessFromArealMass(arealMass(2.67, "mg cm-2")), "µm"); // 50
 */
export function lithiumThicknessFromArealMass(
  arealMass: ArealMass,
  options: LithiumOptions = {},
): Length {
  requireValue("areal mass", arealMass, "nonNegative");
  return (arealMass / facts(options).density) as Length;
}

/**
 * Areal capacity of an areal mass of Li: q = m·F/M (3861.9 mAh g⁻¹ × m).
 *
 * @param arealMass - Li areal mass m, kg m⁻² (≥ 0)
 * @param options - {@link LithiumOptions} (density unused)
 * @returns areal capacity, C m⁻²
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(lithiumArealCapacityFromArealMass(arealMass(1, "mg cm-2")), "mAh cm-2"); // ≈ 3.862
 */
export function lithiumArealCapacityFromArealMass(
  arealMass: ArealMass,
  options: LithiumOptions = {},
): ArealCapacity {
  requireValue("areal mass", arealMass, "nonNegative");
  return ((arealMass * FARADAY_CONSTANT) / facts(options).molarMass) as ArealCapacity;
}

/**
 * Areal mass of Li that holds an areal capacity: m = q·M/F.
 *
 * @param capacity - areal capacity q, C m⁻² (≥ 0)
 * @param options - {@link LithiumOptions} (density unused)
 * @returns areal mass, kg m⁻²
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(lithiumArealMassFromArealCapacity(arealCapacity(1, "mAh cm-2")), "mg cm-2"); // ≈ 0.2589
 */
export function lithiumArealMassFromArealCapacity(
  capacity: ArealCapacity,
  options: LithiumOptions = {},
): ArealMass {
  requireValue("areal capacity", capacity, "nonNegative");
  return ((capacity * facts(options).molarMass) / FARADAY_CONSTANT) as ArealMass;
}
