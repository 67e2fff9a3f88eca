import { LmbError } from "@lmb/errors";
import type { ParticleShape } from "./particleShape.js";
import type { SizeDistribution } from "./sizeDistribution.js";
import { sphereShape } from "./sphereShape.js";
import { spheroidShape } from "./spheroidShape.js";

/**
 * The metal particles of a continuum simulation, as the CLI and the design functions take them.
 * Lengths are in (equal-volume sphere) particle diameters.
 */
export interface ContinuumParticles {
  /** Spheres, or randomly oriented spheroids of aspect ratio a/b (> 1 needles, < 1 plates). @default "sphere" */
  shape?: "sphere" | { spheroid: number } | undefined;
  /**
   * Core–shell particles: metal cores of δ times the particle size that no other core may
   * enter, inside penetrable shells through which particles connect (δ in [0, 1); cores
   * placed by random sequential addition). Fractions are then the cores' volume fractions.
   * For spheroids the core is the spheroid scaled by δ. @default none (penetrable, all metal)
   */
  coreShell?: number | undefined;
  /** Polydisperse sizes (spheres only); lengths in volume-equivalent mean diameters. @default monodisperse */
  sizes?: SizeDistribution | undefined;
}

/**
 * The {@link ParticleShape} for a {@link ContinuumParticles} description.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for sizes with spheroids, δ outside [0, 1), an aspect
 *   ratio ≤ 0 or an invalid size distribution.
 * @example
 * continuumParticleShape({ shape: { spheroid: 5 }, coreShell: 0.8 });
 */
export function continuumParticleShape(particles: ContinuumParticles): ParticleShape {
  const shape = particles.shape ?? "sphere";
  if (shape !== "sphere" && particles.sizes !== undefined) {
    throw new LmbError("E_INVALID_ARGUMENT", "polydisperse sizes are available for spheres only", {
      location: { source: "options.sizes" },
      fix: 'drop sizes or use shape: "sphere"',
    });
  }
  return shape === "sphere"
    ? sphereShape({ sizes: particles.sizes, coreShell: particles.coreShell })
    : spheroidShape(shape.spheroid, { coreShell: particles.coreShell });
}
