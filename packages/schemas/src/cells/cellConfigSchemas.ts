import {
  area,
  arealCapacity,
  areaSpecificResistance,
  concentration,
  conductivity,
  currentDensity,
  diffusionCoefficient,
  length,
  massLoading,
  molarVolume,
  specificCapacity,
  temperature,
  time,
  voltage,
} from "@lmb/units";
import { z } from "zod";
import { type QuantityKindLike, quantityTextSchema } from "../units/quantityTextSchema.js";

/**
 * A quantity given either as text with its unit (`"100 um"`, `"1 mS cm-1"`), checked for the
 * kind's dimension by `@lmb/units`, or as a bare number already in SI (m, S m⁻¹, …).
 */
function quantityOrSI(kind: QuantityKindLike, si: string) {
  return z.union([z.number().finite().describe(`In SI (${si}).`), quantityTextSchema(kind)]);
}

/** A quantity as text with units or a number in SI (see {@link CellConfigSchema}). */
export type QuantityInput = string | number;

/**
 * A Li-metal foil electrode: give its thickness of dense Li or its areal capacity (exactly one).
 *
 * @example LithiumElectrodeSchema.parse({ kind: "lithium", thickness: "50 um" });
 */
export const LithiumElectrodeSchema = z
  .strictObject({
    kind: z.literal("lithium"),
    thickness: quantityOrSI(length, "m")
      .optional()
      .describe('Thickness of dense Li, e.g. "100 um" (≈ 20.6 mAh cm⁻²).'),
    arealCapacity: quantityOrSI(arealCapacity, "C m⁻²")
      .optional()
      .describe('Li inventory per area, e.g. "4 mAh cm-2"; instead of a thickness.'),
  })
  .meta({ title: "LithiumElectrode" });

/**
 * A bare Cu current collector (Li‖Cu cells): holds no Li at the start.
 *
 * @example CopperElectrodeSchema.parse({ kind: "copper" });
 */
export const CopperElectrodeSchema = z
  .strictObject({
    kind: z.literal("copper"),
  })
  .meta({ title: "CopperElectrode" });

/**
 * An intercalation cathode: specific capacity at 1 C, active mass loading and its open-circuit
 * voltage curve vs Li — a named shape (`"LFP"`, `"NCM"`, the synthetic generators' curves) or a
 * table of `[stateOfCharge, volts]` points (state of charge = fraction of its Li extracted,
 * increasing from 0 to 1). It starts fully lithiated (discharged) unless `initialStateOfCharge`
 * says otherwise.
 *
 * @example
 * CathodeElectrodeSchema.parse({
 *   kind: "cathode", material: "LFP", specificCapacity: "170 mAh/g",
 *   massLoading: "10 mg cm-2", voltageCurve: "LFP",
 * });
 */
export const CathodeElectrodeSchema = z
  .strictObject({
    kind: z.literal("cathode"),
    material: z.string().optional().describe('Active material, e.g. "LiFePO4".'),
    specificCapacity: quantityOrSI(specificCapacity, "C kg⁻¹").describe(
      'Capacity per active mass, e.g. "170 mAh/g".',
    ),
    massLoading: quantityOrSI(massLoading, "kg m⁻²").describe(
      'Active mass per area, e.g. "10 mg cm-2".',
    ),
    voltageCurve: z
      .union([
        z.enum(["LFP", "NCM"]),
        z
          .array(z.tuple([z.number().min(0).max(1), z.number().finite()]))
          .min(2)
          .describe("[state of charge (0–1), open-circuit voltage vs Li (V)] points."),
      ])
      .describe("Open-circuit voltage vs Li as a function of state of charge."),
    initialStateOfCharge: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Fraction of the cathode's Li already extracted at the start. @default 0"),
  })
  .meta({ title: "CathodeElectrode" });

/**
 * One electrode of a simulated cell.
 *
 * @example ElectrodeConfigSchema.parse({ kind: "copper" });
 */
export const ElectrodeConfigSchema = z
  .discriminatedUnion("kind", [
    LithiumElectrodeSchema,
    CopperElectrodeSchema,
    CathodeElectrodeSchema,
  ])
  .meta({ title: "ElectrodeConfig" });

/**
 * A liquid electrolyte in a separator: conductivity (effective, of the soaked separator) and
 * thickness, and the salt transport data that set concentration polarisation and Sand's time
 * (omit them for no concentration polarisation).
 *
 * @example
 * LiquidElectrolyteSchema.parse({ kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" });
 */
