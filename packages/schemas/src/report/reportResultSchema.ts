import { z } from "zod";
import { ReportExperimentKindSchema } from "./reportExperimentKindSchema.js";

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * One headline number of a report, in the form every renderer can show without knowing the
 * experiment: a stable `key` (kebab-case, the same across reports, so two groups can be put side
 * by side: `overpotential-cycle-10`, `cycle-life`, `failure-mode`, `nucleation-overpotential`,
 * `nucleation-mode`, `exchange-current-density`, `activation-energy`, `diffusion-coefficient`,
 * `conductivity`, `coulombic-efficiency`, `retention`, `ccd`, …), a label for reading, the value
 * (a finite number, or text such as `"instantaneous"` or `"hard short"`), its unit in the
 * researcher's customary form (`"mV"`, `"mA cm⁻²"`, `"kJ mol⁻¹"`, `"cm² s⁻¹"`, `"%"`; `""` for
 * text and dimensionless numbers), an optional uncertainty in the same unit, and the experiment
 * it comes from.
 *
 * @example
 * ReportHeadlineSchema.parse({ key: "overpotential-cycle-10", label: "Overpotential, cycle 10", value: 42.1, unit: "mV", experimentId: "e01-li-li" });
 */
export const ReportHeadlineSchema = z
  .strictObject({
    key: z.string().regex(ID, "a headline key is kebab-case").describe("Stable identifier."),
    label: z.string().min(1).describe('For reading, e.g. "Overpotential, cycle 10".'),
    value: z
      .union([z.number(), z.string().min(1)])
      .describe("A finite number, or text (a mode, a failure kind)."),
    unit: z.string().describe('Customary unit, e.g. "mV"; "" for text and plain numbers.'),
    uncertainty: z
      .number()
      .nonnegative()
      .optional()
      .describe("One standard error (fits) or standard deviation (averages), in `unit`."),
    note: z.string().min(1).optional().describe('How to read it, e.g. "mean of cycles 10–50".'),
    experimentId: z.string().regex(ID).describe("The experiment it comes from."),
  })
  .meta({ title: "ReportHeadline" });

/** A headline number ({@link ReportHeadlineSchema}). */
export type ReportHeadline = z.infer<typeof ReportHeadlineSchema>;

/**
 * Something the report noticed and handled without failing: a code (`W_NO_AREA`, …) and a
 * message naming the problem and the fix.
 *
 * @example
 * ReportWarningSchema.parse({ code: "W_NO_AREA", message: "no electrode area: per-cm² numbers are missing; set `area` in lmb.json" });
 */
export const ReportWarningSchema = z
  .strictObject({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    message: z.string().min(1),
  })
  .meta({ title: "ReportWarning" });

/** A report warning ({@link ReportWarningSchema}). */
export type ReportWarning = z.infer<typeof ReportWarningSchema>;

/**
 * A figure of the report: an SVG file under `figures/` (path relative to the report folder)
 * and its caption.
 *
 * @example
 * ReportFigureSchema.parse({ file: "figures/e01-voltage.svg", caption: "Voltage vs time" });
 */
export const ReportFigureSchema = z
  .strictObject({
    file: z
      .string()
      .regex(/^figures\/[A-Za-z0-9._-]+\.svg$/, "a figure is figures/<name>.svg")
      .describe("Relative to the report folder."),
    caption: z.string().min(1),
  })
  .meta({ title: "ReportFigure" });

/** A report figure ({@link ReportFigureSchema}). */
export type ReportFigure = z.infer<typeof ReportFigureSchema>;

/**
 * A table of the report: a CSV file under `tables/` (path relative to the report folder), its
 * caption and its column headers (with units, e.g. `"overpotential (mV)"`).
 *
 * @example
 * ReportTableSchema.parse({ file: "tables/e01-cycles.csv", caption: "Per cycle", columns: ["cycle", "overpotential (mV)"], rows: 100 });
 */
export const ReportTableSchema = z
  .strictObject({
    file: z
      .string()
      .regex(/^tables\/[A-Za-z0-9._-]+\.csv$/, "a table is tables/<name>.csv")
      .describe("Relative to the report folder."),
    caption: z.string().min(1),
    columns: z.array(z.string().min(1)).min(1).describe("Header row, with units."),
    rows: z.number().int().nonnegative().describe("Number of data rows."),
  })
  .meta({ title: "ReportTable" });

/** A report table ({@link ReportTableSchema}). */
export type ReportTable = z.infer<typeof ReportTableSchema>;

/**
 * How an experiment was analysed: the analysis (`"analyzeCycling (symmetric)"`,
 * `"randlesSevcik"`), a sentence on the method, the window used (`"cycles 1–100"`,
 * `"all points"`) and the settings it ran with (area, temperature, circuit, … as text with
 * units, and where each came from).
 *
 * @example
 * ReportMethodSchema.parse({ name: "analyzeCycling", window: "cycles 1–100", parameters: { area: "1.13 cm²", areaSource: "config" } });
 */
