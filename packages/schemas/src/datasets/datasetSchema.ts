import { z } from "zod";
import type { Dataset } from "./datasetTypes.js";
import { validateDataset } from "./validateDataset.js";

/**
 * zod schema for an in-memory dataset (Float64Array columns). It does not walk the arrays
 * element by element in zod; it delegates to {@link validateDataset}, one pass per column, and
 * reports its `E_DATASET` message as the zod issue.
 *
 * @example
 * const dataset = DatasetSchema.parse(readerOutput);
 */
export const DatasetSchema = z.custom<Dataset>().superRefine((value, ctx) => {
  if (typeof value !== "object" || value === null || !("kind" in value) || !("columns" in value)) {
    ctx.addIssue({
      code: "custom",
      message: "a dataset is an object with kind, columns and metadata",
    });
    return;
  }
  try {
    validateDataset(value as Dataset);
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
