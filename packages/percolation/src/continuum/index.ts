export {
  type MetalWindow,
  type MetalWindowOptions,
  metalIncorporationWindow,
} from "./metalWindow.js";
export { type ParticleShape, SPHERE } from "./particleShape.js";
export { type SizeDistribution, type SphereSizes, sphereSizes } from "./sizeDistribution.js";
export { checkCoreShell, type SphereParticleOptions, sphereShape } from "./sphereShape.js";
export {
  metalFraction,
  overlappingSphereSpanning,
  penetrableSlabSpanning,
  type SphereSlabOptions,
  type SphereSlabResult,
} from "./sphereSlab.js";
export { spheroidsOverlap } from "./spheroidOverlap.js";
export { type SpheroidShapeOptions, spheroidShape } from "./spheroidShape.js";
