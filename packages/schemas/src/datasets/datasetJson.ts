import type { DatasetJson } from "./datasetJsonSchema.js";
import type { Dataset } from "./datasetTypes.js";
import { validateDataset } from "./validateDataset.js";

/**
 * Converts a dataset to its JSON form: each Float64Array becomes a number array, NaN becomes
 * `null` (JSON has no NaN). Metadata is copied as is.
 *
 * @example
 * JSON.stringify(datasetToJson(dataset));
 */
export function datasetToJson(dataset: Dataset): DatasetJson {
  const columns: Record<string, (number | null)[]> = {};
  for (const [key, values] of Object.entries(
    dataset.columns as Record<string, Float64Array | undefined>,
  )) {
    if (values === undefined) continue;
    const out = new Array<number | null>(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      out[i] = Number.isNaN(v) ? null : v;
    }
    columns[key] = out;
  }
  return { ...dataset, columns } as DatasetJson;
}

/**
 * Turns a parsed {@link DatasetJson} back into a dataset with `Float64Array` columns (`null` →
 * NaN) and checks it with `validateDataset`.
 *
 * @throws LmbError `E_DATASET` when a column breaks its rules.
 * @example
 * const dataset = datasetFromJson(DatasetJsonSchema.parse(JSON.parse(text)));
 */
export function datasetFromJson(json: DatasetJson): Dataset {
  const columns: Record<string, Float64Array> = {};
  for (const [key, values] of Object.entries(
    json.columns as Record<string, (number | null)[] | undefined>,
  )) {
    if (values === undefined) continue;
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = values[i] ?? Number.NaN;
    columns[key] = out;
  }
  return validateDataset({ ...json, columns } as unknown as Dataset);
}
