import { z } from "zod";
import { CapacityFadeResultSchema } from "../kinetics/capacityFadeResultSchema.js";
import { AreaSourceSchema, CyclingWarningSchema } from "./cyclingCommonSchemas.js";

/**
 * One full-cell cycle (charge and discharge): capacities in mAh, mAh g⁻¹ and mAh cm⁻², energies
 * in mWh, voltages in V (hysteresis mV), currents mA, CE and retention in %.
 *
 * @example
 * r.cycles[0].specificDischargeCapacity; // 158 mAh g⁻¹
 */
export const FullCellCycleRowSchema = z
  .strictObject({
    cycle: z.number().int().positive().describe("1-based."),
    chargeCapacity: z.number().nonnegative().describe("mAh."),
    dischargeCapacity: z.number().nonnegative().describe("mAh."),
    specificChargeCapacity: z
      .number()
      .nonnegative()
      .nullable()
      .describe("mAh g⁻¹ (null without mass)."),
    specificDischargeCapacity: z.number().nonnegative().nullable().describe("mAh g⁻¹."),
    arealChargeCapacity: z
      .number()
      .nonnegative()
      .nullable()
      .describe("mAh cm⁻² (null without area)."),
    arealDischargeCapacity: z.number().nonnegative().nullable().describe("mAh cm⁻²."),
    coulombicEfficiency: z
      .number()
      .nonnegative()
      .describe(
        "Q_out/Q_in, %: Q_dis/Q_ch for a cathode, Q_ch/Q_dis for an anode (see convention).",
      ),
    chargeEnergy: z.number().describe("mWh."),
    dischargeEnergy: z.number().describe("mWh."),
    energyEfficiency: z.number().describe("%."),
    averageChargeVoltage: z.number().describe("V."),
    averageDischargeVoltage: z.number().describe("V."),
    voltageHysteresis: z.number().describe("mV."),
    chargeCurrent: z.number().nonnegative().describe("mA."),
    dischargeCurrent: z.number().nonnegative().describe("mA."),
    dischargeCurrentDensity: z.number().nonnegative().nullable().describe("mA cm⁻²."),
    chargeCRate: z
      .number()
      .nonnegative()
      .nullable()
      .describe("h⁻¹ (null without a nominal capacity)."),
    dischargeCRate: z.number().nonnegative().nullable().describe("h⁻¹."),
    retention: z
      .number()
      .describe(
        "Delivered capacity (Q_dis of a cathode, Q_ch of an anode) relative to the reference cycle's, %.",
      ),
    startTime: z.number().describe("h."),
    endTime: z.number().describe("h."),
  })
  .meta({ title: "FullCellCycleRow" });

/** A full-cell cycle ({@link FullCellCycleRowSchema}). */
export type FullCellCycleRow = z.infer<typeof FullCellCycleRowSchema>;

/**
 * One step of a rate-capability table: consecutive cycles at one rate.
 *
 * @example r.rateCapability.steps.map((s) => [s.dischargeCRate, s.meanSpecificDischargeCapacity]);
 */
export const RateCapabilityStepRowSchema = z
  .strictObject({
    step: z.number().int().nonnegative(),
    firstCycle: z.number().int().positive(),
    lastCycle: z.number().int().positive(),
    cycleCount: z.number().int().positive(),
    dischargeCRate: z.number().nullable().describe("h⁻¹."),
    chargeCRate: z.number().nullable().describe("h⁻¹."),
    dischargeCurrent: z.number().describe("mA."),
    dischargeCurrentDensity: z.number().nullable().describe("mA cm⁻²."),
    meanDischargeCapacity: z.number().describe("mAh."),
    meanSpecificDischargeCapacity: z.number().nullable().describe("mAh g⁻¹."),
    meanArealDischargeCapacity: z.number().nullable().describe("mAh cm⁻²."),
    lastDischargeCapacity: z.number().describe("mAh."),
    meanCoulombicEfficiency: z.number().describe("%."),
    relativeToFirstStep: z
      .number()
      .describe(
        "Mean delivered capacity (Q_dis of a cathode, Q_ch of an anode) / the first step's, %.",
      ),
  })
  .meta({ title: "RateCapabilityStepRow" });

/**
 * Full-cell (Li‖LFP, Li‖NCM) cycling (`fullCellCycling` of `@lmb/cells` through
 * `fullCellCyclingJson`): per-cycle capacities, CE, energies, average voltages, retention, fade
 * per cycle and cycles to 80 %, and the rate-capability table.
 *
 * @example
 * const r = FullCellCyclingResultSchema.parse(result);
 * r.retention.fade?.geometric.fadePerCycle.value; // % per cycle
 */
export const FullCellCyclingResultSchema = z
  .strictObject({
    analysis: z.literal("full-cell-cycling"),
    source: z.string().optional(),
    area: z.number().positive().nullable().describe("cm²."),
    areaSource: AreaSourceSchema,
    activeMass: z.number().positive().nullable().describe("Active cathode mass, mg."),
    activeMassSource: z.enum(["option", "metadata", "none"]),
    nominalCapacity: z
      .strictObject({
        value: z.number().positive().describe("The capacity that defines 1 C, mAh."),
        basis: z.enum(["option", "specific-capacity", "cathode"]),
      })
      .nullable(),
    convention: z
      .strictObject({
        electrode: z
          .enum(["cathode", "anode"])
          .describe(
            "Working electrode against Li: cathode (charged first) or insertion anode (lithiated first).",
          ),
        electrodeSource: z.enum(["option", "voltage"]),
        chargeSign: z
          .union([z.literal(1), z.literal(-1)])
          .describe(
            "Sign of the current that charges (oxidises) the working electrode; −1 when the file's sign is inverted.",
          ),
        chargeSignSource: z.enum(["convention", "voltage"]),
        rule: z.string().describe("The pairing and CE rule, in words."),
      })
      .describe(
        "CE = Q_out/Q_in: Q_dis/Q_ch for a cathode, Q_ch/Q_dis (delithiation/lithiation) for an anode.",
      ),
    order: z.enum(["charge-first", "discharge-first"]),
    orderSource: z.enum(["option", "electrode"]),
    cycles: z.array(FullCellCycleRowSchema),
    initialDischarge: z
      .strictObject({ capacity: z.number().describe("mAh."), energy: z.number().describe("mWh.") })
      .nullable(),
    referenceCycle: z.number().int().positive(),
    retention: z.strictObject({
      threshold: z.number().describe("%."),
      firstCycle: z.number().int().positive(),
      lastCycle: z.number().int().positive(),
      firstCycleBelow: z.number().int().positive().nullable(),
      censored: z.boolean(),
      fade: CapacityFadeResultSchema.nullable().describe("null with fewer than 3 cycles."),
    }),
    rateCapability: z.strictObject({
      steps: z.array(RateCapabilityStepRowSchema),
      recovery: z
        .strictObject({
          step: z.number().int().nonnegative(),
          relativeCapacity: z.number().describe("%."),
        })
        .nullable(),
    }),
    warnings: z.array(CyclingWarningSchema),
  })
  .meta({
    title: "FullCellCyclingResult",
    description: "Full-cell capacity, CE, energy, retention, fade and rate capability per cycle.",
  });

/** A full-cell analysis ({@link FullCellCyclingResultSchema}). */
export type FullCellCyclingResultJson = z.infer<typeof FullCellCyclingResultSchema>;
