import { LmbError } from "@lmb/errors";
import {
  type ParticleShape,
  type SizeDistribution,
  sphereShape,
  sphereSizes,
  spheroidShape,
} from "@lmb/percolation";
import type { ParticleDescription } from "@lmb/schemas";
import { numberOption } from "../nucleation/nucleationOptions.js";
import { particleShapeOptions, thicknessInDiameters } from "./percolationOptions.js";

/** The particle and layer options shared by `continuum` and `window`. */
export interface ParticleCliOptions {
  shape: "sphere" | "spheroid";
  aspect?: string | undefined;
  thickness: string;
  diameter?: string | undefined;
  coreShell?: string | undefined;
  polydisperse?: string | undefined;
}

/** What {@link resolveParticles} gives: the library shape, its JSON description and h. */
export interface ResolvedParticles {
  shape: ParticleShape;
  /** Core/shell diameter ratio δ, when core–shell. */
  coreShell?: number;
  /** The size distribution, when polydisperse. */
  sizes?: SizeDistribution;
  description: ParticleDescription;
  /** Layer thickness in particle diameters. */
  thickness: number;
}

/**
 * Checks the particle options before any work starts and builds the shape: spheres (optionally
 * polydisperse: `--polydisperse σ`, a lognormal of ln d truncated at ±3σ) or randomly oriented
 * spheroids, each optionally core–shell (`--core-shell δ`: metal cores of δ·d that no other core
 * may enter, inside penetrable shells; the metal fraction is then the cores').
 *
 * @throws LmbError `E_INVALID_INPUT` for an aspect ≤ 0, a core–shell ratio outside [0, 1), a
 *   spread outside (0, 1] or a bad thickness; `E_NOT_SUPPORTED` for polydisperse spheroids
 * @example resolveParticles({ shape: "sphere", thickness: "5 d", coreShell: "0.8" }).description;
 */
export function resolveParticles(options: ParticleCliOptions): ResolvedParticles {
  const { shape, aspect } = particleShapeOptions(options.shape, options.aspect);
  const thickness = thicknessInDiameters(options.thickness, options.diameter);
  let coreShell: number | undefined;
  if (options.coreShell !== undefined) {
    coreShell = numberOption(options.coreShell, "--core-shell");
    if (!(coreShell >= 0 && coreShell < 1)) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `--core-shell ${options.coreShell} must lie in [0, 1)`,
        {
          location: { source: "--core-shell" },
          fix: "give the hard-core diameter over the particle (shell) diameter, e.g. 0.8; 0 is fully penetrable",
        },
      );
    }
  }
  let sizes: SizeDistribution | undefined;
  let spread: number | undefined;
  if (options.polydisperse !== undefined) {
    const sigma = numberOption(options.polydisperse, "--polydisperse");
    if (!(sigma > 0 && sigma <= 1)) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `--polydisperse ${options.polydisperse} must lie in (0, 1]`,
        {
          location: { source: "--polydisperse" },
          fix: "give the standard deviation of ln d, e.g. 0.3",
        },
      );
    }
    if (shape === "spheroid") {
      throw new LmbError(
        "E_NOT_SUPPORTED",
        "polydisperse spheroids are not yet supported by @lmb/percolation",
        {
          location: { source: "--polydisperse" },
          fix: "drop --polydisperse, or use --shape sphere",
        },
      );
    }
    sizes = { lognormal: { sigma } };
    spread = sphereSizes(sizes).relativeSpread;
  }
  const particle =
    shape === "sphere"
      ? sphereShape({ sizes, coreShell })
      : spheroidShape(aspect, coreShell === undefined ? {} : { coreShell });
  const core = coreShell !== undefined && coreShell > 0;
  return {
    shape: particle,
    ...(coreShell === undefined ? {} : { coreShell }),
    ...(sizes === undefined ? {} : { sizes }),
    description: {
      shape,
      aspect,
      penetrable: !core,
      ...(core ? { coreShell } : {}),
      ...(spread === undefined ? {} : { polydispersity: spread }),
    },
    thickness,
  };
}

/**
 * The particles in words for a table, e.g. "spheroids, aspect 5, core–shell δ = 0.8".
 *
 * @example particleText({ shape: "sphere", aspect: 1, penetrable: true }); // "spheres, freely overlapping"
 */
export function particleText(p: ParticleDescription): string {
  const shape =
    p.shape === "sphere" ? "spheres" : `spheroids, aspect ${Number(p.aspect.toPrecision(4))}`;
  const kind =
    p.coreShell === undefined
      ? "freely overlapping"
      : `core–shell (hard cores of ${p.coreShell} × the diameter in penetrable shells)`;
  const sizes =
    p.polydispersity === undefined
      ? ""
      : `, polydisperse (diameters spread ${Math.round(100 * p.polydispersity)} %)`;
  return `${shape}, ${kind}${sizes}`;
}
