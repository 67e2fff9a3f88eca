export {
  type CellType,
  type CellTypeEvidence,
  type CellTypeGuess,
  type GuessCellTypeOptions,
  guessCellType,
} from "./guessCellType.js";
