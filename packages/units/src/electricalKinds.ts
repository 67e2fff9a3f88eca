import { defineKind, type Kind } from "./Kind.js";

// Branded SI kinds for electrochemistry: currents, charges, potentials, resistances.

/** A current, in A. */
export type Current = Kind<"current">;
/**
 * Builds a {@link Current} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * current(2, "mA"); // 0.002 (A)
 */
export const current = /* @__PURE__ */ defineKind<Current>("current");

/** A current density, in A m⁻². */
export type CurrentDensity = Kind<"current density">;
/**
 * Builds a {@link CurrentDensity} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * currentDensity(5, "mA cm-2"); // 50 (A m⁻²)
 */
export const currentDensity = /* @__PURE__ */ defineKind<CurrentDensity>("current density");

/** A specific current, in A kg⁻¹. */
export type SpecificCurrent = Kind<"specific current">;
/**
 * Builds a {@link SpecificCurrent} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * specificCurrent(100, "mA/g"); // 100 (A kg⁻¹)
 */
export const specificCurrent = /* @__PURE__ */ defineKind<SpecificCurrent>("specific current");

/** A charge (a capacity in mAh), in C. */
export type Charge = Kind<"charge">;
/**
 * Builds a {@link Charge} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * charge(1, "mAh"); // 3.6 (C)
 */
export const charge = /* @__PURE__ */ defineKind<Charge>("charge");

/** An areal capacity, in C m⁻². */
export type ArealCapacity = Kind<"areal capacity">;
/**
 * Builds a {@link ArealCapacity} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * arealCapacity(1, "mAh cm-2"); // 36000 (C m⁻²)
 */
export const arealCapacity = /* @__PURE__ */ defineKind<ArealCapacity>("areal capacity");

/** A specific capacity, in C kg⁻¹. */
export type SpecificCapacity = Kind<"specific capacity">;
/**
 * Builds a {@link SpecificCapacity} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * specificCapacity(200, "mAh/g"); // 720000 (C kg⁻¹)
 */
export const specificCapacity = /* @__PURE__ */ defineKind<SpecificCapacity>("specific capacity");

/** A volumetric capacity, in C m⁻³. */
export type VolumetricCapacity = Kind<"volumetric capacity">;
/**
 * Builds a {@link VolumetricCapacity} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * volumetricCapacity(2062, "mAh cm-3"); // 7.4232e9 (C m⁻³)
 */
export const volumetricCapacity =
  /* @__PURE__ */ defineKind<VolumetricCapacity>("volumetric capacity");

/** A voltage, in V. */
export type Voltage = Kind<"voltage">;
/**
 * Builds a {@link Voltage} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * voltage(-0.5, "V"); // -0.5 (V)
 */
export const voltage = /* @__PURE__ */ defineKind<Voltage>("voltage");

/** A scan rate, in V s⁻¹. */
export type ScanRate = Kind<"scan rate">;
/**
 * Builds a {@link ScanRate} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * scanRate(10, "mV s-1"); // 0.01 (V s⁻¹)
 */
export const scanRate = /* @__PURE__ */ defineKind<ScanRate>("scan rate");

/** A resistance, in Ω. */
export type Resistance = Kind<"resistance">;
/**
 * Builds a {@link Resistance} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * resistance(1.2, "kOhm"); // 1200 (Ω)
 */
export const resistance = /* @__PURE__ */ defineKind<Resistance>("resistance");

/** An area-specific resistance, in Ω m². */
export type AreaSpecificResistance = Kind<"area-specific resistance">;
/**
 * Builds a {@link AreaSpecificResistance} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * areaSpecificResistance(20, "Ω cm²"); // 0.002 (Ω m²)
 */
export const areaSpecificResistance = /* @__PURE__ */ defineKind<AreaSpecificResistance>(
  "area-specific resistance",
);

/** A resistivity, in Ω m. */
export type Resistivity = Kind<"resistivity">;
/**
 * Builds a {@link Resistivity} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * resistivity(1000, "Ohm cm"); // 10 (Ω m)
 */
export const resistivity = /* @__PURE__ */ defineKind<Resistivity>("resistivity");

/** A conductance, in S. */
export type Conductance = Kind<"conductance">;
/**
 * Builds a {@link Conductance} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * conductance(1, "mS"); // 0.001 (S)
 */
export const conductance = /* @__PURE__ */ defineKind<Conductance>("conductance");

/** A conductivity, in S m⁻¹. */
export type Conductivity = Kind<"conductivity">;
/**
 * Builds a {@link Conductivity} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * conductivity(1, "mS cm-1"); // 0.1 (S m⁻¹)
 */
export const conductivity = /* @__PURE__ */ defineKind<Conductivity>("conductivity");

/** A capacitance, in F. */
export type Capacitance = Kind<"capacitance">;
/**
 * Builds a {@link Capacitance} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * capacitance(20, "µF"); // 2e-5 (F)
 */
export const capacitance = /* @__PURE__ */ defineKind<Capacitance>("capacitance");

/** A capacity is a charge (C); `Capacity` reads better in cycling code. */
export type Capacity = Charge;
/** Same as {@link charge}: `capacity(1, "mAh")` is 3.6 C. */
export const capacity = charge;
