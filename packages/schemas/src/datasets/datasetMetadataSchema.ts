import { z } from "zod";

/**
 * Where one stored column came from: the file's own column name and unit, so a user can trace
 * every number back to their instrument file.
 *
 * @example
 * ColumnSourceSchema.parse({ key: "current", unit: "A", sourceName: "I/mA", sourceUnit: "mA" });
 */
export const ColumnSourceSchema = z
  .strictObject({
    key: z.string().min(1).describe("Canonical column key in the dataset, e.g. current."),
    unit: z.string().describe("SI unit the values are stored in."),
    sourceName: z.string().describe("Column name as written in the file, e.g. I/mA."),
    sourceUnit: z.string().describe("Unit as written in the file, e.g. mA (empty if none)."),
  })
  .meta({ title: "ColumnSource" });

/** A column's provenance ({@link ColumnSourceSchema}). */
export type ColumnSource = z.infer<typeof ColumnSourceSchema>;

/**
 * Something a reader noticed and handled without failing (an unknown BioLogic column ID it
 * skipped, a header unit that contradicts the values, a backwards time step it repaired).
 *
 * @example
 * ReaderWarningSchema.parse({ code: "W_UNKNOWN_COLUMN", message: "skipped column ID 999 (4 bytes) at byte 1200", offset: 1200 });
 */
export const ReaderWarningSchema = z
  .strictObject({
    code: z.string().regex(/^W_[A-Z0-9_]+$/),
    message: z.string().min(1),
    line: z.int().positive().optional(),
    offset: z.int().nonnegative().optional(),
  })
  .meta({ title: "ReaderWarning" });

/** A reader warning ({@link ReaderWarningSchema}). */
export type ReaderWarning = z.infer<typeof ReaderWarningSchema>;

/**
 * How the file signed its current, and what lmb returns. lmb always returns
 * `positive-oxidation` (positive = oxidation at the working electrode = charge).
 * `magnitude-with-state` is Maccor's |I| with a C/D state letter.
 */
export const CurrentSignSchema = z.enum([
  "positive-oxidation",
  "positive-reduction",
  "magnitude-with-state",
]);

/**
 * Metadata every dataset carries: the file it came from, the instrument, and what the file said
 * about the cell. Physical values are SI (area in m², mass in kg).
 *
 * @example
 * DatasetMetadataSchema.parse({ format: "biologic-mpr", columns: [], warnings: [] });
 */
export const DatasetMetadataSchema = z
  .strictObject({
    format: z.string().min(1).describe("Format id, e.g. biologic-mpr, neware-ndax, csv."),
    formatVersion: z
      .string()
      .optional()
      .describe("Version of the format, e.g. data module 3, ndc 14."),
    instrument: z
      .string()
      .optional()
      .describe("Instrument or software, e.g. BioLogic EC-Lab 11.50."),
    sourceFile: z.string().optional().describe("File name the data was read from."),
    startTime: z.iso
      .datetime({ offset: true, local: true })
      .optional()
      .describe("Start of the test, ISO 8601."),
    technique: z.string().optional().describe("Technique or program, e.g. GCPL, PEIS, CCCV."),
    area: z.number().positive().optional().describe("Electrode area in m²."),
    activeMass: z.number().positive().optional().describe("Active mass in kg."),
    comments: z.string().optional().describe("Free text from the file (user comments, cell name)."),
    currentSign: CurrentSignSchema.optional().describe(
      "How the file signed current; lmb returns positive-oxidation.",
    ),
    columns: z.array(ColumnSourceSchema).describe("Where each stored column came from."),
    warnings: z.array(ReaderWarningSchema).describe("Problems the reader handled without failing."),
    notes: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe("Other key/value metadata from the file."),
  })
  .meta({ title: "DatasetMetadata" });

/** Dataset metadata ({@link DatasetMetadataSchema}). */
export type DatasetMetadata = z.infer<typeof DatasetMetadataSchema>;
