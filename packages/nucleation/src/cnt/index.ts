export {
  type CntInputs,
  type CntResult,
  classicalNucleation,
  nucleationScaling,
  nucleusFreeEnergy,
} from "./classicalNucleation.js";