export const LiquidElectrolyteSchema = z
  .strictObject({
    kind: z.literal("liquid"),
    conductivity: quantityOrSI(conductivity, "S m⁻¹").describe(
      'Effective ionic conductivity, e.g. "1 mS cm-1".',
    ),
    thickness: quantityOrSI(length, "m").describe('Electrode spacing, e.g. "25 um".'),
    diffusivity: quantityOrSI(diffusionCoefficient, "m² s⁻¹")
      .optional()
      .describe('Salt diffusion coefficient, e.g. "3.22e-6 cm2 s-1".'),
    concentration: quantityOrSI(concentration, "mol m⁻³")
      .optional()
      .describe('Salt concentration, e.g. "1 M".'),
    transferenceNumber: z
      .number()
      .min(0)
      .lt(1)
      .optional()
      .describe("Li⁺ transference number t₊ (0 ≤ t₊ < 1)."),
  })
  .meta({ title: "LiquidElectrolyte" });

/**
 * A solid electrolyte: a single-ion conductor (no concentration polarisation), with its
 * conductivity, thickness and whether Li metal reduces it (which then feeds the interphase).
 *
 * @example
 * SolidElectrolyteSchema.parse({ kind: "solid", conductivity: "2 mS cm-1", thickness: "500 um", reducedByLithium: true });
 */
export const SolidElectrolyteSchema = z
  .strictObject({
    kind: z.literal("solid"),
    material: z.string().optional().describe('E.g. "Li6PS5Cl".'),
    conductivity: quantityOrSI(conductivity, "S m⁻¹").describe(
      'Ionic conductivity, e.g. "2 mS cm-1".',
    ),
    thickness: quantityOrSI(length, "m").describe('Pellet or film thickness, e.g. "500 um".'),
    reducedByLithium: z
      .boolean()
      .optional()
      .describe("Whether Li reduces it (an interphase grows). @default true"),
  })
  .meta({ title: "SolidElectrolyte" });

/**
 * The electrolyte of a simulated cell.
 *
 * @example ElectrolyteConfigSchema.parse({ kind: "liquid", conductivity: 0.1, thickness: 2.5e-5 });
 */
export const ElectrolyteConfigSchema = z
  .discriminatedUnion("kind", [LiquidElectrolyteSchema, SolidElectrolyteSchema])
  .meta({ title: "ElectrolyteConfig" });

/**
 * Metal particles inside the interphase, from which `@lmb/cells` computes its electronic
 * conductivity by percolation (`@lmb/percolation`).
 *
 * @example InterphaseMetalSchema.parse({ fraction: 0.25, particleDiameter: "10 nm" });
 */
export const InterphaseMetalSchema = z
  .strictObject({
    fraction: z.number().min(0).max(1).describe("Metal volume fraction V_f (0–1)."),
    aspectRatio: z
      .number()
      .positive()
      .optional()
      .describe("Particle aspect ratio (1 spheres, > 1 needles, < 1 plates). @default 1"),
    particleDiameter: quantityOrSI(length, "m").describe(
      'Equal-volume particle diameter, e.g. "10 nm".',
    ),
    metalConductivity: quantityOrSI(conductivity, "S m⁻¹")
      .optional()
      .describe('Electronic conductivity of the metal. @default "1e7 S m-1"'),
    insulatorConductivity: quantityOrSI(conductivity, "S m⁻¹")
      .optional()
      .describe('Electronic conductivity of the insulating matrix. @default "1e-10 S m-1"'),
  })
  .meta({ title: "InterphaseMetal" });

/**
 * The interphase on every Li surface (SEI or solid-electrolyte reduction layer): its starting
 * thickness, ionic conductivity (adds resistance as it grows), electronic conductivity — given
 * directly or from its metal content — and the Deal–Grove-type growth law that consumes Li:
 * i_leak = U/(δ/σ_e + r_rxn), dδ/dt = i_leak·V_m/F.
 *
 * @example
 * InterphaseConfigSchema.parse({
 *   initialThickness: "20 nm", ionicConductivity: "1e-6 S cm-1",
 *   electronicConductivity: "1e-12 S cm-1", drivingPotential: "1 V",
 *   reactionResistance: "1e4 ohm cm2",
 * });
 */
