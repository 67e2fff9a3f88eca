import { LmbError } from "@lmb/errors";
import { type ParticleShape, SPHERE } from "./particleShape.js";
import { type SizeDistribution, sphereSizes } from "./sizeDistribution.js";

/** Particle options for spheres: sizes and hard cores. */
export interface SphereParticleOptions {
  /**
   * Polydisperse sizes; lengths are then in volume-equivalent mean diameters (⟨d³⟩ = 1).
   * Two spheres overlap exactly when their centre distance is below (dᵢ + dⱼ)/2; the cell list
   * is sized to the largest particle. @default monodisperse
   */
  sizes?: SizeDistribution | undefined;
  /**
   * Core–shell (hard-core/soft-shell, "cherry-pit") particles: a metal core of diameter δ·d
   * that no other core may enter, inside a freely penetrable shell of diameter d; two
   * particles connect when their shells overlap (centre distance < d). δ in [0, 1); 0 is the
   * penetrable sphere. Cores are placed by random sequential addition (each new particle is
   * put at a uniformly random position whose core misses every earlier core — not an
   * equilibrium hard-sphere fluid), and the reported metal fraction is the cores' volume
   * fraction. @default none (penetrable, all metal)
   */
  coreShell?: number | undefined;
}

/**
 * Validates a core/shell diameter ratio δ.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` unless 0 ≤ δ < 1.
 * @example
 * checkCoreShell(0.8); // 0.8
 */
export function checkCoreShell(coreShell: number): number {
  if (!(coreShell >= 0 && coreShell < 1)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `the core/shell ratio must lie in [0, 1), got ${coreShell}`,
      {
        location: { source: "options.coreShell" },
        fix: "give the core diameter over the connection (shell) diameter, e.g. 0.8; 0 means fully penetrable",
      },
    );
  }
  return coreShell;
}

/**
 * A sphere {@link ParticleShape}: monodisperse unit spheres, polydisperse spheres (diameter in
 * the particle's slot 0, ⟨d³⟩ = 1), each optionally core–shell (cores of δ·d placed by random
 * sequential addition, connection when shells overlap: |r| < (dᵢ + dⱼ)/2).
 *
 * Sources: core–shell ("penetrable concentric shell") model, S. B. Lee, S. Torquato,
 * J. Chem. Phys. 89 (1988) 3258; sphere mixtures, R. Consiglio, D. R. Baker, G. Paul,
 * H. E. Stanley, Physica A 319 (2003) 49.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for δ outside [0, 1) or an invalid size distribution.
 * @example
 * overlappingSphereSpanning({ lateral: 20, thickness: 20, coreShell: 0.8 }).volumeFraction;
 * penetrableSlabSpanning({ lateral: 20, thickness: 5 }, sphereShape({ sizes: { lognormal: { sigma: 0.3 } } }));
 */
export function sphereShape(options: SphereParticleOptions = {}): ParticleShape {
  const delta = options.coreShell === undefined ? undefined : checkCoreShell(options.coreShell);
  const hard = delta !== undefined && delta > 0;
  if (options.sizes === undefined) {
    if (!hard) return SPHERE;
    const d2 = delta * delta;
    return {
      ...SPHERE,
      clash: (rx, ry, rz) => rx * rx + ry * ry + rz * rz < d2,
      coreVolumeRatio: d2 * delta,
    };
  }
  const sizes = sphereSizes(options.sizes);
  const shape: ParticleShape = {
    volume: Math.PI / 6,
    reach: sizes.maxDiameter,
    orient(rng, out) {
      out[0] = sizes.sample(rng);
    },
    overlap(rx, ry, rz, a, ia, b, ib) {
      const s = 0.5 * ((a[ia] as number) + (b[ib] as number));
      return rx * rx + ry * ry + rz * rz < s * s;
    },
    halfHeight: (o, i) => 0.5 * (o[i] as number),
    contains(dx, dy, dz, o, i) {
      const r = 0.5 * (o[i] as number);
      return dx * dx + dy * dy + dz * dz < r * r;
    },
  };
  if (!hard) return shape;
  return {
    ...shape,
    clash(rx, ry, rz, a, ia, b, ib) {
      const s = 0.5 * delta * ((a[ia] as number) + (b[ib] as number));
      return rx * rx + ry * ry + rz * rz < s * s;
    },
    coreVolumeRatio: delta * delta * delta,
  };
}
