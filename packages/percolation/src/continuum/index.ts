export {
  overlappingSphereSpanning,
  type SphereSlabOptions,
  type SphereSlabResult,
} from "./sphereSlab.js";