export const ReportMethodSchema = z
  .strictObject({
    name: z.string().min(1).describe("The analysis function or method."),
    description: z.string().min(1).optional().describe("One sentence on what was computed."),
    window: z.string().min(1).optional().describe("The data window used."),
    parameters: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .describe("Settings it ran with, as text with units or plain values."),
  })
  .meta({ title: "ReportMethod" });

/** How an experiment was analysed ({@link ReportMethodSchema}). */
export type ReportMethod = z.infer<typeof ReportMethodSchema>;

/**
 * Why an experiment got its kind: from the data (with the reasons, e.g. the cell-type guess),
 * or set in the config.
 *
 * @example
 * ReportClassificationSchema.parse({ source: "detected", reasons: ["frequency column: an impedance spectrum"] });
 */
export const ReportClassificationSchema = z
  .strictObject({
    source: z.enum(["detected", "config"]),
    reasons: z.array(z.string().min(1)),
  })
  .meta({ title: "ReportClassification" });

/** Why an experiment got its kind ({@link ReportClassificationSchema}). */
export type ReportClassification = z.infer<typeof ReportClassificationSchema>;

/**
 * One experiment of a report: a file, or files analysed together (spectra at several
 * temperatures, voltammograms at several scan rates), with its kind, the method, the headline
 * numbers, warnings, figures and tables, and the full result of the package analysis in
 * `result` (its own schema, e.g. `CyclingAnalysisResult`).
 *
 * @example
 * const e = ReportExperimentSchema.parse(json.experiments[0]);
 * e.figures.map((f) => f.file); // ["figures/e01-voltage.svg", …]
 */
export const ReportExperimentSchema = z
  .strictObject({
    id: z.string().regex(ID, "an experiment id is kebab-case").describe("Unique in the report."),
    title: z.string().min(1),
    kind: ReportExperimentKindSchema,
    group: z
      .enum(["a", "b"])
      .optional()
      .describe("With --compare: the input group the experiment belongs to."),
    files: z.array(z.string().min(1)).min(1).describe("Input files, as listed in `inputs`."),
    classification: ReportClassificationSchema,
    method: ReportMethodSchema,
    headline: z.array(ReportHeadlineSchema),
    warnings: z.array(ReportWarningSchema),
    figures: z.array(ReportFigureSchema),
    tables: z.array(ReportTableSchema),
    result: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("The package analysis result as JSON (its own schema)."),
  })
  .meta({ title: "ReportExperiment" });

/** One experiment ({@link ReportExperimentSchema}). */
export type ReportExperiment = z.infer<typeof ReportExperimentSchema>;

/**
 * A file the report left out, with the stage where it failed, the `LmbError` code and the
 * message (which names the problem and the fix).
 *
 * @example
 * ReportSkippedSchema.parse({ path: "notes.txt", stage: "read", code: "E_FORMAT_UNKNOWN", reason: "notes.txt: not an instrument file lmb reads" });
 */
export const ReportSkippedSchema = z
  .strictObject({
    path: z.string().min(1),
    stage: z.enum(["read", "classify", "analyze"]),
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    reason: z.string().min(1),
  })
  .meta({ title: "ReportSkipped" });

/** A skipped file ({@link ReportSkippedSchema}). */
export type ReportSkipped = z.infer<typeof ReportSkippedSchema>;

/**
 * One input file of a report: its path (relative to its input folder; with several folders,
 * prefixed by the folder's name), size, format as read, and comparison group.
 *
 * @example
 * ReportInputFileSchema.parse({ path: "li-li/run1.mpt", bytes: 20480, format: "biologic-mpt" });
 */
export const ReportInputFileSchema = z
  .strictObject({
    path: z.string().min(1),
    bytes: z.number().int().nonnegative(),
    format: z.string().min(1).nullable().describe("Format as read; null when unreadable."),
    group: z.enum(["a", "b"]).optional(),
  })
  .meta({ title: "ReportInputFile" });

/** An input file ({@link ReportInputFileSchema}). */
export type ReportInputFile = z.infer<typeof ReportInputFileSchema>;

/**
 * What went into a report: the folders or files named on the command line, every file found,
 * the config file (null without one) and the command-line options that changed the analysis.
 *
 * @example
 * ReportInputsSchema.parse({ roots: ["data/"], files: [], config: null, options: { area: "1.13 cm2" } });
 */
