export {
  capacityRetentionPlot,
  coulombicEfficiencyPlot,
  overpotentialPlot,
} from "./cyclePlots.js";
export { type DecimatedTrace, decimateTrace } from "./decimateTrace.js";
export { type PlotEvent, type VoltageTimePlotOptions, voltageTimePlot } from "./voltageTimePlot.js";
