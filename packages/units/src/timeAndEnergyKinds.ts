import { defineKind, type Kind } from "./Kind.js";

// Branded SI kinds for time, temperature, energy and pressure.

/** A time, in s. */
export type Time = Kind<"time">;
/**
 * Builds a {@link Time} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * time(2, "h"); // 7200 (s)
 */
export const time = /* @__PURE__ */ defineKind<Time>("time");

/** A frequency, in Hz. */
export type Frequency = Kind<"frequency">;
/**
 * Builds a {@link Frequency} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * frequency(1, "kHz"); // 1000 (Hz)
 */
export const frequency = /* @__PURE__ */ defineKind<Frequency>("frequency");

/** An absolute temperature, in K (°C are converted with the 273.15 K offset; below 0 K is refused). */
export type Temperature = Kind<"temperature">;
/**
 * Builds a {@link Temperature} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * temperature(25, "°C"); // 298.15 (K)
 */
export const temperature = /* @__PURE__ */ defineKind<Temperature>("temperature", { minimum: 0 });

/** A temperature difference, in K (a step of 1 °C is 1 K; no offset). */
export type TemperatureDifference = Kind<"temperature difference">;
/**
 * Builds a {@link TemperatureDifference} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * temperatureDifference(10, "°C"); // 10 (K)
 */
export const temperatureDifference = /* @__PURE__ */ defineKind<TemperatureDifference>(
  "temperature difference",
  { dimension: "temperature", difference: true, customaryUnit: "K" },
);

/** An energy, in J. */
export type Energy = Kind<"energy">;
/**
 * Builds a {@link Energy} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * energy(1, "eV"); // 1.602176634e-19 (J)
 */
export const energy = /* @__PURE__ */ defineKind<Energy>("energy");

/** A molar energy (an activation energy, a Gibbs energy), in J mol⁻¹. */
export type MolarEnergy = Kind<"molar energy">;
/**
 * Builds a {@link MolarEnergy} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * molarEnergy(50, "kJ/mol"); // 50000 (J mol⁻¹)
 */
export const molarEnergy = /* @__PURE__ */ defineKind<MolarEnergy>("molar energy");

/** A power, in W. */
export type Power = Kind<"power">;
/**
 * Builds a {@link Power} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * power(5, "mW"); // 0.005 (W)
 */
export const power = /* @__PURE__ */ defineKind<Power>("power");

/** A pressure, in Pa. */
export type Pressure = Kind<"pressure">;
/**
 * Builds a {@link Pressure} from a value and a unit (or a quantity string), checking the
 * dimension: `E_UNIT_MISMATCH` for a unit of another quantity.
 *
 * @example
 * pressure(5, "MPa"); // 5e6 (Pa)
 */
export const pressure = /* @__PURE__ */ defineKind<Pressure>("pressure");

/** An activation energy is a molar energy (J mol⁻¹); customary kJ mol⁻¹. */
export type ActivationEnergy = MolarEnergy;
/** Same as {@link molarEnergy}: `activationEnergy(50, "kJ mol-1")` is 50000 J mol⁻¹. */
export const activationEnergy = molarEnergy;
