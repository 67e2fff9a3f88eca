/**
 * A particle shape for the slab simulation, in units of the equal-volume sphere diameter.
 * Each particle carries three numbers drawn by `orient` (the unit symmetry axis of a spheroid,
 * the diameter of a polydisperse sphere in slot 0); `overlap` tests two particles at
 * separation r (b's centre minus a's, any sign); `halfHeight` is a particle's extent above its
 * centre along z (for electrode contact).
 *
 * @example
 * const shape: ParticleShape = SPHERE; // or spheroidShape(5), sphereShape({ coreShell: 0.8 })
 */
export interface ParticleShape {
  /** Mean volume of one (outer) particle: π/6 for every built-in shape. */
  volume: number;
  /** Largest centre distance at which two particles can still overlap (the cell size; set by the largest particle). */
  reach: number;
  orient(rng: { uniform(): number; normal(): number }, out: Float64Array): void;
  overlap(
    rx: number,
    ry: number,
    rz: number,
    a: Float64Array,
    ia: number,
    b: Float64Array,
    ib: number,
  ): boolean;
  halfHeight(o: Float64Array, i: number): number;
  /**
   * True when the point at offset d from a particle's centre lies inside it (used for the
   * wired share of the top surface). Optional for custom shapes; every built-in shape has it.
   */
  contains?(dx: number, dy: number, dz: number, o: Float64Array, i: number): boolean;
  /**
   * Hard cores (core–shell particles): true when the cores of two particles at separation r
   * would intersect. A particle whose core would hit an earlier core is not placed; its
   * position is drawn again (random sequential addition). Absent for penetrable particles.
   */
  clash?(
    rx: number,
    ry: number,
    rz: number,
    a: Float64Array,
    ia: number,
    b: Float64Array,
    ib: number,
  ): boolean;
  /**
   * Metal share of a particle's volume: δ³ for a core of δ times the particle's size inside a
   * penetrable shell. With it the metal fraction is n·v·δ³/V exactly (cores never overlap);
   * without it the particle is all metal and the covered fraction is 1 − e^(−η).
   */
  coreVolumeRatio?: number;
}

/**
 * Unit spheres of diameter 1, fully penetrable.
 *
 * @example
 * SPHERE.overlap(0.9, 0, 0, new Float64Array(3), 0, new Float64Array(3), 0); // true
 */
export const SPHERE: ParticleShape = {
  volume: Math.PI / 6,
  reach: 1,
  orient() {},
  overlap: (rx, ry, rz) => rx * rx + ry * ry + rz * rz < 1,
  halfHeight: () => 0.5,
  contains: (dx, dy, dz) => dx * dx + dy * dy + dz * dz < 0.25,
};
