import { z } from "zod";

/**
 * A unit conversion as a user asks for it: the quantity as text, the target unit, and
 * optionally a material whose equivalences may be used (`"Li"`: thickness ↔ areal capacity ↔
 * areal mass of dense Li metal). The docs' live converter validates its form with this schema
 * and `lmb units convert` takes the same three inputs.
 *
 * @example
 * UnitConversionRequestSchema.parse({ quantity: "100 um", to: "mAh cm-2", material: "Li" });
 */
export const UnitConversionRequestSchema = z
  .object({
    quantity: z
      .string()
      .trim()
      .min(1, "enter a quantity with its unit, e.g. 5 mA cm-2")
      .describe('The quantity to convert, with its unit, e.g. "5 mA cm-2" or "100 µm".'),
    to: z
      .string()
      .trim()
      .min(1, "enter the unit to convert to, e.g. A m-2")
      .describe('The unit to convert to, e.g. "A m-2" or "mAh cm-2".'),
    material: z
      .literal("Li")
      .optional()
      .describe("Allow the equivalences of this material (dense Li metal, 0.534 g cm⁻³)."),
    difference: z
      .boolean()
      .optional()
      .describe("Treat the value as a difference: 1 °C → 1 K instead of 274.15 K."),
  })
  .meta({
    title: "UnitConversionRequest",
    description: "A unit conversion as a user asks for it.",
  });

/**
 * A unit conversion request ({@link UnitConversionRequestSchema}).
 *
 * @example
 * const request: UnitConversionRequest = { quantity: "5 mA cm-2", to: "A m-2" };
 */
export type UnitConversionRequest = z.infer<typeof UnitConversionRequestSchema>;
