import {
  activationEnergy,
  area,
  arealCapacity,
  currentDensity,
  length,
  massLoading,
  resistance,
  specificCapacity,
  temperature,
  time,
} from "@lmb/units";
import { z } from "zod";
import { quantityTextSchema } from "../units/quantityTextSchema.js";

/**
 * The input of `lmb demo`: a small description of a Li-metal study — a Li‖Li symmetric cell
 * and its cycling protocol, a cathode for a full cell, a blocking cell for ionic conductivity,
 * and an activation energy. Quantities are written as text with units (`"50 um"`,
 * `"1 mA cm-2"`), as in a lab notebook, and each is checked for the right dimension. Unknown
 * keys are rejected, so a misspelt field is reported rather than ignored.
 *
 * @example
 * DemoProtocolSchema.parse(JSON.parse(readFileSync("examples/demo-protocol.json", "utf8")));
 */
export const DemoProtocolSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
    title: z.string().min(1).describe("What is studied."),
    description: z.string().optional(),
    symmetricCell: z
      .strictObject({
        lithiumThickness: quantityTextSchema(length).describe(
          'Thickness of each Li foil electrode, e.g. "50 um".',
        ),
        currentDensity: quantityTextSchema(currentDensity).describe(
          'Current density of each half cycle, e.g. "1 mA cm-2".',
        ),
        capacityPerHalfCycle: quantityTextSchema(arealCapacity).describe(
          'Areal capacity plated (then stripped) per half cycle, e.g. "1 mAh cm-2".',
        ),
        duration: quantityTextSchema(time).describe('Length of the cycling test, e.g. "500 h".'),
      })
      .describe("A galvanostatic Li‖Li plating/stripping test."),
    cathode: z
      .strictObject({
        material: z.string().min(1).describe('Active material, e.g. "LiFePO4 (LFP)".'),
        specificCapacity: quantityTextSchema(specificCapacity).describe(
          'Capacity at 1 C per active mass, e.g. "170 mAh/g".',
        ),
        massLoading: quantityTextSchema(massLoading).describe(
          'Active mass per electrode area, e.g. "10 mg cm-2".',
        ),
        area: quantityTextSchema(area).describe('Electrode area, e.g. "1.13 cm2".'),
        cRate: z.number().positive().describe("C-rate of the full-cell test, e.g. 1."),
      })
      .describe("The cathode of a cathode‖Li full cell."),
    blockingCell: z
      .strictObject({
        thickness: quantityTextSchema(length).describe('Electrolyte thickness, e.g. "500 um".'),
        resistance: quantityTextSchema(resistance).describe(
          'Bulk resistance from impedance, e.g. "25 ohm".',
        ),
        area: quantityTextSchema(area).describe('Electrode area, e.g. "1.13 cm2".'),
        temperature: quantityTextSchema(temperature).describe(
          'Measurement temperature, e.g. "25 °C".',
        ),
      })
      .describe("A stainless steel‖electrolyte‖stainless steel cell for ionic conductivity."),
    activationEnergy: quantityTextSchema(activationEnergy).describe(
      'Activation energy from an Arrhenius fit, e.g. "40 kJ/mol".',
    ),
  })
  .meta({
    title: "DemoProtocol",
    description: "The example study that `lmb demo` walks through.",
  });

/**
 * The input of `lmb demo` ({@link DemoProtocolSchema}).
 *
 * @example
 * const protocol: DemoProtocol = DemoProtocolSchema.parse(json);
 */
export type DemoProtocol = z.infer<typeof DemoProtocolSchema>;