export const InterphaseConfigSchema = z
  .strictObject({
    initialThickness: quantityOrSI(length, "m").describe('Thickness at the start, e.g. "20 nm".'),
    ionicConductivity: quantityOrSI(conductivity, "S m⁻¹").describe(
      'Li⁺ conductivity of the layer, e.g. "1e-6 S cm-1".',
    ),
    electronicConductivity: quantityOrSI(conductivity, "S m⁻¹")
      .optional()
      .describe("Electronic conductivity σ_e; or give `metal` to compute it. @default 0"),
    metal: InterphaseMetalSchema.optional(),
    drivingPotential: quantityOrSI(voltage, "V")
      .optional()
      .describe(
        'Driving potential U of electrolyte reduction vs Li, e.g. "1 V". @default 0 (no growth)',
      ),
    reactionResistance: quantityOrSI(areaSpecificResistance, "Ω m²")
      .optional()
      .describe('Areal reaction resistance r_rxn, e.g. "1e4 ohm cm2". @default 1e3 Ω m²'),
    molarVolume: quantityOrSI(molarVolume, "m³ mol⁻¹")
      .optional()
      .describe(
        'Interphase volume per mol Li consumed, e.g. "14 cm3 mol-1" (Li₂S). @default 1.4e-5',
      ),
  })
  .meta({ title: "InterphaseConfig" });

/**
 * Butler–Volmer kinetics of every Li surface (SCIENCE.md §3).
 *
 * @example KineticsConfigSchema.parse({ exchangeCurrentDensity: "1 mA cm-2" });
 */
export const KineticsConfigSchema = z
  .strictObject({
    exchangeCurrentDensity: quantityOrSI(currentDensity, "A m⁻²").describe(
      'Exchange current density j0 per interface, e.g. "1 mA cm-2".',
    ),
    anodicTransferCoefficient: z.number().positive().optional().describe("α_a. @default 0.5"),
    cathodicTransferCoefficient: z.number().positive().optional().describe("α_c. @default 0.5"),
  })
  .meta({ title: "KineticsConfig" });

/**
 * A Li‖Li, Li‖Cu or cathode‖Li cell to simulate (`simulateCell` of `@lmb/cells`, `lmb cell
 * simulate`). Quantities are text with units (`"100 um"`, `"1.13 cm2"`, `"1 mS cm-1"`) or
 * numbers in SI. The working electrode is the one a `plate` step deposits Li on (the thin Li of
 * an asymmetric cell, the Cu of Li‖Cu, the cathode of a full cell).
 *
 * @example
 * CellConfigSchema.parse({
 *   area: "1.13 cm2",
 *   workingElectrode: { kind: "lithium", thickness: "20 um" },
 *   counterElectrode: { kind: "lithium", thickness: "100 um" },
 *   electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
 *   coulombicEfficiency: 0.99,
 * });
 */
export const CellConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
    name: z.string().optional().describe("What the cell is."),
    area: quantityOrSI(area, "m²").describe('Electrode area, e.g. "1.13 cm2".'),
    temperature: quantityOrSI(temperature, "K")
      .optional()
      .describe('Cell temperature, e.g. "25 °C". @default 298.15 K'),
    workingElectrode: ElectrodeConfigSchema,
    counterElectrode: ElectrodeConfigSchema,
    electrolyte: ElectrolyteConfigSchema,
    interphase: InterphaseConfigSchema.optional().describe("Interphase on Li; none when absent."),
    kinetics: KineticsConfigSchema.optional().describe(
      '@default { exchangeCurrentDensity: "1 mA cm-2" }',
    ),
    coulombicEfficiency: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        "Fraction of plated Li that can be stripped again (1 − CE → dead Li/SEI). @default 1",
      ),
    nucleation: z
      .strictObject({
        overpotential: quantityOrSI(voltage, "V").describe('Spike height, e.g. "40 mV".'),
        tipTime: quantityOrSI(time, "s")
          .optional()
          .describe('Time of the tip, e.g. "30 s". @default 30 s'),
      })
      .optional()
      .describe("Nucleation spike when Li is first plated on a surface; none when absent."),
    voltageLimits: z
      .strictObject({
        lower: quantityOrSI(voltage, "V").optional().describe("@default -5 V"),
        upper: quantityOrSI(voltage, "V").optional().describe("@default 5 V"),
      })
      .optional()
      .describe("The instrument's safety limits; reaching one ends the test."),
  })
  .meta({
    title: "CellConfig",
    description:
      "A Li-metal cell for `lmb cell simulate`: electrodes, electrolyte, interphase, area.",
  });

/** A cell to simulate ({@link CellConfigSchema}), as written (text quantities or SI numbers). */
export type CellConfig = z.input<typeof CellConfigSchema>;
/** One electrode ({@link ElectrodeConfigSchema}). */
export type ElectrodeConfig = z.input<typeof ElectrodeConfigSchema>;
/** The electrolyte ({@link ElectrolyteConfigSchema}). */
export type ElectrolyteConfig = z.input<typeof ElectrolyteConfigSchema>;
/** The interphase ({@link InterphaseConfigSchema}). */
export type InterphaseConfig = z.input<typeof InterphaseConfigSchema>;
