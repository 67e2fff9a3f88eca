export {
  type BulkEstimate,
  type BulkThresholdOptions,
  type BulkThresholdResult,
  type BulkThresholdSize,
  simulateBulkThreshold,
} from "./bulkThreshold.js";
export {
  type ContinuumParticles,
  continuumParticleShape,
} from "./continuumParticles.js";
export { type InPlaneOptions, type InPlaneResult, inPlaneSpanning } from "./inPlaneSpanning.js";
export {
  type MetalWindow,
  type MetalWindowOptions,
  metalIncorporationWindow,
} from "./metalWindow.js";
export { type ParticleShape, SPHERE } from "./particleShape.js";
export { particlesAtFirstWrap } from "./periodicWrapping.js";
export { type SizeDistribution, type SphereSizes, sphereSizes } from "./sizeDistribution.js";
export { MAX_PARTICLES, MAX_SLAB_VOLUME, metalFraction } from "./slabPacking.js";
export { checkCoreShell, type SphereParticleOptions, sphereShape } from "./sphereShape.js";
export {
  overlappingSphereSpanning,
  penetrableSlabSpanning,
  type SphereSlabOptions,
  type SphereSlabResult,
} from "./sphereSlab.js";
export { spheroidsOverlap } from "./spheroidOverlap.js";
export { type SpheroidShapeOptions, spheroidShape } from "./spheroidShape.js";
export {
  type WiredSurface,
  type WiredSurfaceOptions,
  type WiredSurfacePoint,
  wiredSurfaceFraction,
} from "./wiredSurface.js";
