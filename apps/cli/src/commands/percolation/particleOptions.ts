import type { Command, OptionValues } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import {
  type ContinuumParticles,
  type ParticleShape,
  type SizeDistribution,
  sphereShape,
  sphereSizes,
  spheroidShape,
} from "@lmb/percolation";
import type { ParticleDescription } from "@lmb/schemas";
import { formatCount } from "../../output/formatCount.js";
import { numberOption } from "../nucleation/nucleationOptions.js";
import { checkMemory, continuumBytes } from "./memoryBudget.js";
import {
  aspectOption,
  integerOption,
  particleShapeOptions,
  seedOption,
  shapeOption,
  thicknessInDiameters,
} from "./percolationOptions.js";

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
  /** The same particles as the library's functions take them. */
  library: ContinuumParticles;
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
    library: {
      shape: shape === "sphere" ? "sphere" : { spheroid: aspect },
      ...(coreShell === undefined ? {} : { coreShell }),
      ...(sizes === undefined ? {} : { sizes }),
    },
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

/** Defaults and help of {@link particleLayerOptions} that differ between commands. */
export interface ParticleLayerDefaults {
  /** Default `--thickness`, e.g. "10 d". */
  thickness: string;
  /** Help of `--lateral`. */
  lateral: string;
  /** Help of `--runs`. */
  runs: string;
}

/**
 * Adds the particle and layer options that `continuum` and `window` share: `--shape`,
 * `--aspect`, `--thickness`, `--diameter`, `--lateral`, `--runs`, `--seed`, `--core-shell`,
 * `--polydisperse` (read them back with {@link resolveParticleLayer}).
 *
 * @example
 * particleLayerOptions(new Command("window"), { thickness: "5 d", lateral: "…", runs: "…" });
 */
export function particleLayerOptions<Args extends unknown[], Opts extends OptionValues>(
  command: Command<Args, Opts>,
  defaults: ParticleLayerDefaults,
) {
  return command
    .addOption(shapeOption())
    .addOption(aspectOption())
    .option(
      "--thickness <h>",
      `layer thickness: "${defaults.thickness}" (particle diameters) or a length with --diameter`,
      defaults.thickness,
    )
    .option(
      "--diameter <length>",
      'particle diameter, to give --thickness as a length, e.g. "5 nm"',
    )
    .option("--lateral <diameters>", defaults.lateral, "20")
    .option("--runs <n>", defaults.runs, "100")
    .addOption(seedOption())
    .option(
      "--core-shell <ratio>",
      "hard-core/soft-shell particles: core diameter / particle diameter",
    )
    .option("--polydisperse <spread>", "relative standard deviation of the particle diameters");
}

/** The options {@link resolveParticleLayer} reads. */
export interface ParticleLayerCliOptions extends ParticleCliOptions {
  lateral: string;
  runs: string;
  seed: string;
}

/** What {@link resolveParticleLayer} gives. */
export interface ResolvedParticleLayer {
  particles: ResolvedParticles;
  /** Layer thickness h in particle diameters. */
  thickness: number;
  /** Lateral size of the patch in particle diameters. */
  lateral: number;
  runs: number;
  seed: number;
}

/**
 * Checks the particle and layer options before any work starts: the particles
 * ({@link resolveParticles}), `--lateral` between twice the particle reach and 10 000
 * diameters, a slab of at most 10⁸ cubed diameters, `--runs` from `minRuns`, `--seed`, and the
 * memory of `slabs` slabs held at once.
 *
 * @throws LmbError `E_INVALID_INPUT` for a bad value; `E_TOO_LARGE` for a slab above 10⁸ cells
 *   or beyond the machine's memory
 * @example
 * resolveParticleLayer({ shape: "sphere", thickness: "5 d", lateral: "20", runs: "100", seed: "1" });
 */
export function resolveParticleLayer(
  options: ParticleLayerCliOptions,
  {
    minRuns = 2,
    runsWhy = "",
    slabs = 1,
  }: { minRuns?: number; runsWhy?: string; slabs?: number } = {},
): ResolvedParticleLayer {
  const particles = resolveParticles(options);
  const h = particles.thickness;
  const lateral = numberOption(options.lateral, "--lateral");
  // a particle must not meet its own periodic image: the patch spans two particle lengths
  const minLateral = Math.ceil(2 * particles.shape.reach);
  if (minLateral > 10_000) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `--aspect ${options.aspect}: a particle ${formatCount(particles.shape.reach, 4)} diameters long needs a patch of at least ${minLateral} diameters, above the limit of 10000`,
      {
        location: { source: "--aspect" },
        fix: "use an aspect ratio closer to 1 (the patch must hold two particle lengths)",
      },
    );
  }
  if (!(lateral >= 2 * particles.shape.reach && lateral <= 10_000)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `--lateral ${options.lateral} must lie between ${minLateral} (twice the particle length, ${formatCount(particles.shape.reach, 4)} diameters) and 10000 diameters`,
      {
        location: { source: "--lateral" },
        fix: `give --lateral ${Math.max(20, minLateral)}${minLateral > 20 ? " or more (20, the default, is too small for these particles)" : ""}`,
      },
    );
  }
  const slab = `a slab ${lateral} × ${lateral} × ${formatCount(h, 4)} diameters`;
  if (lateral * lateral * h > 1e8) {
    throw new LmbError("E_TOO_LARGE", `${slab} exceeds 10⁸ cells`, {
      location: { source: "--thickness" },
      fix: "use a smaller --lateral or --thickness",
    });
  }
  const runs = integerOption(options.runs, "--runs", minRuns, 100_000, runsWhy);
  const seed = integerOption(options.seed, "--seed", -(2 ** 31), 2 ** 31 - 1);
  checkMemory(
    slabs * continuumBytes(lateral, h, particles.shape.volume),
    slab,
    "use a smaller --lateral or --thickness",
  );
  return { particles, thickness: h, lateral, runs, seed };
}
