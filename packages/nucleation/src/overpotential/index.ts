export {
  type NucleationOverpotentialOptions,
  type NucleationOverpotentialResult,
  nucleationOverpotential,
} from "./nucleationOverpotential.js";
export {
  nucleationOverpotentialSeries,
  type OverpotentialSeriesRow,
  type PlatingRecord,
} from "./overpotentialSeries.js";
