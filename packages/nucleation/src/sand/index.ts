export {
  compareWithSand,
  type SandElectrolyte,
  type SandResult,
  sandCurrentForCapacity,
  sandCurrentForTime,
  sandTime,
} from "./sandTime.js";
