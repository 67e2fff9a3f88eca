import type { Current, CurrentDensity, SpecificCapacity } from "./electricalKinds.js";
import { requireValue } from "./internal/requireValue.js";
import type { Area, ArealMass } from "./materialKinds.js";

/** A cathode (or any electrode) described by its capacity and loading. */
export interface CathodeLoading {
  /** Specific capacity of the active material, C kg⁻¹ (customary mAh g⁻¹). */
  specificCapacity: SpecificCapacity;
  /** Active-material mass loading, kg m⁻² (customary mg cm⁻²). */
  massLoading: ArealMass;
  /** Electrode area, m². */
  area: Area;
}

const HOUR = 3600;

function arealCapacityOf(cathode: Omit<CathodeLoading, "area">): number {
  requireValue("specific capacity", cathode.specificCapacity, "positive");
  requireValue("mass loading", cathode.massLoading, "positive");
  return cathode.specificCapacity * cathode.massLoading;
}

/**
 * Current for a C-rate: I = n · q_sp · m_areal · S / 1 h (SCIENCE.md §2: current = C ×
 * specific capacity × active mass). A C-rate n passes the nominal capacity in 1/n h.
 *
 * @param cRate - n, h⁻¹ as a plain number (0.5 for C/2)
 * @param cathode - {@link CathodeLoading}
 * @returns current, A
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * const cathode = { specificCapacity: specificCapacity(200, "mAh/g"), massLoading: arealMass(10, "mg cm-2"), area: area(1, "cm2") };
 * inUnit(currentFromCRate(1, cathode), "mA"); // 2
 */
export function currentFromCRate(cRate: number, cathode: CathodeLoading): Current {
  requireValue("C-rate", cRate, "finite");
  requireValue("area", cathode.area, "positive");
  return ((cRate * arealCapacityOf(cathode) * cathode.area) / HOUR) as Current;
}

/**
 * C-rate of a current: n = I · 1 h / (q_sp · m_areal · S).
 *
 * @param current - I, A
 * @param cathode - {@link CathodeLoading}
 * @returns the C-rate n, h⁻¹ as a plain number
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * cRateFromCurrent(current(1, "mA"), cathode); // 0.5 (with the cathode of currentFromCRate)
 */
export function cRateFromCurrent(current: Current, cathode: CathodeLoading): number {
  requireValue("current", current, "finite");
  requireValue("area", cathode.area, "positive");
  return (current * HOUR) / (arealCapacityOf(cathode) * cathode.area);
}

/**
 * Current density for a C-rate: j = n · q_sp · m_areal / 1 h.
 *
 * @param cRate - n, h⁻¹ as a plain number
 * @param cathode - specific capacity (C kg⁻¹) and mass loading (kg m⁻²)
 * @returns current density, A m⁻²
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * inUnit(currentDensityFromCRate(1, { specificCapacity: specificCapacity(200, "mAh/g"), massLoading: arealMass(10, "mg cm-2") }), "mA cm-2"); // 2
 */
export function currentDensityFromCRate(
  cRate: number,
  cathode: Omit<CathodeLoading, "area">,
): CurrentDensity {
  requireValue("C-rate", cRate, "finite");
  return ((cRate * arealCapacityOf(cathode)) / HOUR) as CurrentDensity;
}

/**
 * C-rate of a current density: n = j · 1 h / (q_sp · m_areal).
 *
 * @param currentDensity - j, A m⁻²
 * @param cathode - specific capacity (C kg⁻¹) and mass loading (kg m⁻²)
 * @returns the C-rate n, h⁻¹ as a plain number
 * @throws LmbError `E_OUT_OF_RANGE`; `E_NOT_FINITE`
 * @example
 * cRateFromCurrentDensity(currentDensity(4, "mA cm-2"), { specificCapacity: specificCapacity(200, "mAh/g"), massLoading: arealMass(10, "mg cm-2") }); // 2
 */
export function cRateFromCurrentDensity(
  currentDensity: CurrentDensity,
  cathode: Omit<CathodeLoading, "area">,
): number {
  requireValue("current density", currentDensity, "finite");
  return (currentDensity * HOUR) / arealCapacityOf(cathode);
}
