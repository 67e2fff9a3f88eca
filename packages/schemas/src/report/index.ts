/**
 * Schemas of `lmb report`: the config file (`lmb.json`, input) and `results.json` (output).
 * Both are listed in `REPORT_JSON_SCHEMAS`, which `jsonSchemas()` turns into shipped JSON
 * Schema files.
 */
import type { z } from "zod";
import { ReportConfigSchema } from "./reportConfigSchema.js";
import { ReportResultSchema } from "./reportResultSchema.js";

export {
  type ReportAnalysisSettings,
  ReportAnalysisSettingsSchema,
  type ReportConfig,
  ReportConfigSchema,
  type ReportCycleWindow,
  ReportCycleWindowSchema,
  type ReportFileOverride,
  ReportFileOverrideSchema,
  type ReportFileSettings,
  ReportFileSettingsSchema,
} from "./reportConfigSchema.js";
export {
  type ReportExperimentKind,
  ReportExperimentKindSchema,
} from "./reportExperimentKindSchema.js";
export {
  type ReportClassification,
  ReportClassificationSchema,
  type ReportComparison,
  type ReportComparisonGroup,
  ReportComparisonGroupSchema,
  type ReportComparisonRow,
  ReportComparisonRowSchema,
  ReportComparisonSchema,
  type ReportExperiment,
  ReportExperimentSchema,
  type ReportFigure,
  ReportFigureSchema,
  type ReportHeadline,
  ReportHeadlineSchema,
  type ReportInputFile,
  ReportInputFileSchema,
  type ReportInputs,
  ReportInputsSchema,
  type ReportMethod,
  ReportMethodSchema,
  type ReportResult,
  ReportResultSchema,
  type ReportSkipped,
  ReportSkippedSchema,
  type ReportTable,
  ReportTableSchema,
  type ReportWarning,
  ReportWarningSchema,
} from "./reportResultSchema.js";

/** JSON Schema files for `lmb report`, by file name (without `.json`). */
export const REPORT_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  ReportConfig: { schema: ReportConfigSchema, io: "input" },
  ReportResult: { schema: ReportResultSchema, io: "output" },
};
