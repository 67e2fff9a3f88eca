import { LmbError } from "@lmb/errors";
import { type ParticleShape, SPHERE, spheroidShape } from "@lmb/percolation";
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
  description: ParticleDescription;
  /** Layer thickness in particle diameters. */
  thickness: number;
}

function notYet(flag: string, what: string): LmbError {
  return new LmbError(
    "E_NOT_SUPPORTED",
    `${flag}: ${what} are not yet supported by @lmb/percolation`,
    {
      location: { source: flag },
      fix: `drop ${flag} (freely overlapping, monodisperse particles are simulated); ${what} are being added to the continuum simulation`,
    },
  );
}

/**
 * Checks the particle options before any work starts and builds the shape: spheres or randomly
 * oriented spheroids; `--core-shell` and `--polydisperse` are refused with `E_NOT_SUPPORTED`
 * until the continuum simulation has them (never silently ignored).
 *
 * @throws LmbError `E_INVALID_INPUT` for an aspect ≤ 0, a core–shell ratio outside (0, 1), a
 *   negative spread or a bad thickness; `E_NOT_SUPPORTED` as above
 * @example resolveParticles({ shape: "sphere", thickness: "5 d" }).thickness; // 5
 */
export function resolveParticles(options: ParticleCliOptions): ResolvedParticles {
  const { shape, aspect } = particleShapeOptions(options.shape, options.aspect);
  const thickness = thicknessInDiameters(options.thickness, options.diameter);
  if (options.coreShell !== undefined) {
    const ratio = numberOption(options.coreShell, "--core-shell");
    if (!(ratio > 0 && ratio < 1)) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `--core-shell ${options.coreShell} must lie in (0, 1)`,
        {
          location: { source: "--core-shell" },
          fix: "give the hard-core diameter over the particle diameter, e.g. 0.8",
        },
      );
    }
    throw notYet("--core-shell", "core–shell particles");
  }
  if (options.polydisperse !== undefined) {
    const spread = numberOption(options.polydisperse, "--polydisperse");
    if (!(spread >= 0)) {
      throw new LmbError("E_INVALID_INPUT", `--polydisperse ${options.polydisperse} must be ≥ 0`, {
        location: { source: "--polydisperse" },
        fix: "give the relative standard deviation of the diameters, e.g. 0.2",
      });
    }
    throw notYet("--polydisperse", "polydisperse particles");
  }
  return {
    shape: shape === "sphere" ? SPHERE : spheroidShape(aspect),
    description: { shape, aspect, penetrable: true },
    thickness,
  };
}
