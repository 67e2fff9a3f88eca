import { LmbError } from "@lmb/errors";
import type { ParticleShape } from "./sphereSlab.js";
import { spheroidsOverlap } from "./spheroidOverlap.js";

/**
 * A randomly oriented spheroid of aspect ratio a/b (> 1 prolate needles, < 1 oblate plates)
 * with the volume of a unit-diameter sphere: b = (1/(8·aspect))^⅓, a = aspect·b. Orientations
 * are uniform on the sphere; overlap by the Perram–Wertheim function.
 *
 * Source: Garboczi, Snyder, Douglas, Thorpe, Phys. Rev. E 52 (1995) 819 (thresholds by aspect
 * ratio: 5 → φ_c 0.1627, 1/5 → 0.1757, 10 → 0.0870).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for an aspect ratio ≤ 0.
 * @example
 * penetrableSlabSpanning({ lateral: 20, thickness: 20 }, spheroidShape(5)).volumeFraction;
 */
export function spheroidShape(aspect: number): ParticleShape {
  if (!(aspect > 0) || !Number.isFinite(aspect)) {
    throw new LmbError("E_INVALID_ARGUMENT", `the aspect ratio must be positive, got ${aspect}`, {
      fix: "give a/b > 1 for needles, < 1 for plates, 1 for spheres",
    });
  }
  const b = (1 / (8 * aspect)) ** (1 / 3);
  const a = aspect * b;
  const u = [0, 0, 0];
  const v = [0, 0, 0];
  return {
    volume: (4 / 3) * Math.PI * a * b * b,
    reach: 2 * Math.max(a, b),
    orient(rng, out) {
      let x = rng.normal();
      let y = rng.normal();
      let z = rng.normal();
      const norm = Math.hypot(x, y, z) || 1;
      x /= norm;
      y /= norm;
      z /= norm;
      out[0] = x;
      out[1] = y;
      out[2] = z;
    },
    overlap(rx, ry, rz, oa, ia, ob, ib) {
      u[0] = oa[ia] as number;
      u[1] = oa[ia + 1] as number;
      u[2] = oa[ia + 2] as number;
      v[0] = ob[ib] as number;
      v[1] = ob[ib + 1] as number;
      v[2] = ob[ib + 2] as number;
      return spheroidsOverlap(rx, ry, rz, u, v, a, b);
    },
    halfHeight(o, i) {
      const uz = o[i + 2] as number;
      return Math.sqrt(b * b + (a * a - b * b) * uz * uz);
    },
  };
}
