import {
  convertQuantity,
  type Dimension,
  dimensionsEqual,
  energy,
  formatQuantity,
  LITHIUM,
  molarEnergy,
  parseQuantity,
  quantity,
} from "@lmb/units";
import { toQuantityJson } from "./toQuantityJson.js";
import type { UnitConversionRequest } from "./unitConversionRequestSchema.js";
import type { UnitConversionResult } from "./unitConversionResultSchema.js";

/**
 * Carries out a {@link UnitConversionRequest} with `@lmb/units` and returns it in the shape of
 * `UnitConversionResultSchema`, naming the equivalence when input and output differ in dimension
 * (dense Li metal with `material: "Li"`; one particle per N_A for kJ mol⁻¹ ↔ eV). Shared by
 * `lmb units convert` and the docs' live converter so both give the same answer.
 *
 * @param request - The quantity as text, the target unit, optionally `material` and `difference`.
 * @returns Input, output and the equivalence used.
 * @throws LmbError `E_QUANTITY_PARSE` / `E_UNIT_PARSE` for unreadable input, `E_UNIT_MISMATCH`
 *   when the dimensions are not convertible.
 *
 * @example
 * convertUnitRequest({ quantity: "100 um", to: "mAh cm-2", material: "Li" }).output.value; // ≈ 20.62
 */
export function convertUnitRequest(request: UnitConversionRequest): UnitConversionResult {
  const input = parseQuantity(request.quantity);
  const output = convertQuantity(input, request.to, {
    ...(request.material ? { material: request.material } : {}),
    ...(request.difference ? { difference: true } : {}),
  });
  const result: UnitConversionResult = {
    input: toQuantityJson(input),
    output: toQuantityJson(output),
  };
  const from = input.unit.dimension;
  const to = output.unit.dimension;
  if (!dimensionsEqual(from, to)) {
    result.equivalence = isMolarEnergyPair(from, to) ? PER_PARTICLE : lithiumEquivalence();
  }
  return result;
}

const PER_PARTICLE = "one particle per N_A: E/N_A";
const MOLAR_ENERGY = molarEnergy.dimension;
const ENERGY = energy.dimension;

function isMolarEnergyPair(a: Dimension, b: Dimension): boolean {
  return (
    (dimensionsEqual(a, MOLAR_ENERGY) && dimensionsEqual(b, ENERGY)) ||
    (dimensionsEqual(a, ENERGY) && dimensionsEqual(b, MOLAR_ENERGY))
  );
}

function lithiumEquivalence(): string {
  const density = formatQuantity(quantity(LITHIUM.density, "kg m-3"), { unit: "g cm-3" });
  const molarMass = formatQuantity(quantity(LITHIUM.molarMass, "kg mol-1"), { unit: "g mol-1" });
  return `dense Li metal, ${density}, ${molarMass}`;
}
