/**
 * Result schemas of `@lmb/cells`. Each schema a program outside TypeScript reads is also listed
 * in `CELLS_JSON_SCHEMAS`, which `jsonSchemas()` turns into a shipped JSON Schema file.
 */
import type { z } from "zod";
import { CellConfigSchema } from "./cellConfigSchemas.js";
import { CellProtocolSchema } from "./cellProtocolSchemas.js";
import { CellSimulationResultSchema } from "./cellSimulationResultSchema.js";
import { CyclingAnalysisResultSchema } from "./cyclingAnalysisResultSchema.js";
import { CyclingSegmentationSummarySchema } from "./cyclingCommonSchemas.js";
import { DesignMapResultSchema } from "./designMapResultSchema.js";
import { FullCellCyclingResultSchema } from "./fullCellCyclingResultSchema.js";
import {
  InterfaceImpedanceResultSchema,
  InterfaceImpedanceSeriesResultSchema,
} from "./interfaceImpedanceResultSchema.js";
import {
  LithiumCopperEfficiencyResultSchema,
  ReservoirCoulombicEfficiencyResultSchema,
} from "./lithiumCopperResultSchema.js";
import { SymmetricAsymmetricComparisonResultSchema } from "./symmetricAsymmetricComparisonSchema.js";
import {
  CriticalCurrentDensityResultSchema,
  SymmetricCyclingResultSchema,
} from "./symmetricCyclingResultSchema.js";

export {
  CathodeElectrodeSchema,
  type CellConfig,
  CellConfigSchema,
  CopperElectrodeSchema,
  type ElectrodeConfig,
  ElectrodeConfigSchema,
  type ElectrolyteConfig,
  ElectrolyteConfigSchema,
  type InterphaseConfig,
  InterphaseConfigSchema,
  InterphaseMetalSchema,
  KineticsConfigSchema,
  LiquidElectrolyteSchema,
  LithiumElectrodeSchema,
  type QuantityInput,
  SolidElectrolyteSchema,
} from "./cellConfigSchemas.js";
export {
  type CellProtocol,
  CellProtocolSchema,
  type ProtocolCurrent,
  ProtocolCurrentSchema,
  type ProtocolStep,
  ProtocolStepSchema,
  type StepDirection,
  StepDirectionSchema,
  type StepLimit,
  StepLimitSchema,
} from "./cellProtocolSchemas.js";
export {
  CellLithiumBalanceSchema,
  CellSimulationCycleRowSchema,
  type CellSimulationEventJson,
  CellSimulationEventSchema,
  type CellSimulationResultJson,
  CellSimulationResultSchema,
} from "./cellSimulationResultSchema.js";
export {
  type CellKind,
  CellKindSchema,
  type CellTypeGuessJson,
  CellTypeGuessSchema,
  type CyclingAnalysisResult,
  CyclingAnalysisResultSchema,
  type CyclingPlot,
  CyclingPlotSchema,
} from "./cyclingAnalysisResultSchema.js";
export {
  AreaSourceSchema,
  type CyclingSegmentationSummary,
  CyclingSegmentationSummarySchema,
  type CyclingWarningJson,
  CyclingWarningSchema,
  type HalfCycleRow,
  HalfCycleRowSchema,
  type RateStepRow,
  RateStepRowSchema,
} from "./cyclingCommonSchemas.js";
export { type DesignMapResultJson, DesignMapResultSchema } from "./designMapResultSchema.js";
export {
  type FullCellCycleRow,
  FullCellCycleRowSchema,
  type FullCellCyclingResultJson,
  FullCellCyclingResultSchema,
  RateCapabilityStepRowSchema,
} from "./fullCellCyclingResultSchema.js";
export {
  type InterfaceImpedanceResult,
  InterfaceImpedanceResultSchema,
  type InterfaceImpedanceSeriesResult,
  InterfaceImpedanceSeriesResultSchema,
  type ResistanceArrhenius,
  ResistanceArrheniusSchema,
  TemperatureSourceSchema,
} from "./interfaceImpedanceResultSchema.js";
export {
  CopperWiringSchema,
  CoulombicEfficiencyWindowSchema,
  type LithiumCopperCycleRow,
  LithiumCopperCycleRowSchema,
  type LithiumCopperEfficiencyResultJson,
  LithiumCopperEfficiencyResultSchema,
  type ReservoirCoulombicEfficiencyResultJson,
  ReservoirCoulombicEfficiencyResultSchema,
} from "./lithiumCopperResultSchema.js";
export {
  type ComparedCellJson,
  ComparedCellSchema,
  DepletionSweepSchema,
  type SymmetricAsymmetricComparisonResultJson,
  SymmetricAsymmetricComparisonResultSchema,
} from "./symmetricAsymmetricComparisonSchema.js";
export {
  CcdRungSchema,
  type CriticalCurrentDensityResultJson,
  CriticalCurrentDensityResultSchema,
  type CycleOverpotentialRow,
  CycleOverpotentialRowSchema,
  type CyclingEventJson,
  CyclingEventSchema,
  type FailureReportJson,
  FailureReportSchema,
  type HalfCycleOverpotentialRow,
  HalfCycleOverpotentialRowSchema,
  type RateTestResultJson,
  RateTestResultSchema,
  type RateTestStepRow,
  RateTestStepRowSchema,
  type SymmetricCyclingResultJson,
  SymmetricCyclingResultSchema,
} from "./symmetricCyclingResultSchema.js";

/** JSON Schema files for the cells results, by file name (without `.json`). */
export const CELLS_JSON_SCHEMAS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  InterfaceImpedanceResult: { schema: InterfaceImpedanceResultSchema, io: "output" },
  InterfaceImpedanceSeriesResult: { schema: InterfaceImpedanceSeriesResultSchema, io: "output" },
  CyclingSegmentationSummary: { schema: CyclingSegmentationSummarySchema, io: "output" },
  SymmetricCyclingResult: { schema: SymmetricCyclingResultSchema, io: "output" },
  CriticalCurrentDensityResult: { schema: CriticalCurrentDensityResultSchema, io: "output" },
  LithiumCopperEfficiencyResult: { schema: LithiumCopperEfficiencyResultSchema, io: "output" },
  ReservoirCoulombicEfficiencyResult: {
    schema: ReservoirCoulombicEfficiencyResultSchema,
    io: "output",
  },
  FullCellCyclingResult: { schema: FullCellCyclingResultSchema, io: "output" },
  CyclingAnalysisResult: { schema: CyclingAnalysisResultSchema, io: "output" },
  CellProtocol: { schema: CellProtocolSchema, io: "output" },
  CellConfig: { schema: CellConfigSchema, io: "input" },
  CellSimulationResult: { schema: CellSimulationResultSchema, io: "output" },
  SymmetricAsymmetricComparisonResult: {
    schema: SymmetricAsymmetricComparisonResultSchema,
    io: "output",
  },
  DesignMapResult: { schema: DesignMapResultSchema, io: "output" },
};
