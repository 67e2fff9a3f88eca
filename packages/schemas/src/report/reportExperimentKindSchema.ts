import { z } from "zod";

/**
 * What an experiment in an `lmb report` is, as the report recognised it (or as the config
 * forced it):
 *
 * - `symmetric-cycling` — Li‖Li galvanostatic plating/stripping at one current density
 *   (overpotential per cycle, failure events, cycle life);
 * - `asymmetric-cycling` — Li‖X (e.g. Li‖Cu with a Li reservoir, Li‖current collector) cycling
 *   analysed as a two-electrode Li record;
 * - `rate-test` — Li‖Li cycling at stepped current densities that go up and down
 *   (overpotential per step, symmetric Butler–Volmer j0);
 * - `ccd` — Li‖Li cycling whose current density only steps up until failure (critical current
 *   density);
 * - `li-cu` — Li‖Cu plating/stripping to a cut-off (Coulombic efficiency per cycle, cycle life);
 * - `full-cell` — Li‖cathode cycling (capacity, CE, retention);
 * - `nucleation` — a potentiostatic step with a current transient (nucleation mode,
 *   Scharifker–Hills), or a galvanostatic first plating (nucleation overpotential);
 * - `voltammetry` — triangular potential sweeps, one file or several scan rates
 *   (Randles–Sevcik D when there are at least two);
 * - `impedance` — one impedance spectrum (circuit fit, interface resistance);
 * - `impedance-temperature` — spectra at several temperatures (interface resistance vs T,
 *   Arrhenius E_a);
 * - `impedance-time` — spectra at several times (interface resistance series);
 * - `conductivity-temperature` — a table of ionic conductivity (or bulk resistance) vs
 *   temperature (Arrhenius E_a of σ).
 *
 * @example
 * ReportExperimentKindSchema.parse("li-cu"); // "li-cu"
 */
export const ReportExperimentKindSchema = z
  .enum([
    "symmetric-cycling",
    "asymmetric-cycling",
    "rate-test",
    "ccd",
    "li-cu",
    "full-cell",
    "nucleation",
    "voltammetry",
    "impedance",
    "impedance-temperature",
    "impedance-time",
    "conductivity-temperature",
  ])
  .describe("The kind of experiment, as recognised from the data or set in the config.");

/** An experiment kind ({@link ReportExperimentKindSchema}). */
export type ReportExperimentKind = z.infer<typeof ReportExperimentKindSchema>;
