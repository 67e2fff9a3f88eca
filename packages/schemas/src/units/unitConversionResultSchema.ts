import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * The result of a unit conversion: the input and output quantities, and — when the conversion
 * crossed dimensions — the equivalence that allowed it (dense Li metal for thickness ↔ areal
 * capacity; one particle per N_A for kJ mol⁻¹ ↔ eV). Printed by `lmb units convert`,
 * `lmb units energy` and `lmb units temperature` with `--json`.
 *
 * @example
 * UnitConversionResultSchema.parse({
 *   input: { value: 100, unit: "µm", si: 1e-4, siUnit: "m", dimension: "length" },
 *   output: { value: 20.62, unit: "mAh cm⁻²", si: 742.4, siUnit: "C m⁻²", dimension: "areal capacity" },
 *   equivalence: "dense Li metal, 0.534 g cm⁻³",
 * });
 */
export const UnitConversionResultSchema = z
  .strictObject({
    input: QuantitySchema.describe("The quantity as given."),
    output: QuantitySchema.describe("The same quantity in the requested unit."),
    equivalence: z
      .string()
      .optional()
      .describe(
        'The physical equivalence used when input and output differ in dimension, e.g. "dense Li metal, 0.534 g cm⁻³".',
      ),
  })
  .meta({
    title: "UnitConversionResult",
    description: "A unit conversion: input, output and the equivalence used.",
  });

/**
 * A unit conversion result ({@link UnitConversionResultSchema}).
 *
 * @example
 * const result: UnitConversionResult = convertUnitRequest({ quantity: "5 mA cm-2", to: "A m-2" });
 */
export type UnitConversionResult = z.infer<typeof UnitConversionResultSchema>;
