import { z } from "zod";
import { CircuitFitResultSchema } from "../impedance/circuitFitResultSchema.js";
import { InterfaceResistancesResultSchema } from "../impedance/interfaceResistancesResultSchema.js";
import { ValidationWarningSchema } from "../impedance/linKkResultSchema.js";
import { ArrheniusFitResultSchema } from "../kinetics/arrheniusFitResultSchema.js";
import { ChargeTransferExchangeCurrentResultSchema } from "../kinetics/microPolarizationResultSchema.js";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";

/**
 * Where a spectrum's temperature came from: given by the caller, read from the file's
 * temperature column (mean), or the 25 °C default (then it takes no part in an Arrhenius fit).
 *
 * @example
 * TemperatureSourceSchema.parse("file");
 */
export const TemperatureSourceSchema = z
  .enum(["given", "file", "default"])
  .describe("given: by the caller; file: mean of the file's temperature column; default: 25 °C.");

/**
 * One Li-metal impedance spectrum analysed (`interfaceImpedance` in `@lmb/cells`,
 * `lmb eis fit --json`): the equivalent-circuit fit, the resistances papers report (R_bulk,
 * R_SEI, R_ct, R_int, per interface and in Ω cm²) and, when the area is known, j0 from R_ct
 * (j0 = RT/((α_a + α_c)·F·R_ct·A) per interface; twice that from a symmetric cell's R_ct).
 *
 * @example
 * const r = InterfaceImpedanceResultSchema.parse(JSON.parse(stdout));
 * r.resistances.chargeTransfer?.areaSpecificResistance?.value; // Ω cm²
 * r.exchangeCurrent?.exchangeCurrentDensity.value; // mA cm⁻²
 */
export const InterfaceImpedanceResultSchema = z
  .strictObject({
    analysis: z.literal("interface-impedance"),
    label: z.string().optional().describe("Which spectrum, e.g. its file name."),
    temperature: QuantitySchema.describe("Temperature of the spectrum (used for j0)."),
    temperatureSource: TemperatureSourceSchema,
    time: QuantitySchema.optional().describe("Time of the spectrum in a series, h."),
    fit: CircuitFitResultSchema,
    resistances: InterfaceResistancesResultSchema,
    exchangeCurrent: ChargeTransferExchangeCurrentResultSchema.optional().describe(
      "j0 from R_ct (absent without an area or an R_ct).",
    ),
    warnings: z.array(ValidationWarningSchema),
  })
  .meta({
    title: "InterfaceImpedanceResult",
    description: "A Li-metal impedance spectrum: circuit fit, R_bulk, R_SEI, R_ct, R_int and j0.",
  });

/** One analysed Li-metal spectrum ({@link InterfaceImpedanceResultSchema}). */
export type InterfaceImpedanceResult = z.infer<typeof InterfaceImpedanceResultSchema>;

/**
 * Arrhenius fits (1/R = A·exp(−E_a/RT)) of each resistance over the temperatures of a series;
 * a role is absent when it is missing from a spectrum.
 *
 * @example
 * series.arrhenius?.chargeTransfer?.activationEnergy.value; // kJ mol⁻¹
 */
export const ResistanceArrheniusSchema = z
  .strictObject({
    bulk: ArrheniusFitResultSchema.optional().describe("E_a of R_bulk."),
    sei: ArrheniusFitResultSchema.optional().describe("E_a of R_SEI."),
    chargeTransfer: ArrheniusFitResultSchema.optional().describe("E_a of R_ct."),
    interphase: ArrheniusFitResultSchema.optional().describe("E_a of R_int = R_SEI + R_ct."),
  })
  .meta({ title: "ResistanceArrhenius" });

/** Arrhenius fits of a series' resistances ({@link ResistanceArrheniusSchema}). */
export type ResistanceArrhenius = z.infer<typeof ResistanceArrheniusSchema>;

/**
 * A series of Li-metal impedance spectra over temperature or time (`interfaceImpedanceSeries`
 * in `@lmb/cells`, `lmb eis series --json`): each spectrum fitted from the previous fit, in order
 * of the series variable, its resistances and j0, and the Arrhenius fit of each resistance where
 * two or more temperatures are known.
 *
 * @example
 * const s = InterfaceImpedanceSeriesResultSchema.parse(JSON.parse(stdout));
 * s.entries.map((e) => e.resistances.interphase?.resistance.value);
 */
export const InterfaceImpedanceSeriesResultSchema = z
  .strictObject({
    analysis: z.literal("interface-impedance-series"),
    circuit: z.string().min(1),
    by: z.enum(["temperature", "time"]).describe("The series variable the spectra are ordered by."),
    entries: z.array(InterfaceImpedanceResultSchema).min(1).describe("In order of `by`."),
    arrhenius: ResistanceArrheniusSchema.optional().describe(
      "Absent when fewer than two different temperatures are known.",
    ),
    warnings: z.array(ValidationWarningSchema),
    plot: VegaLiteSpecSchema.describe(
      "ln(1/R) against 1000/T with the Arrhenius lines (by temperature), or R against time.",
    ),
  })
  .meta({
    title: "InterfaceImpedanceSeriesResult",
    description: "Li-metal resistances over a series of spectra, with their activation energies.",
  });

/** A series of analysed spectra ({@link InterfaceImpedanceSeriesResultSchema}). */
export type InterfaceImpedanceSeriesResult = z.infer<typeof InterfaceImpedanceSeriesResultSchema>;
