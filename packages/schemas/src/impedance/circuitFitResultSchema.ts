import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";

/**
 * One parameter of an equivalent-circuit fit: value, start, bounds, standard error and
 * confidence interval, in SI units.
 *
 * @example
 * CircuitFitParameterSchema.parse({
 *   name: "R0", alias: "R0.R", element: "R0", symbol: "R", unit: "Ω", value: 0.0165, initial: 0.01,
 *   fixed: false, min: 0, standardError: 1.5e-4, interval: { lower: 0.0162, upper: 0.0168 },
 * });
 */
export const CircuitFitParameterSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('impedance.py\'s name: the element ("R0") or element_index ("Wo1_1").'),
    alias: z.string().min(1).describe('Readable name element.symbol, e.g. "Wo1.tau".'),
    element: z.string().min(1).describe('The element it belongs to, e.g. "Wo1".'),
    symbol: z.string().min(1).describe('Symbol within the element, e.g. "tau".'),
    unit: z.string().describe('SI unit, e.g. "Ω", "F", "s", "Ω⁻¹ s^α", "1".'),
    value: z.number().describe("Best-fit value."),
    initial: z.number().describe("Starting value of the best start."),
    fixed: z.boolean().describe("Held constant (not fitted)."),
    min: z.number().optional().describe("Lower bound; absent when unbounded."),
    max: z.number().optional().describe("Upper bound; absent when unbounded."),
    atBound: z.enum(["min", "max"]).optional().describe("Set when the value sits on a bound."),
    standardError: z
      .number()
      .nonnegative()
      .optional()
      .describe("Standard error √C_kk, C = s²(JᵀWJ)⁻¹ (absent for fixed parameters)."),
    interval: z
      .strictObject({ lower: z.number(), upper: z.number() })
      .optional()
      .describe("Confidence interval value ± t·SE at the result's confidence level."),
  })
  .meta({ title: "CircuitFitParameter" });

/** A fitted circuit parameter ({@link CircuitFitParameterSchema}). */
export type CircuitFitParameter = z.infer<typeof CircuitFitParameterSchema>;

/**
 * A quantity computed from fitted parameters, e.g. the equivalent capacitance of an R‖CPE arc,
 * with its standard error by the delta method.
 *
 * @example
 * CircuitDerivedQuantitySchema.parse({
 *   source: "p(R1,CPE1)", quantity: "capacitance", symbol: "C_eff", unit: "F", value: 2.1e-6,
 *   formula: "C = (R^(1−α)·Q)^(1/α)",
 * });
 */
export const CircuitDerivedQuantitySchema = z
  .strictObject({
    source: z.string().min(1).describe('The block it describes, e.g. "p(R1,CPE1)" or "Zarc1".'),
    quantity: z
      .enum(["capacitance", "characteristicFrequency", "timeConstant"])
      .describe("What it is."),
    symbol: z.string().min(1).describe('Symbol, e.g. "C_eff", "f_c", "tau".'),
    unit: z.string().describe('SI unit: "F", "Hz" or "s".'),
    value: z.number(),
    standardError: z
      .number()
      .nonnegative()
      .optional()
      .describe("Delta-method standard error from the parameter covariance."),
    formula: z.string().min(1).describe("How it was computed."),
    reference: z.string().optional().describe("Where the formula comes from."),
  })
  .meta({ title: "CircuitDerivedQuantity" });

/** A derived quantity of a circuit fit ({@link CircuitDerivedQuantitySchema}). */
export type CircuitDerivedQuantity = z.infer<typeof CircuitDerivedQuantitySchema>;

const numbers = z.array(z.number());

/**
 * Result of fitting an equivalent circuit to an impedance spectrum by complex nonlinear least
 * squares (`fitCircuit` in `@lmb/impedance`; the `fit` of `lmb eis fit --json`): parameters with
 * standard errors and intervals, derived quantities, goodness of fit, convergence, the model at
 * the data frequencies, residuals in % of |Z|, and Vega-Lite Nyquist and Bode plots.
 *
 * @example
 * const fit = CircuitFitResultSchema.parse(JSON.parse(stdout));
 * fit.parameters.find((p) => p.name === "R0")?.value; // Ω
 */
