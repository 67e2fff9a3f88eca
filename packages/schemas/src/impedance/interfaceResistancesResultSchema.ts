import { z } from "zod";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { OverpotentialConventionSchema } from "../kinetics/kineticsWarningSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { ValidationWarningSchema } from "./linKkResultSchema.js";

/**
 * What a fitted resistance stands for in a Li-metal cell: the series (bulk electrolyte, contacts)
 * resistance, the SEI (surface film) arc, the charge-transfer arc, or none of these.
 *
 * @example
 * ResistanceRoleSchema.parse("chargeTransfer");
 */
export const ResistanceRoleSchema = z
  .enum(["bulk", "sei", "chargeTransfer", "other"])
  .describe(
    "bulk: series R (electrolyte, contacts); sei: a surface-film arc; chargeTransfer: the charge-transfer arc; other: not counted.",
  );

/** A resistance role ({@link ResistanceRoleSchema}). */
export type ResistanceRole = z.infer<typeof ResistanceRoleSchema>;

/**
 * One resistance of a fitted circuit with the role it was given: a series resistor, or the
 * resistance of an arc (`p(R,C)`, `p(R,CPE)`, `p(R-W…,CPE)`, `Zarc`, `K`) with the arc's
 * characteristic frequency and effective capacitance.
 *
 * @example
 * ClassifiedResistanceSchema.parse({
 *   element: "R1", parameter: "R1", block: "p(R1,CPE1)", role: "sei", assignedBy: "rule",
 *   resistance: 12.1, standardError: 0.3, characteristicFrequency: 15800, capacitance: 8.3e-7,
 * });
 */
export const ClassifiedResistanceSchema = z
  .strictObject({
    element: z.string().min(1).describe('The element, e.g. "R1" or "Zarc1".'),
    parameter: z.string().min(1).describe('Its resistance parameter, e.g. "R1" or "Zarc1_0".'),
    block: z.string().min(1).describe('The block it sits in, e.g. "p(R1,CPE1)" or "R0".'),
    role: ResistanceRoleSchema,
    assignedBy: z
      .enum(["rule", "override"])
      .describe("rule: the documented frequency rule; override: named by the user."),
    resistance: z.number().describe("Fitted value, Ω (the whole cell's)."),
    standardError: z.number().nonnegative().optional().describe("Standard error, Ω."),
    characteristicFrequency: z
      .number()
      .positive()
      .optional()
      .describe("Arc apex frequency f_c = 1/(2πτ), Hz (arcs only)."),
    capacitance: z
      .number()
      .positive()
      .optional()
      .describe("Effective capacitance of the arc, F (Hsu–Mansfeld for a CPE; arcs only)."),
  })
  .meta({ title: "ClassifiedResistance" });

/** A classified resistance ({@link ClassifiedResistanceSchema}). */
export type ClassifiedResistance = z.infer<typeof ClassifiedResistanceSchema>;

/**
 * The sum of the resistances of one role (R_bulk, R_SEI, R_ct or R_int = R_SEI + R_ct): as
 * fitted, per interface (a symmetric cell's interfacial value halved) and area-specific.
 * Standard errors include the fit's correlations.
 *
 * @example
 * const { interfaceResistance, areaSpecificResistance } = result.chargeTransfer;
 */
export const ResistanceTotalSchema = z
  .strictObject({
    parameters: z.array(z.string()).min(1).describe("The parameters summed."),
    resistance: KineticsEstimateSchema.describe("Sum as fitted (whole cell), Ω."),
    interfaceResistance: KineticsEstimateSchema.optional().describe(
      "Per interface, Ω: the sum for one interface, half of it for a symmetric cell (absent for R_bulk).",
    ),
    areaSpecificResistance: KineticsEstimateSchema.optional().describe(
      "Area-specific resistance, Ω cm²: per interface × A (R_bulk × A for the bulk); absent without an area.",
    ),
  })
  .meta({ title: "ResistanceTotal" });

/** A resistance total ({@link ResistanceTotalSchema}). */
export type ResistanceTotal = z.infer<typeof ResistanceTotalSchema>;

/**
 * The resistances Li-metal papers report, read from an equivalent-circuit fit
 * (`interfaceResistances` in `@lmb/impedance`): R_bulk (series R), R_SEI (higher-frequency arcs),
 * R_ct (the lowest-frequency arc), R_int = R_SEI + R_ct, per interface for a symmetric cell, and
 * area-specific in Ω cm², with standard errors and intervals.
 *
 * @example
 * const r = InterfaceResistancesResultSchema.parse(result);
 * r.interphase?.areaSpecificResistance?.value; // Ω cm², per interface
 */
export const InterfaceResistancesResultSchema = z
  .strictObject({
    analysis: z.literal("interface-resistances"),
    circuit: z.string().min(1).describe("The fitted circuit."),
    convention: OverpotentialConventionSchema.describe(
      "electrode: the interfacial arcs belong to one interface; cell: a symmetric Li‖Li cell, two like interfaces in series (each gets half).",
    ),
    interfaceCount: z.union([z.literal(1), z.literal(2)]).describe("Interfaces in series."),
    area: QuantitySchema.optional().describe("Electrode area A (one electrode)."),
    confidenceLevel: z.number().gt(0).lt(1),
    rule: z.string().describe("How resistances were assigned to roles, in words."),
    resistances: z.array(ClassifiedResistanceSchema),
    bulk: ResistanceTotalSchema.optional().describe("R_bulk: series resistors."),
    sei: ResistanceTotalSchema.optional().describe("R_SEI: the higher-frequency arcs."),
    chargeTransfer: ResistanceTotalSchema.optional().describe("R_ct: the lowest-frequency arc."),
    interphase: ResistanceTotalSchema.optional().describe("R_int = R_SEI + R_ct."),
    warnings: z.array(ValidationWarningSchema),
  })
  .meta({
    title: "InterfaceResistancesResult",
    description: "R_bulk, R_SEI, R_ct and R_int of a Li-metal cell from an equivalent-circuit fit.",
  });

/** Li-metal resistances from a circuit fit ({@link InterfaceResistancesResultSchema}). */
export type InterfaceResistancesResult = z.infer<typeof InterfaceResistancesResultSchema>;
