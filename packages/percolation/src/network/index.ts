export {
  type ConductivityPoint,
  conductivityCurve,
  type NetworkSolution,
  networkConductivity,
} from "./resistorNetwork.js";
