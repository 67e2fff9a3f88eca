/**
 * Design maps: Li depletion time of an asymmetric cell over interphase metal fraction and particle
 * aspect ratio.
 *
 * @packageDocumentation
 */
export { assembleDesignMap } from "./assembleDesignMap.js";
export { designMap } from "./designMap.js";
export {
  DEFAULT_MAP_ASPECT_RATIOS,
  DEFAULT_MAP_FRACTIONS,
  type DesignMapOptions,
  type DesignMapPlan,
  planDesignMap,
} from "./designMapPlan.js";
export { type DesignMapPlotInput, designMapPlot } from "./designMapPlot.js";
export { type DesignMapRow, designMapRow } from "./designMapRow.js";