export const CircuitFitResultSchema = z
  .strictObject({
    circuit: z.string().min(1).describe('The circuit, canonical form, e.g. "R0-p(R1,C1)".'),
    weighting: z
      .enum(["unit", "modulus", "proportional", "custom"])
      .describe(
        "unit: σ = 1; modulus: σ = |Z|; proportional: σ′ = |Z′|, σ″ = |Z″|; custom: user σ.",
      ),
    parameters: z.array(CircuitFitParameterSchema),
    derived: z.array(CircuitDerivedQuantitySchema),
    statistics: z.strictObject({
      pointCount: z.int().positive().describe("N, frequencies fitted."),
      residualCount: z.int().positive().describe("2N real residuals."),
      freeParameterCount: z.int().positive(),
      degreesOfFreedom: z.int().nonnegative().describe("2N − free parameters."),
      chiSquare: z.number().nonnegative().describe("χ² = Σ[(ΔZ′/σ′)² + (ΔZ″/σ″)²]."),
      reducedChiSquare: z.number().nonnegative().optional().describe("χ²/(2N − p)."),
      residualSumOfSquares: z
        .number()
        .nonnegative()
        .describe("Unweighted Σ(ΔZ′² + ΔZ″²) in Ω² (impedance.py's objective)."),
      rootMeanSquareError: z.number().nonnegative().describe("√(RSS/2N) in Ω."),
      aic: z
        .number()
        .optional()
        .describe("Akaike information criterion (absent for an exact fit)."),
      bic: z
        .number()
        .optional()
        .describe("Bayesian information criterion (absent for an exact fit)."),
      confidenceLevel: z.number().gt(0).lt(1),
      scaledConditionNumber: z
        .number()
        .optional()
        .describe("Condition number of JᵀWJ with unit-norm columns (absent when infinite)."),
      identifiability: z.enum(["ok", "ill-conditioned", "singular"]),
    }),
    correlation: z
      .strictObject({ names: z.array(z.string()), matrix: z.array(numbers) })
      .optional()
      .describe("Correlation matrix of the free parameters."),
    convergence: z.strictObject({
      converged: z.boolean(),
      reason: z.enum(["gradient", "step", "cost", "max-iterations", "max-evaluations"]),
      iterations: z.int().nonnegative(),
      functionEvaluations: z.int().nonnegative(),
      starts: z.int().positive().describe("Local fits run (multi-start)."),
      bestStart: z
        .int()
        .nonnegative()
        .describe("Index of the start that gave the result (0 = given/estimated guess)."),
      guess: z.enum(["given", "estimated", "mixed"]).describe("Where the first start came from."),
    }),
    frequency: numbers.describe("Frequencies of the fitted points, Hz."),
    zReal: numbers.describe("Measured Re Z, Ω."),
    zImag: numbers.describe("Measured Im Z, Ω (negative when capacitive)."),
    fitReal: numbers.describe("Model Re Z at the same frequencies, Ω."),
    fitImag: numbers.describe("Model Im Z at the same frequencies, Ω."),
    residualRealPercent: numbers.describe("100·(Z′ − Z′_fit)/|Z| per point."),
    residualImagPercent: numbers.describe("100·(Z″ − Z″_fit)/|Z| per point."),
    warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
    plots: z
      .strictObject({ nyquist: VegaLiteSpecSchema, bode: VegaLiteSpecSchema })
      .optional()
      .describe("Vega-Lite Nyquist (equal axes, −Z″ up) and Bode (|Z| and phase) plots."),
  })
  .meta({
    title: "CircuitFitResult",
    description: "An equivalent-circuit fit of an impedance spectrum.",
  });

/** An equivalent-circuit fit ({@link CircuitFitResultSchema}). */
export type CircuitFitResult = z.infer<typeof CircuitFitResultSchema>;
