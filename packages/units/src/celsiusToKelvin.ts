import { LmbError } from "@lmb/errors";
import { requireValue } from "./internal/requireValue.js";
import type { Temperature } from "./timeAndEnergyKinds.js";

const ZERO_CELSIUS = 273.15;

/**
 * Absolute temperature from degrees Celsius: T = θ + 273.15 K (SI definition of °C).
 * For a temperature difference use {@link convertDifference} (1 °C step = 1 K).
 *
 * @param celsius - θ, °C (≥ −273.15)
 * @returns temperature, K
 * @throws LmbError `E_OUT_OF_RANGE` below absolute zero; `E_NOT_FINITE`
 * @example
 * celsiusToKelvin(25); // 298.15
 */
export function celsiusToKelvin(celsius: number): Temperature {
  requireValue("temperature", celsius, "finite");
  const kelvin = celsius + ZERO_CELSIUS;
  if (kelvin < 0) {
    throw new LmbError("E_OUT_OF_RANGE", `${celsius} °C is below absolute zero`, {
      fix: "check the value",
    });
  }
  return kelvin as Temperature;
}

/**
 * Degrees Celsius of an absolute temperature: θ = T − 273.15.
 *
 * @param temperature - T, K (≥ 0)
 * @returns θ, °C
 * @throws LmbError `E_OUT_OF_RANGE` below 0 K; `E_NOT_FINITE`
 * @example
 * kelvinToCelsius(temperature(298.15, "K")); // 25
 */
export function kelvinToCelsius(temperature: Temperature): number {
  requireValue("temperature", temperature, "nonNegative");
  return temperature - ZERO_CELSIUS;
}
