import { LmbError } from "@lmb/errors";
import type { ParticleShape } from "./particleShape.js";
import { checkCoreShell } from "./sphereShape.js";
import { spheroidsOverlap } from "./spheroidOverlap.js";

/** Options of {@link spheroidShape}. */
export interface SpheroidShapeOptions {
  /**
   * Core–shell spheroids: a hard metal core, the spheroid scaled by δ (same axis), that no
   * other core may enter, inside the penetrable spheroid through which particles connect.
   * δ in [0, 1). Cores are placed by random sequential addition. @default none (penetrable)
   */
  coreShell?: number | undefined;
}

/**
 * A randomly oriented spheroid of aspect ratio a/b (> 1 prolate needles, < 1 oblate plates)
 * with the volume of a unit-diameter sphere: b = (1/(8·aspect))^⅓, a = aspect·b. Orientations
 * are uniform on the sphere; overlap by the Perram–Wertheim function.
 *
 * Source: Garboczi, Snyder, Douglas, Thorpe, Phys. Rev. E 52 (1995) 819 (thresholds by aspect
 * ratio: 5 → φ_c 0.1627, 1/5 → 0.1757, 10 → 0.0870).
 *
 * Bulk thresholds of this shape from `simulateBulkThreshold` (periodic cubes): 5 → 0.1345,
 * 1/5 → 0.1501, 10 → 0.0673 (± 0.5–1 %), 4–23 % below Garboczi et al., whose thin-plate limit
 * is 33 % above the thin-disc value; the evidence is in the package README.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for an aspect ratio ≤ 0 or δ outside [0, 1).
 * @example
 * penetrableSlabSpanning({ lateral: 20, thickness: 20 }, spheroidShape(5)).volumeFraction;
 * spheroidShape(0.2, { coreShell: 0.7 }); // plates with hard cores
 */
export function spheroidShape(aspect: number, options: SpheroidShapeOptions = {}): ParticleShape {
  if (!(aspect > 0) || !Number.isFinite(aspect)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `the aspect ratio must be a positive finite number, got ${aspect}`,
      {
        location: { source: "spheroidShape(aspect)" },
        fix: "give a/b > 1 for needles, < 1 for plates, 1 for spheres",
      },
    );
  }
  const b = (1 / (8 * aspect)) ** (1 / 3);
  const a = aspect * b;
  const u = [0, 0, 0];
  const v = [0, 0, 0];
  const delta = options.coreShell === undefined ? 0 : checkCoreShell(options.coreShell);
  const load = (oa: Float64Array, ia: number, ob: Float64Array, ib: number) => {
    u[0] = oa[ia] as number;
    u[1] = oa[ia + 1] as number;
    u[2] = oa[ia + 2] as number;
    v[0] = ob[ib] as number;
    v[1] = ob[ib + 1] as number;
    v[2] = ob[ib + 2] as number;
  };
  const hard =
    delta > 0
      ? {
          clash(
            rx: number,
            ry: number,
            rz: number,
            oa: Float64Array,
            ia: number,
            ob: Float64Array,
            ib: number,
          ) {
            load(oa, ia, ob, ib);
            return spheroidsOverlap(rx, ry, rz, u, v, delta * a, delta * b);
          },
          coreVolumeRatio: delta * delta * delta,
        }
      : {};
  return {
    ...hard,
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
      load(oa, ia, ob, ib);
      return spheroidsOverlap(rx, ry, rz, u, v, a, b);
    },
    contains(dx, dy, dz, o, i) {
      const t = dx * (o[i] as number) + dy * (o[i + 1] as number) + dz * (o[i + 2] as number);
      return (t * t) / (a * a) + (dx * dx + dy * dy + dz * dz - t * t) / (b * b) < 1;
    },
    halfHeight(o, i) {
      const uz = o[i + 2] as number;
      return Math.sqrt(b * b + (a * a - b * b) * uz * uz);
    },
  };
}
