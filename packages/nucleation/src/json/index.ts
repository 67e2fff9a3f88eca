export { classicalNucleationJson } from "./classicalNucleationJson.js";
export { type MostanyFitJsonOptions, mostanyFitJson } from "./mostanyFitJson.js";
export {
  type NucleationOverpotentialJsonOptions,
  nucleationOverpotentialJson,
  nucleationOverpotentialSeriesJson,
} from "./nucleationOverpotentialJson.js";
export { sandTimeJson } from "./sandTimeJson.js";
export {
  APPARENT_DIFFUSIVITY_LIMIT,
  type TransientClassificationJsonOptions,
  transientClassificationJson,
} from "./transientClassificationJson.js";
