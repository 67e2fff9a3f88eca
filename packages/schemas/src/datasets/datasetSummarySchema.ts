import { z } from "zod";
import { QuantitySchema } from "../units/quantitySchema.js";
import { ReaderWarningSchema } from "./datasetMetadataSchema.js";

/**
 * One column in a dataset summary: where it came from and its range, in the customary unit.
 *
 * @example
 * DatasetColumnSummarySchema.parse({ key: "current", sourceName: "I/mA", sourceUnit: "mA", unit: "mA", min: -0.1, max: 0.3, missing: 0 });
 */
export const DatasetColumnSummarySchema = z
  .strictObject({
    key: z.string().describe("Dataset column key."),
    sourceName: z.string().describe("Column name in the file."),
    sourceUnit: z.string().describe("Unit in the file."),
    unit: z.string().describe("Unit of min and max (customary for the quantity)."),
    min: z.number().nullable().describe("Smallest value (null if every value is missing)."),
    max: z.number().nullable().describe("Largest value (null if every value is missing)."),
    missing: z.int().nonnegative().describe("Number of missing (NaN) values."),
  })
  .meta({ title: "DatasetColumnSummary" });

/**
 * What `lmb read FILE` reports about a file: format and version, instrument, number of points,
 * duration, columns with units and ranges, electrode area and active mass, cycle counts and
 * reader warnings.
 *
 * @example
 * const summary = DatasetSummarySchema.parse(JSON.parse(stdoutOfLmbReadJson));
 */
export const DatasetSummarySchema = z
  .strictObject({
    kind: z.enum(["cycling", "impedance", "voltammogram", "transient", "conductivity"]),
    format: z.string(),
    formatVersion: z.string().optional(),
    instrument: z.string().optional(),
    sourceFile: z.string().optional(),
    startTime: z.string().optional(),
    technique: z.string().optional(),
    points: z.int().nonnegative().describe("Number of records."),
    duration: QuantitySchema.optional().describe("Time from the first to the last record."),
    area: QuantitySchema.optional().describe("Electrode area, if the file or the user gave it."),
    activeMass: QuantitySchema.optional().describe("Active mass, if the file or the user gave it."),
    cycles: z
      .int()
      .nonnegative()
      .optional()
      .describe("Distinct cycle indices in the file's cycle column."),
    halfCycles: z
      .int()
      .nonnegative()
      .optional()
      .describe("Runs of one current sign, rests ignored (cycling data)."),
    columns: z.array(DatasetColumnSummarySchema),
    warnings: z.array(ReaderWarningSchema),
  })
  .meta({
    title: "DatasetSummary",
    description: "Summary of a dataset read from an instrument file.",
  });

/** A dataset summary ({@link DatasetSummarySchema}). */
export type DatasetSummary = z.infer<typeof DatasetSummarySchema>;
