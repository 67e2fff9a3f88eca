import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * One physical constant or material fact with its symbol and source.
 *
 * @example
 * ConstantEntrySchema.parse({
 *   name: "Faraday constant",
 *   symbol: "F",
 *   quantity: { value: 96485.33212, unit: "C mol⁻¹", si: 96485.33212, siUnit: "C mol⁻¹", dimension: "T I N⁻¹" },
 *   source: "CODATA 2018 (exact: e·N_A)",
 * });
 */
export const ConstantEntrySchema = z
  .strictObject({
    name: z.string().min(1).describe('What it is, e.g. "Faraday constant".'),
    symbol: z.string().min(1).describe('Its usual symbol, e.g. "F".'),
    quantity: QuantitySchema.describe("Its value, in the customary unit and in SI."),
    source: z.string().min(1).describe("Where the value comes from."),
  })
  .meta({ title: "ConstantEntry", description: "A constant or material fact with its source." });

/**
 * A constant or material fact ({@link ConstantEntrySchema}).
 *
 * @example
 * const faraday: ConstantEntry = result.constants[0];
 */
export type ConstantEntry = z.infer<typeof ConstantEntrySchema>;

/**
 * The constants and Li metal facts lmb uses (CODATA 2018 exact constants; Li molar mass,
 * density, capacities, molar volume, standard potential). Printed by `lmb units constants --json`.
 *
 * @example
 * const { constants, lithium } = ConstantsResultSchema.parse(JSON.parse(stdout));
 */
export const ConstantsResultSchema = z
  .strictObject({
    constants: z.array(ConstantEntrySchema).describe("Physical constants (CODATA 2018)."),
    lithium: z.array(ConstantEntrySchema).describe("Facts about Li metal."),
  })
  .meta({ title: "ConstantsResult", description: "Physical constants and Li metal facts." });

/**
 * The constants table ({@link ConstantsResultSchema}).
 *
 * @example
 * const table: ConstantsResult = ConstantsResultSchema.parse(JSON.parse(stdout));
 */
export type ConstantsResult = z.infer<typeof ConstantsResultSchema>;
