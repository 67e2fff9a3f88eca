import { z } from "zod";

/**
 * A physical quantity as lmb prints it in JSON: the value in the unit it is expressed in, the
 * same value in coherent SI, and what it measures. Every `--json` result of the CLI and every
 * calculator in the docs carries quantities in this shape, so a reader in another language
 * never has to parse a unit string to get a number.
 *
 * `value` and `si` are finite (zod 4's `z.number()` rejects `Infinity` and `NaN`); a result
 * that would need an infinite number is an error, never a quantity.
 *
 * @example
 * QuantitySchema.parse({
 *   value: 5,
 *   unit: "mA cm⁻²",
 *   si: 50,
 *   siUnit: "A m⁻²",
 *   dimension: "current density",
 * });
 */
export const QuantitySchema = z
  .strictObject({
    value: z.number().describe("The value, expressed in `unit`."),
    unit: z
      .string()
      .describe('The unit of `value`, formatted with Unicode superscripts, e.g. "mA cm⁻²".'),
    si: z.number().describe("The same quantity in coherent SI units (`siUnit`)."),
    siUnit: z.string().describe('The coherent SI unit of `si`, e.g. "A m⁻²".'),
    dimension: z
      .string()
      .describe(
        'What the quantity measures: a name such as "current density" when the dimension has one, otherwise its formula over L M T I Θ N J, e.g. "L⁻² T I".',
      ),
  })
  .meta({
    id: "Quantity",
    title: "Quantity",
    description: "A physical quantity: value and unit as shown to a researcher, plus SI value.",
  });

/**
 * A quantity in lmb's JSON shape ({@link QuantitySchema}). Named `QuantityJson` so it does not
 * clash with `Quantity` from `@lmb/units` (value + parsed unit), from which it is built with
 * {@link toQuantityJson}.
 *
 * @example
 * const j: QuantityJson = { value: 5, unit: "mA cm⁻²", si: 50, siUnit: "A m⁻²", dimension: "current density" };
 */
export type QuantityJson = z.infer<typeof QuantitySchema>;
