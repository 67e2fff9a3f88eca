import { z } from "zod";

/**
 * Something that happened in a simulated cell: an electrode ran out of Li while being stripped
 * (`depletion`, the voltage went to the instrument limit), the electrolyte at the plating
 * electrode ran out of salt (`sand-limit`), the instrument's safety limit was reached
 * (`voltage-limit`), a step ended on its own voltage limit because an electrode was exhausted
 * (`exhausted`), or Li nucleated on a fresh surface (`nucleation`).
 *
 * @example r.events[0].kind; // "depletion"
 */
export const CellSimulationEventSchema = z
  .strictObject({
    kind: z.enum(["depletion", "sand-limit", "voltage-limit", "exhausted", "nucleation"]),
    time: z.number().nonnegative().describe("Time from the start, h."),
    step: z.number().int().nonnegative().describe("0-based protocol step."),
    cycle: z.number().int().nonnegative().describe("0-based protocol repeat of that step."),
    electrode: z.enum(["working", "counter"]).optional(),
    message: z.string().min(1),
  })
  .meta({ title: "CellSimulationEvent" });

/** A simulation event ({@link CellSimulationEventSchema}). */
export type CellSimulationEventJson = z.infer<typeof CellSimulationEventSchema>;

const inventory = z
  .number()
  .finite()
  .describe("Li as charge per electrode area, mAh cm⁻² (a cathode's Li counted as its Li).");

/**
 * Where the Li of a simulated cell is, per electrode area (mAh cm⁻²).
 *
 * @example r.lithium.final.deadLithium; // 0.2
 */
export const CellLithiumBalanceSchema = z
  .strictObject({
    initial: z.strictObject({ working: inventory, counter: inventory, total: inventory }),
    final: z.strictObject({
      working: inventory,
      counter: inventory,
      deadLithium: inventory.describe("Lost as dead Li/SEI, (1 − CE) of each plating, mAh cm⁻²."),
      interphase: inventory.describe("Lost through the leaky interphase, mAh cm⁻²."),
      total: inventory,
    }),
    conservationError: z
      .number()
      .nonnegative()
      .describe("|final total − initial total| / initial total."),
  })
  .meta({ title: "CellLithiumBalance" });

/**
 * One protocol repeat ("cycle") of a simulated cell: charge moved each way, mAh cm⁻², and the
 * ratio (the simulated capacity curve of a full cell).
 */
export const CellSimulationCycleRowSchema = z
  .strictObject({
    cycle: z.number().int().nonnegative().describe("0-based protocol repeat."),
    toWorking: z.number().nonnegative().describe("Li moved onto the working electrode, mAh cm⁻²."),
    fromWorking: z.number().nonnegative().describe("Li moved off the working electrode, mAh cm⁻²."),
  })
  .meta({ title: "CellSimulationCycleRow" });

/**
 * The summary of `simulateCell` (`lmb cell simulate --json`): how the run ended, its events,
 * the Li balance, the interphase and, for full cells, the capacity per cycle and cycle life.
 * The voltage trace itself is a `CyclingData` record (`lmb cycling analyze` reads it).
 *
 * @example r.endReason; // "depletion"
 */
export const CellSimulationResultSchema = z
  .strictObject({
    cellKind: z.enum(["symmetric", "asymmetric", "lithium-copper", "full-cell"]),
    endReason: z.enum(["completed", "depletion", "sand-limit", "voltage-limit"]),
    message: z.string().min(1),
    duration: z.number().nonnegative().describe("Simulated time, h."),
    steps: z.strictObject({
      completed: z.number().int().nonnegative(),
      total: z.number().int().positive(),
    }),
    pointCount: z.number().int().nonnegative(),
    events: z.array(CellSimulationEventSchema),
    lithium: CellLithiumBalanceSchema,
    interphase: z
      .strictObject({
        electronicConductivity: z.number().nonnegative().describe("σ_e, S m⁻¹."),
        percolationThreshold: z
          .number()
          .min(0)
          .max(1)
          .nullable()
          .describe("V_p used for σ_e (null when σ_e was given)."),
        regime: z
          .enum(["self-limiting", "linear", "mixed", "none"])
          .describe("Growth: parabolic, linear (percolating), in between, or no growth."),
        thickness: z
          .strictObject({
            working: z.strictObject({ initial: z.number(), final: z.number() }),
            counter: z.strictObject({ initial: z.number(), final: z.number() }),
          })
          .describe("Interphase thickness on each electrode, nm."),
        finalLeakageCurrentDensity: z
          .number()
          .nonnegative()
          .describe("Parasitic current density at the end (largest electrode), mA cm⁻²."),
      })
      .nullable(),
    cycles: z.array(CellSimulationCycleRowSchema),
    cycleLife: z
      .strictObject({
        estimate: z
          .number()
          .nonnegative()
          .nullable()
          .describe("N ≈ Q_excess/((1 − CE)·Q) (null when CE = 1 and there is no leakage)."),
        excess: z.number().describe("Li excess Q_excess, mAh cm⁻²."),
        capacityPerCycle: z.number().nonnegative().describe("Q, mAh cm⁻²."),
      })
      .nullable(),
  })
  .meta({ title: "CellSimulationResult" });

/** The summary of a cell simulation ({@link CellSimulationResultSchema}). */
export type CellSimulationResultJson = z.infer<typeof CellSimulationResultSchema>;
