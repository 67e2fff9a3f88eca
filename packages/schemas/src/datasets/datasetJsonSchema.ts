import { z } from "zod";
import type { ColumnTable } from "./columnSpec.js";
import { DATASET_COLUMNS } from "./datasetColumnTables.js";
import { DatasetMetadataSchema } from "./datasetMetadataSchema.js";

/** A column in JSON: numbers, with `null` where the Float64Array held NaN. */
const JsonColumn = z.array(z.number().nullable());

function jsonColumns(table: ColumnTable) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(table)) {
    const column = JsonColumn.describe(`${spec.description} [${spec.unit}]`);
    shape[key] = spec.required ? column : column.optional();
  }
  return z.strictObject(shape);
}

const metadata = DatasetMetadataSchema;

/**
 * A dataset written as JSON (`lmb read --to json`, files for programs in other languages):
 * the same shape as the in-memory dataset, with columns as number arrays in SI units and
 * `null` for a missing optional value.
 *
 * @example
 * const json = DatasetJsonSchema.parse(JSON.parse(text));
 * const dataset = datasetFromJson(json);
 */
export const DatasetJsonSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("cycling"),
      columns: jsonColumns(DATASET_COLUMNS.cycling),
      metadata,
    }),
    z.strictObject({
      kind: z.literal("impedance"),
      columns: jsonColumns(DATASET_COLUMNS.impedance),
      metadata,
    }),
    z.strictObject({
      kind: z.literal("voltammogram"),
      columns: jsonColumns(DATASET_COLUMNS.voltammogram),
      scanRate: z.number().positive().optional().describe("Scan rate in V s⁻¹."),
      metadata,
    }),
    z.strictObject({
      kind: z.literal("transient"),
      columns: jsonColumns(DATASET_COLUMNS.transient),
      appliedPotential: z.number().optional().describe("Applied potential in V."),
      metadata,
    }),
    z.strictObject({
      kind: z.literal("conductivity"),
      columns: jsonColumns(DATASET_COLUMNS.conductivity),
      thickness: z.number().positive().optional().describe("Sample thickness in m."),
      metadata,
    }),
  ])
  .meta({
    title: "Dataset",
    description: "An lmb dataset in JSON: columns in SI units, null for missing values.",
  });

/** A dataset in JSON form ({@link DatasetJsonSchema}). */
export type DatasetJson = z.infer<typeof DatasetJsonSchema>;
