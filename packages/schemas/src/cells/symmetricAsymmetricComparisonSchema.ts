import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";

const hours = z.number().nonnegative().describe("Time from the start, h.");

/**
 * One cell of a symmetric-versus-asymmetric comparison (SCIENCE.md §7, Su et al. 2025): its two
 * Li electrodes, how its run ended, when (if ever) an electrode ran out of Li and the voltage went
 * to the instrument's limit, and how far its polarisation rose before that.
 *
 * @example r.cells[2].depletion?.time; // 206.4 (h): the 20 µm electrode ran out
 */
export const ComparedCellSchema = z
  .strictObject({
    label: z.string().min(1).describe('E.g. "100 µm | 20 µm".'),
    kind: z.enum(["symmetric", "asymmetric"]),
    workingThickness: z.number().positive().describe("Thickness of the working (thin) Li, µm."),
    counterThickness: z.number().positive().describe("Thickness of the counter (thick) Li, µm."),
    workingInventory: z
      .number()
      .positive()
      .describe("Li of the working electrode at the start, mAh cm⁻²."),
    endReason: z.enum(["completed", "depletion", "sand-limit", "voltage-limit"]),
    duration: hours.describe("Simulated time until the run ended, h."),
    depletion: z
      .strictObject({
        time: hours,
        cycle: z.number().int().nonnegative().describe("0-based protocol cycle."),
        electrode: z.enum(["working", "counter"]),
      })
      .nullable()
      .describe("When an electrode ran out of Li (null: it never did within the protocol)."),
    hitVoltageLimit: z
      .boolean()
      .describe("Whether the voltage reached the instrument's limit (depletion or overvoltage)."),
    polarisation: z
      .strictObject({
        initial: z.number().nonnegative().describe("|V| at the end of the first half cycle, mV."),
        final: z
          .number()
          .nonnegative()
          .describe("|V| at the end of the last complete half cycle, mV."),
        maximum: z
          .number()
          .nonnegative()
          .describe("Largest |V| of a complete half cycle before any limit, mV."),
      })
      .describe("Polarisation (cell voltage magnitude at the end of each half cycle)."),
    lithiumLost: z
      .strictObject({
        interphase: z.number().nonnegative().describe("Consumed by the interphase, mAh cm⁻²."),
        deadLithium: z.number().nonnegative().describe("Lost as dead Li (1 − CE), mAh cm⁻²."),
      })
      .describe("Li lost from both electrodes together by the end of the run."),
  })
  .meta({ title: "ComparedCell" });

/** One compared cell ({@link ComparedCellSchema}). */
export type ComparedCellJson = z.infer<typeof ComparedCellSchema>;

/**
 * Depletion time against metal fraction for every cell of a comparison: the same interphase with
 * more or less metal, crossing the percolation threshold V_p.
 *
 * @example r.fractionSweep.depletionTime[2][10]; // h, or null (no depletion)
 */
export const DepletionSweepSchema = z
  .strictObject({
    fractions: z.array(z.number().min(0).max(1)).describe("Metal volume fractions V_f."),
    depletionTime: z
      .array(z.array(z.number().nonnegative().nullable()))
      .describe("[cell][fraction] time of depletion, h; null when the cell never depleted."),
  })
  .meta({ title: "DepletionSweep" });

/**
 * The result of `compareSymmetricAsymmetric` (`lmb cell compare-symmetric-asymmetric --json`):
 * one interphase in a symmetric cell and in asymmetric cells under one protocol, showing that the
 * symmetric cell only polarises while the thin electrodes of the asymmetric cells run out of Li
 * and send the voltage to the limit; and how the depletion time falls with metal fraction across
 * the percolation threshold.
 *
 * @example r.cells.map((c) => c.depletion?.time ?? null); // [null, 515.2, 206.4]
 */
export const SymmetricAsymmetricComparisonResultSchema = z
  .strictObject({
    protocol: z.strictObject({
      text: z.string(),
      steps: z.number().int().positive(),
      duration: hours.describe("Length of the protocol if no cell ends early, h."),
    }),
    interphase: z
      .strictObject({
        metalFraction: z.number().min(0).max(1).nullable(),
        aspectRatio: z.number().positive().nullable(),
        percolationThreshold: z.number().min(0).max(1).nullable().describe("V_p used."),
        percolating: z.boolean().nullable().describe("V_f > V_p (null without metal)."),
        electronicConductivity: z.number().nonnegative().describe("σ_e, S m⁻¹."),
        initialLeakageCurrentDensity: z
          .number()
          .nonnegative()
          .describe("Li loss per Li surface at the start, i_leak = U/(δ0/σ_e + r_rxn), mA cm⁻²."),
      })
      .describe("The interphase every Li surface carries."),
    cells: z.array(ComparedCellSchema).min(2),
    fractionSweep: DepletionSweepSchema.nullable(),
    conclusion: z.string().min(1).describe("One sentence: what the comparison shows."),
    plots: z.strictObject({
      traces: VegaLiteSpecSchema.describe("Voltage against time, one panel per cell."),
      depletion: VegaLiteSpecSchema.nullable().describe("Depletion time against metal fraction."),
    }),
  })
  .meta({
    title: "SymmetricAsymmetricComparisonResult",
    description:
      "lmb cell compare-symmetric-asymmetric: why symmetric Li‖Li cells can hide Li depletion.",
  });

/** The symmetric-versus-asymmetric comparison ({@link SymmetricAsymmetricComparisonResultSchema}). */
export type SymmetricAsymmetricComparisonResultJson = z.infer<
  typeof SymmetricAsymmetricComparisonResultSchema
>;