export const ReportInputsSchema = z
  .strictObject({
    roots: z.array(z.string().min(1)).min(1),
    files: z.array(ReportInputFileSchema),
    config: z
      .strictObject({
        file: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .nullable(),
    options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  })
  .meta({ title: "ReportInputs" });

/** A report's inputs ({@link ReportInputsSchema}). */
export type ReportInputs = z.infer<typeof ReportInputsSchema>;

/**
 * One group of a comparison (`lmb report DIR_A DIR_B --compare`): its id, label (the folder
 * name unless set), input folders, experiments and headline numbers.
 *
 * @example
 * ReportComparisonGroupSchema.parse({ id: "a", label: "bare Li", roots: ["bare/"], experimentIds: [], summary: [] });
 */
export const ReportComparisonGroupSchema = z
  .strictObject({
    id: z.enum(["a", "b"]),
    label: z.string().min(1),
    roots: z.array(z.string().min(1)).min(1),
    experimentIds: z.array(z.string().regex(ID)),
    summary: z.array(ReportHeadlineSchema),
  })
  .meta({ title: "ReportComparisonGroup" });

/** A comparison group ({@link ReportComparisonGroupSchema}). */
export type ReportComparisonGroup = z.infer<typeof ReportComparisonGroupSchema>;

/**
 * One row of the side-by-side table: a headline key with the value from each group (null when
 * that group has none).
 *
 * @example
 * ReportComparisonRowSchema.parse({ key: "cycle-life", label: "Cycle life", unit: "cycles", a: null, b: null });
 */
export const ReportComparisonRowSchema = z
  .strictObject({
    key: z.string().regex(ID),
    label: z.string().min(1),
    unit: z.string(),
    a: ReportHeadlineSchema.nullable(),
    b: ReportHeadlineSchema.nullable(),
  })
  .meta({ title: "ReportComparisonRow" });

/** A comparison row ({@link ReportComparisonRowSchema}). */
export type ReportComparisonRow = z.infer<typeof ReportComparisonRowSchema>;

/**
 * The comparison block of `lmb report DIR_A DIR_B --compare`: the two groups' summaries and a
 * side-by-side table by headline key (as papers put bare and coated Li).
 *
 * @example
 * result.comparison?.rows.map((r) => [r.label, r.a?.value, r.b?.value]);
 */
export const ReportComparisonSchema = z
  .strictObject({
    groups: z.tuple([ReportComparisonGroupSchema, ReportComparisonGroupSchema]),
    rows: z.array(ReportComparisonRowSchema),
  })
  .meta({ title: "ReportComparison" });

/** A comparison block ({@link ReportComparisonSchema}). */
export type ReportComparison = z.infer<typeof ReportComparisonSchema>;

/**
 * `results.json` of `lmb report`: the tool and version, when it ran, the inputs, one entry per
 * experiment (kind, method and window, headline numbers with units, warnings, figures and
 * tables), the summary table of headline numbers (each linked to its experiment), the files it
 * left out with the reason, and with `--compare` the two groups side by side. Experiment ids
 * are unique, and every headline names an experiment of the report.
 *
 * @example
 * const report = ReportResultSchema.parse(JSON.parse(readFileSync("report/results.json", "utf8")));
 * report.summary.map((h) => `${h.label}: ${h.value} ${h.unit}`);
 */
export const ReportResultSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema."),
    schemaVersion: z.literal(1),
    tool: z.strictObject({ name: z.literal("lmb"), version: z.string().min(1) }),
    generatedAt: z.iso.datetime().describe("ISO 8601, UTC."),
    title: z.string().min(1),
    inputs: ReportInputsSchema,
    experiments: z.array(ReportExperimentSchema),
    summary: z.array(ReportHeadlineSchema).describe("Headline numbers of all experiments."),
    skipped: z.array(ReportSkippedSchema),
    warnings: z.array(ReportWarningSchema).describe("Warnings about the report as a whole."),
    comparison: ReportComparisonSchema.optional(),
  })
  .superRefine((report, ctx) => {
    const ids = new Set<string>();
    report.experiments.forEach((e, i) => {
      if (ids.has(e.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["experiments", i, "id"],
          message: `duplicate experiment id "${e.id}"`,
        });
      }
      ids.add(e.id);
      e.headline.forEach((h, j) => {
        if (h.experimentId !== e.id) {
          ctx.addIssue({
            code: "custom",
            path: ["experiments", i, "headline", j, "experimentId"],
            message: `headline of experiment "${e.id}" names "${h.experimentId}"`,
          });
        }
      });
    });
    report.summary.forEach((h, j) => {
      if (!ids.has(h.experimentId)) {
        ctx.addIssue({
          code: "custom",
          path: ["summary", j, "experimentId"],
          message: `summary row names an unknown experiment "${h.experimentId}"`,
        });
      }
    });
  })
  .meta({
    title: "ReportResult",
    description: "results.json of `lmb report`.",
  });

/** `results.json` of `lmb report` ({@link ReportResultSchema}). */
export type ReportResult = z.infer<typeof ReportResultSchema>;
