import { defineKind, type Kind } from "./Kind.js";

// Branded SI kinds for geometry and materials: lengths, masses, loadings, transport.

/** A length, in m. */
export type Length = Kind<"length">;
/**
 * Builds a {@link Length} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * length(100, "um"); // 1e-4 (m)
 */
export const length = /* @__PURE__ */ defineKind<Length>("length");

/** An area, in m². */
export type Area = Kind<"area">;
/**
 * Builds a {@link Area} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * area(1.13, "cm2"); // 1.13e-4 (m²)
 */
export const area = /* @__PURE__ */ defineKind<Area>("area");

/** A volume, in m³. */
export type Volume = Kind<"volume">;
/**
 * Builds a {@link Volume} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * volume(40, "uL"); // 4e-8 (m³)
 */
export const volume = /* @__PURE__ */ defineKind<Volume>("volume");

/** A mass, in kg. */
export type Mass = Kind<"mass">;
/**
 * Builds a {@link Mass} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * mass(12, "mg"); // 1.2e-5 (kg)
 */
export const mass = /* @__PURE__ */ defineKind<Mass>("mass");

/** An areal mass (a mass loading), in kg m⁻². */
export type ArealMass = Kind<"areal mass">;
/**
 * Builds a {@link ArealMass} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * arealMass(10, "mg cm-2"); // 0.1 (kg m⁻²)
 */
export const arealMass = /* @__PURE__ */ defineKind<ArealMass>("areal mass");

/** A density, in kg m⁻³. */
export type Density = Kind<"density">;
/**
 * Builds a {@link Density} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * density(0.534, "g cm-3"); // 534 (kg m⁻³)
 */
export const density = /* @__PURE__ */ defineKind<Density>("density");

/** A molar mass, in kg mol⁻¹. */
export type MolarMass = Kind<"molar mass">;
/**
 * Builds a {@link MolarMass} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * molarMass(6.94, "g/mol"); // 0.00694 (kg mol⁻¹)
 */
export const molarMass = /* @__PURE__ */ defineKind<MolarMass>("molar mass");

/** A molar volume, in m³ mol⁻¹. */
export type MolarVolume = Kind<"molar volume">;
/**
 * Builds a {@link MolarVolume} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * molarVolume(13, "cm3 mol-1"); // 1.3e-5 (m³ mol⁻¹)
 */
export const molarVolume = /* @__PURE__ */ defineKind<MolarVolume>("molar volume");

/** An amount of substance, in mol. */
export type Amount = Kind<"amount">;
/**
 * Builds a {@link Amount} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * amount(2, "mmol"); // 0.002 (mol)
 */
export const amount = /* @__PURE__ */ defineKind<Amount>("amount", {
  dimension: "amount of substance",
});

/** A concentration, in mol m⁻³. */
export type Concentration = Kind<"concentration">;
/**
 * Builds a {@link Concentration} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * concentration(1, "M"); // 1000 (mol m⁻³)
 */
export const concentration = /* @__PURE__ */ defineKind<Concentration>("concentration");

/** A diffusion coefficient, in m² s⁻¹. */
export type DiffusionCoefficient = Kind<"diffusion coefficient">;
/**
 * Builds a {@link DiffusionCoefficient} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * diffusionCoefficient(1e-6, "cm2 s-1"); // 1e-10 (m² s⁻¹)
 */
export const diffusionCoefficient =
  /* @__PURE__ */ defineKind<DiffusionCoefficient>("diffusion coefficient");

/** A mass loading is an areal mass (kg m⁻²); customary mg cm⁻². */
export type MassLoading = ArealMass;
/** Same as {@link arealMass}: `massLoading(10, "mg cm-2")` is 0.1 kg m⁻². */
export const massLoading = arealMass;
