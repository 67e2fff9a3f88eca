import { z } from "zod";

/**
 * Something a user should know before trusting a kinetics result (a fit at a bound, a curved
 * Randles–Sevcik plot, a Tafel window known to bias j0): reported, never hidden.
 *
 * @example
 * KineticsWarningSchema.parse({ code: "W_NOT_REACHED", message: "retention stayed above 80 %" });
 */
export const KineticsWarningSchema = z
  .strictObject({
    code: z.string().regex(/^W_[A-Z0-9_]+$/),
    message: z.string().min(1),
  })
  .meta({ title: "KineticsWarning" });

/**
 * A warning attached to a kinetics result ({@link KineticsWarningSchema}).
 *
 * @example
 * const w: KineticsWarning = { code: "W_AT_BOUND", message: "α_a sits on its lower bound" };
 */
export type KineticsWarning = z.infer<typeof KineticsWarningSchema>;

/**
 * Which overpotential a result uses: one electrode's η = E − E_eq, or the polarization of a
 * symmetric Li‖Li cell, η_cell = η_strip + |η_plate| (two interfaces in series).
 *
 * @example
 * OverpotentialConventionSchema.parse("cell");
 */
export const OverpotentialConventionSchema = z
  .enum(["electrode", "cell"])
  .describe(
    "electrode: one interface, η = E − E_eq; cell: symmetric Li‖Li cell, η_cell = η_strip + |η_plate|.",
  );

/**
 * `"electrode"` or `"cell"` ({@link OverpotentialConventionSchema}).
 *
 * @example
 * const convention: OverpotentialConvention = "electrode";
 */
export type OverpotentialConvention = z.infer<typeof OverpotentialConventionSchema>;
