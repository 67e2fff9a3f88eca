export type { ColumnSpec, ColumnTable } from "./columnSpec.js";
export {
  CONDUCTIVITY_COLUMNS,
  CYCLING_COLUMNS,
  IMPEDANCE_COLUMNS,
  TRANSIENT_COLUMNS,
  VOLTAMMOGRAM_COLUMNS,
} from "./columnTables.js";
export { DATASET_COLUMNS } from "./datasetColumnTables.js";
export { datasetFromJson, datasetToJson } from "./datasetJson.js";
export { type DatasetJson, DatasetJsonSchema } from "./datasetJsonSchema.js";
export {
  type ColumnSource,
  ColumnSourceSchema,
  CurrentSignSchema,
  type DatasetMetadata,
  DatasetMetadataSchema,
  type ReaderWarning,
  ReaderWarningSchema,
} from "./datasetMetadataSchema.js";
export { DatasetSchema } from "./datasetSchema.js";
export {
  DatasetColumnSummarySchema,
  type DatasetSummary,
  DatasetSummarySchema,
} from "./datasetSummarySchema.js";
export type {
  ColumnsOf,
  ConductivitySeries,
  CurrentTransient,
  CyclingData,
  Dataset,
  DatasetKind,
  ImpedanceSpectrum,
  Voltammogram,
} from "./datasetTypes.js";
export { validateDataset } from "./validateDataset.js";
