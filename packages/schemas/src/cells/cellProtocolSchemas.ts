import { z } from "zod";

/**
 * How a protocol step sets its current: a current density (A m⁻², SI), an absolute current (A) or
 * a C-rate (h⁻¹, needs the cell's nominal capacity). Always a positive magnitude; the step's
 * `direction` gives the sign.
 *
 * @example ProtocolCurrentSchema.parse({ kind: "density", value: 5 }); // 0.5 mA cm⁻²
 */
export const ProtocolCurrentSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("density"),
      value: z.number().positive().describe("Current density, A m⁻² (1 mA cm⁻² = 10 A m⁻²)."),
    }),
    z.strictObject({
      kind: z.literal("current"),
      value: z.number().positive().describe("Current, A."),
    }),
    z.strictObject({
      kind: z.literal("c-rate"),
      value: z.number().positive().describe("C-rate, h⁻¹ (C/10 = 0.1)."),
    }),
  ])
  .meta({ title: "ProtocolCurrent" });

/** A protocol step's current ({@link ProtocolCurrentSchema}). */
export type ProtocolCurrent = z.infer<typeof ProtocolCurrentSchema>;

/**
 * When a step ends. A step ends at the first of its limits that is reached:
 * a duration (s), a passed areal charge (C m⁻², SI; 1 mAh cm⁻² = 36 000 C m⁻²), a passed
 * charge (C), or a cell voltage (V; reached from either side).
 *
 * @example StepLimitSchema.parse({ kind: "duration", seconds: 3600 });
 */
export const StepLimitSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("duration"), seconds: z.number().positive() }),
    z.strictObject({
      kind: z.literal("areal-capacity"),
      value: z.number().positive().describe("Areal charge, C m⁻²."),
    }),
    z.strictObject({
      kind: z.literal("capacity"),
      value: z.number().positive().describe("Charge, C."),
    }),
    z.strictObject({ kind: z.literal("voltage"), volts: z.number().finite() }),
  ])
  .meta({ title: "StepLimit" });

/** A step's end condition ({@link StepLimitSchema}). */
export type StepLimit = z.infer<typeof StepLimitSchema>;

/**
 * What a galvanostatic step does, with the sign convention of the cycler (BDF: + current = charge):
 * - `plate`: Li deposited on the working electrode (Cu in Li‖Cu, the thin Li of an asymmetric
 *   cell, electrode 1 of a symmetric cell); negative cell current.
 * - `strip`: Li removed from the working electrode; positive cell current.
 * - `charge` / `discharge`: full cells (Li moves to / from the Li anode); + / − current.
 *
 * @example StepDirectionSchema.parse("plate");
 */
export const StepDirectionSchema = z
  .enum(["plate", "strip", "charge", "discharge"])
  .meta({ title: "StepDirection" });

/** A galvanostatic step's direction ({@link StepDirectionSchema}). */
export type StepDirection = z.infer<typeof StepDirectionSchema>;

/**
 * One step of an expanded protocol: a galvanostatic step or a rest. `source` is the step's text
 * and its 0-based character offset in the protocol, so errors and results can point at it;
 * `cycle` is the 0-based repeat index the step belongs to (0 outside repeats); `tags` carry
 * a role for protocols that need one (e.g. `reservoir-formation`, `reservoir-cycle`,
 * `reservoir-final-strip` for the Adams reservoir protocol, `ccd-rung` for CCD ladders).
 *
 * @example
 * ProtocolStepSchema.parse({
 *   kind: "galvanostatic", direction: "plate", current: { kind: "density", value: 5 },
 *   limits: [{ kind: "duration", seconds: 3600 }], cycle: 0, tags: [],
 *   source: { text: "Plate at 0.5 mA cm-2 for 1 h", offset: 0 },
 * });
 */
export const ProtocolStepSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("galvanostatic"),
      direction: StepDirectionSchema,
      current: ProtocolCurrentSchema,
      limits: z.array(StepLimitSchema).min(1),
      cycle: z.number().int().nonnegative(),
      tags: z.array(z.string()),
      source: z.strictObject({ text: z.string(), offset: z.number().int().nonnegative() }),
    }),
    z.strictObject({
      kind: z.literal("rest"),
      seconds: z.number().positive(),
      cycle: z.number().int().nonnegative(),
      tags: z.array(z.string()),
      source: z.strictObject({ text: z.string(), offset: z.number().int().nonnegative() }),
    }),
  ])
  .meta({ title: "ProtocolStep" });

/** One expanded protocol step ({@link ProtocolStepSchema}). */
export type ProtocolStep = z.infer<typeof ProtocolStepSchema>;

/**
 * A parsed protocol: its text and the expanded steps, in order.
 *
 * @example CellProtocolSchema.parse({ text: "Rest for 10 min", steps: [ … ] });
 */
export const CellProtocolSchema = z
  .strictObject({
    text: z.string(),
    steps: z.array(ProtocolStepSchema).min(1),
  })
  .meta({ title: "CellProtocol" });

/** A parsed protocol ({@link CellProtocolSchema}). */
export type CellProtocol = z.infer<typeof CellProtocolSchema>;
