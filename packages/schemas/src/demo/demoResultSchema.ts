import { z } from "zod";
import { QuantitySchema } from "../units/quantitySchema.js";

/**
 * One line of the demo walkthrough: a label, the value as text, and the value as data — a
 * quantity, or a plain number for counts and ratios — with the formula that gave it.
 *
 * @example
 * DemoLineSchema.parse({ label: "cycles in the duration", text: "250", number: 250, formula: "t / (2q/j)" });
 */
export const DemoLineSchema = z
  .strictObject({
    label: z.string().min(1).describe("What the value is."),
    text: z.string().min(1).describe('The value formatted for reading, e.g. "10.31 mAh cm⁻²".'),
    quantity: QuantitySchema.optional().describe("The value, when it has a unit."),
    number: z.number().optional().describe("The value, when it is a plain number."),
    formula: z.string().optional().describe('How it was computed, e.g. "q = l·ρ·F/M".'),
  })
  .refine((line) => (line.quantity === undefined) !== (line.number === undefined), {
    message: "a demo line holds exactly one of quantity and number",
  })
  .meta({ title: "DemoLine" });

/**
 * A line of the demo walkthrough ({@link DemoLineSchema}).
 *
 * @example
 * const line: DemoLine = { label: "cycles", text: "250", number: 250 };
 */
export type DemoLine = z.infer<typeof DemoLineSchema>;

/**
 * One section of the demo walkthrough, e.g. `"lithium-inventory"` or `"conductivity"`.
 *
 * @example
 * DemoSectionSchema.parse({ id: "conductivity", title: "Ionic conductivity", lines: [] });
 */
export const DemoSectionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, "a section id is kebab-case")
      .describe("Stable identifier, kebab-case."),
    title: z.string().min(1),
    lines: z.array(DemoLineSchema),
  })
  .meta({ title: "DemoSection" });

/**
 * A section of the demo walkthrough ({@link DemoSectionSchema}).
 *
 * @example
 * const section: DemoSection = { id: "conductivity", title: "Ionic conductivity", lines: [] };
 */
export type DemoSection = z.infer<typeof DemoSectionSchema>;

/**
 * What `lmb demo --json` prints: the protocol's title, where it was read from, and one section
 * per package that has something to show (for now the units walkthrough). Sections are added as
 * packages land; their ids are stable.
 *
 * @example
 * const demo = DemoResultSchema.parse(JSON.parse(stdout));
 * demo.sections.map((s) => s.id); // ["lithium-inventory", "symmetric-cycling", …]
 */
export const DemoResultSchema = z
  .strictObject({
    title: z.string().min(1).describe("The protocol's title."),
    input: z.string().min(1).describe("Where the protocol was read from."),
    sections: z.array(DemoSectionSchema),
  })
  .meta({ title: "DemoResult", description: "The walkthrough printed by `lmb demo`." });

/**
 * The demo walkthrough ({@link DemoResultSchema}).
 *
 * @example
 * const demo: DemoResult = DemoResultSchema.parse(JSON.parse(stdout));
 */
export type DemoResult = z.infer<typeof DemoResultSchema>;
