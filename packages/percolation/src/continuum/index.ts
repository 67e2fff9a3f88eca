export {
  type MetalWindow,
  type MetalWindowOptions,
  metalIncorporationWindow,
} from "./metalWindow.js";
export {
  overlappingSphereSpanning,
  type ParticleShape,
  penetrableSlabSpanning,
  SPHERE,
  type SphereSlabOptions,
  type SphereSlabResult,
} from "./sphereSlab.js";
export { spheroidsOverlap } from "./spheroidOverlap.js";
export { spheroidShape } from "./spheroidShape.js";
