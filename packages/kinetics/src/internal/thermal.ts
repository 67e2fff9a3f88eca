import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { requireTemperature } from "./validate.js";

/**
 * f = F/(RT), the inverse thermal voltage in V⁻¹ (38.92 V⁻¹ at 298.15 K), after checking T.
 *
 * @param temperature - T, K (> 0)
 * @throws LmbError `E_INVALID_INPUT` for T ≤ 0 K
 */
export function inverseThermalVoltage(temperature: number): number {
  return FARADAY_CONSTANT / (GAS_CONSTANT * requireTemperature(temperature));
}
