import { z } from "zod";

/**
 * How a nonlinear fit ended (Levenberg–Marquardt of `@lmb/numerics`): whether a tolerance test
 * stopped it, which one, the iterations used and whether the data determine the parameters.
 *
 * @example
 * KineticsConvergenceSchema.parse({ converged: true, reason: "cost", iterations: 9, identifiability: "ok" });
 */
export const KineticsConvergenceSchema = z
  .strictObject({
    converged: z.boolean(),
    reason: z
      .enum(["gradient", "step", "cost", "max-iterations", "max-evaluations"])
      .describe("Which test stopped the fit."),
    iterations: z.int().nonnegative(),
    identifiability: z
      .enum(["ok", "ill-conditioned", "singular"])
      .describe("From the scaled condition number of JᵀJ at the solution."),
  })
  .meta({ title: "KineticsConvergence" });

/**
 * Convergence of a nonlinear fit ({@link KineticsConvergenceSchema}).
 *
 * @example
 * const { converged }: KineticsConvergence = result.convergence;
 */
export type KineticsConvergence = z.infer<typeof KineticsConvergenceSchema>;
