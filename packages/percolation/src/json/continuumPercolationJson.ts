import { regularizedGammaPair } from "@lmb/numerics";
import type {
  ContinuumPercolationResult,
  LiteratureValue,
  ParticleDescription,
  PercolationWarning,
} from "@lmb/schemas";
import type { InPlaneResult } from "../continuum/inPlaneSpanning.js";
import type { SphereSlabResult } from "../continuum/sphereSlab.js";
import type { WiredSurface } from "../continuum/wiredSurface.js";
import type { FilmConnectivity } from "../lattice/filmConnectivity.js";
import { percolationPlot } from "./percolationPlot.js";

/** What {@link continuumPercolationJson} needs besides the simulation result. */
export interface ContinuumJsonOptions {
  particles: ParticleDescription;
  /** Layer thickness and patch size, in particle diameters. */
  thickness: number;
  lateral: number;
  runs: number;
  seed: number;
  /** Volume of one particle (diameter-1 units; π/6 for spheres). */
  particleVolume: number;
  /** Volume fractions for the crossing curve. @default 41 points from 0 to the larger of 1.25 × the largest crossing fraction and (penetrable particles) 0.36 */
  fractions?: readonly number[];
  /**
   * Q(φ), when computed: of the same particles (`wiredSurfaceFraction`), or of the voxel film of
   * the same thickness (`filmConnectedFraction`).
   */
  wired?: WiredSurface | FilmConnectivity;
  /**
   * The in-plane threshold of the same particles (`inPlaneSpanning`); without it the voxel-film
   * law p_c,∥(h) ≈ 0.3116 + 0.506·(h + 0.68)^(−1.141) is reported.
   */
  inPlane?: InPlaneResult;
  /**
   * Metal share δ³ of a core–shell particle's volume: the metal fraction is then n·v·δ³/V and
   * the crossing curve the runs' empirical distribution (hard cores are not Poisson); absent for
   * penetrable, all-metal particles.
   */
  coreVolumeRatio?: number;
}

const LORENZ_ZIFF = "Lorenz & Ziff, J. Chem. Phys. 114 (2001) 3659";
const GARBOCZI = "Garboczi, Snyder, Douglas, Thorpe, Phys. Rev. E 52 (1995) 819, Table 1";

/** Garboczi et al. 1995, Table 1: φ_c of randomly oriented overlapping spheroids by aspect a/b. */
const SPHEROID_THRESHOLDS: readonly [number, number][] = [
  [1 / 1000, 0.001275],
  [1 / 100, 0.01248],
  [1 / 10, 0.1058],
  [1 / 5, 0.1757],
  [1 / 4, 0.2003],
  [1 / 3, 0.2289],
  [1 / 2, 0.2629],
  [3 / 4, 0.2831],
  [3 / 2, 0.2795],
  [2, 0.2618],
  [3, 0.2244],
  [4, 0.1901],
  [5, 0.1627],
  [10, 0.08703],
  [20, 0.0415],
  [50, 0.01502],
  [100, 0.006949],
];

/**
 * lmb's own bulk thresholds of randomly oriented overlapping spheroids by aspect a/b:
 * `simulateBulkThreshold` in periodic cubes of 6–16 particle lengths, 80 runs per size (a/b = 10:
 * 50), seed 21, extrapolated in L; value and standard error from the package README's table.
 */
const LMB_SPHEROID_THRESHOLDS: readonly [number, number, number][] = [
  [1 / 1000, 0.000981, 0.000007],
  [1 / 100, 0.00972, 0.00007],
  [1 / 10, 0.0858, 0.0007],
  [1 / 5, 0.1501, 0.0011],
  [1 / 2, 0.2519, 0.0019],
  [2, 0.2472, 0.0015],
  [3, 0.1994, 0.0011],
  [5, 0.1345, 0.0006],
  [10, 0.0673, 0.0003],
];

const sameAspect = (a: number, aspect: number) => Math.abs(a - aspect) < 1e-9 * a;

/** Four significant digits, as the tables quote them. */
const sig4 = (x: number) => Number(x.toPrecision(4)).toString();

/**
 * The warning that goes with every result for non-spherical spheroids (`W_SPHEROID_LITERATURE`):
 * this code's continuum thresholds are validated on spheres (Lorenz & Ziff 2001) and in the
 * thin-disc limit (critical total excluded volume 2.32 ± 0.02 at a/b = 1/1000 against ≈ 2.26–2.3,
 * Huseby et al. 1997), while Garboczi et al. 1995's spheroid table lies 4–23 % higher — most
 * likely high itself (package README, "Continuum thresholds"). The message quotes Garboczi's
 * value at this aspect ratio, and lmb's bulk value where the README tabulates one, so the two
 * can be compared; `undefined` for spheres (aspect 1).
 *
 * @example spheroidLiteratureWarning(5)?.message; // "… 0.1627 … 0.1345 ± 0.0006 …"
 */
export function spheroidLiteratureWarning(
  aspect: number,
  consequence = "",
): PercolationWarning | undefined {
  if (Math.abs(aspect - 1) <= 1e-12) return undefined;
  const garboczi = SPHEROID_THRESHOLDS.find(([a]) => sameAspect(a, aspect));
  const lmb = LMB_SPHEROID_THRESHOLDS.find(([a]) => sameAspect(a, aspect));
  const at = `aspect ${sig4(aspect)}`;
  const comparison =
    garboczi === undefined
      ? `Garboczi et al. tabulate no value at ${at}`
      : `for overlapping spheroids of ${at} Garboczi et al. give bulk φ_c = ${garboczi[1]}${
          lmb === undefined
            ? ""
            : `, lmb's simulateBulkThreshold ${lmb[1]} ± ${lmb[2]} (${Math.round(
                (100 * (lmb[1] - garboczi[1])) / garboczi[1],
              )} %)`
        }`;
  return {
    code: "W_SPHEROID_LITERATURE",
    message:
      "spheroids: lmb's continuum thresholds are validated on spheres (Lorenz & Ziff 2001) and in " +
      "the thin-disc limit (Huseby et al. 1997); Garboczi et al. 1995's spheroid table is " +
      `systematically higher (by 4–23 %, see the @lmb/percolation README): ${comparison}` +
      `${consequence}`,
  };
}

/**
 * The bulk threshold φ_c of freely overlapping particles from the literature: spheres 0.289573
 * (Lorenz & Ziff 2001); spheroids at the aspect ratios of Garboczi et al. 1995 (±~2 % as
 * published). Garboczi's spheroid values are reported for comparison only: they lie 4–23 % above
 * this code's `simulateBulkThreshold`, which is validated on spheres and thin discs (results
 * for spheroids carry the warning `W_SPHEROID_LITERATURE`).
 *
 * @example bulkContinuumThreshold({ shape: "sphere", aspect: 1, penetrable: true })?.value; // 0.289573
 */
export function bulkContinuumThreshold(
  particles: ParticleDescription,
): LiteratureValue | undefined {
  if (!particles.penetrable || particles.coreShell !== undefined) return undefined;
  if (particles.polydispersity !== undefined && particles.polydispersity > 0) return undefined;
  if (particles.shape === "sphere" || Math.abs(particles.aspect - 1) < 1e-12) {
    return { value: 0.289573, uncertainty: 8e-6, source: LORENZ_ZIFF };
  }
  const row = SPHEROID_THRESHOLDS.find(([a]) => sameAspect(a, particles.aspect));
  return row === undefined
    ? undefined
    : { value: row[1], uncertainty: 0.02 * row[1], source: GARBOCZI };
}

/**
 * In-plane threshold of a simple-cubic voxel film h layers thick, p_c,∥(h) ≈ 0.3116 +
 * 0.506·(h + 0.68)^(−1/ν), 1/ν = 1.141 (fit to L = 512 simulations, residuals ≤ 0.002 for
 * h = 1…64).
 *
 * Source: shared/research/percolation.md §2.7(a) (measured there).
 *
 * @example inPlaneVoxelThreshold(4); // ≈ 0.399
 */
export function inPlaneVoxelThreshold(h: number): number {
  return 0.3116 + 0.506 * (h + 0.68) ** -1.141;
}

/**
 * P(some path crosses the patch) at covered fraction φ: the number of particles at density ρ is
 * Poisson with mean λ = −ln(1 − φ)·V/v, and a run that first crossed with n_r particles is
 * crossed whenever at least n_r are present, so P(φ) = mean_r P(n_r, λ) (regularised lower
 * gamma) — the continuum analogue of Newman–Ziff's binomial convolution.
 *
 * @example crossingProbability(result.particles, 8000, Math.PI / 6, 0.2);
 */
export function crossingProbability(
  particles: ArrayLike<number>,
  boxVolume: number,
  particleVolume: number,
  phi: number,
): { probability: number; standardError: number } {
  const runs = particles.length;
  if (phi <= 0) return { probability: 0, standardError: 0 };
  if (phi >= 1) return { probability: 1, standardError: 0 };
  const lambda = (-Math.log1p(-phi) * boxVolume) / particleVolume;
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < runs; r++) {
    const n = particles[r] as number;
    const v = n <= 0 ? 1 : regularizedGammaPair(n, lambda)[0];
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / runs;
  const variance = runs > 1 ? Math.max(0, sumSq / runs - mean * mean) / (runs - 1) : 0;
  return { probability: Math.min(1, Math.max(0, mean)), standardError: Math.sqrt(variance) };
}

/** The share of runs that had crossed at fraction φ, with its binomial standard error. */
function empiricalProbability(
  crossings: readonly number[],
  phi: number,
): { probability: number; standardError: number } {
  const runs = crossings.length;
  const probability = crossings.filter((c) => c <= phi).length / runs;
  return {
    probability,
    standardError: runs > 1 ? Math.sqrt((probability * (1 - probability)) / (runs - 1)) : 0,
  };
}

/**
 * Turns a slab simulation (`penetrableSlabSpanning`) into the `ContinuumPercolationResult` of
 * `@lmb/schemas`: the mean crossing fraction φ and reduced density η, the crossing probability
 * against φ, the bulk literature threshold, the voxel in-plane threshold for h layers and —
 * when given — the wired fraction Q(φ), with warnings and a plot.
 *
 * @example
 * const shape = SPHERE;
 * const r = penetrableSlabSpanning({ lateral: 20, thickness: 10, runs: 50 }, shape);
 * continuumPercolationJson(r, { particles: { shape: "sphere", aspect: 1, penetrable: true }, thickness: 10, lateral: 20, runs: 50, seed: 1, particleVolume: shape.volume });
 */
export function continuumPercolationJson(
  result: SphereSlabResult,
  options: ContinuumJsonOptions,
): ContinuumPercolationResult {
  const { thickness, lateral, particleVolume } = options;
  const box = lateral * lateral * thickness;
  const core = options.coreVolumeRatio;
  const crossings = Array.from(result.particles, (n) =>
    core === undefined
      ? -Math.expm1(-(n * particleVolume) / box)
      : (n * particleVolume * core) / box,
  );
  // penetrable particles: up to past the bulk threshold as well, where the wired fraction Q rises
  const top = Math.min(1, Math.max(1.25 * Math.max(...crossings), core === undefined ? 0.36 : 0));
  const grid = options.fractions ?? Array.from({ length: 41 }, (_, i) => (top * i) / 40);
  const crossing = grid.map((p) => ({
    p,
    ...(core === undefined
      ? crossingProbability(result.particles, box, particleVolume, p)
      : empiricalProbability(crossings, p)),
  }));
  const bulk = bulkContinuumThreshold(options.particles);
  const warnings: PercolationWarning[] = [];
  if (options.particles.shape === "spheroid") {
    const literature = spheroidLiteratureWarning(
      options.particles.aspect,
      bulk === undefined ? "" : "; the bulk φ_c reported here is Garboczi's, for comparison",
    );
    if (literature !== undefined) warnings.push(literature);
  }
  if (options.runs < 50) {
    warnings.push({
      code: "W_FEW_RUNS",
      message: `${options.runs} runs: use 100 or more for a stable crossing curve`,
    });
  }
  const h = Math.max(1, Math.round(thickness));
  const wired = options.wired;
  const clip = (q: number) => Math.min(1, Math.max(0, q));
  const wiredPoints =
    wired === undefined
      ? undefined
      : "points" in wired
        ? wired.points.map((w) => ({
            p: w.fraction,
            fraction: clip(w.wired.value),
            standardError: w.wired.standardError,
          }))
        : wired.p.map((p, i) => ({ p, fraction: clip(wired.connectedFraction[i] as number) }));
  const wiredModel =
    wired === undefined
      ? ""
      : "points" in wired
        ? `the same particles in a ${wired.lateral} × ${wired.lateral} patch, ${wired.runs} runs: share of points on the outer surface inside particles wired to the Li (wiredSurfaceFraction)`
        : `simple-cubic voxel film ${wired.thickness} layers thick (one site per particle diameter, occupation = metal fraction), ${wired.lateral} × ${wired.lateral} sites, ${wired.runs} runs: share of the outer surface joined to the Li`;
  const q = (phi: number) => ({ x: phi, series: "P(crossing)" });
  return {
    analysis: "continuum-percolation",
    particles: options.particles,
    thickness,
    lateral,
    runs: options.runs,
    seed: options.seed,
    crossingFraction: result.volumeFraction,
    reducedDensity: result.reducedDensity,
    crossing,
    ...(bulk === undefined ? {} : { bulkThreshold: bulk }),
    inPlaneThreshold:
      options.inPlane === undefined
        ? {
            value: inPlaneVoxelThreshold(h),
            model: `simple-cubic voxel film of ${h} layers: p_c,∥(h) ≈ 0.3116 + 0.506·(h + 0.68)^(−1.141) (shared/research/percolation.md §2.7a)`,
          }
        : {
            value: options.inPlane.volumeFraction.value,
            standardError: options.inPlane.volumeFraction.standardError,
            model: `the same particles in a layer ${options.inPlane.thickness} diameters thick, ${options.inPlane.lateral} × ${options.inPlane.lateral} diameters, ${options.inPlane.particles.length} runs: mean metal fraction at the first path along the layer (inPlaneSpanning)`,
          },
    ...(wiredPoints === undefined
      ? {}
      : { wiredFraction: { model: wiredModel, points: wiredPoints } }),
    note: `a crossing path somewhere in a ${lateral} × ${lateral}-diameter patch: a larger electrode area crosses at a lower fraction, so this is not a material constant; the wired fraction Q is intensive (per area)`,
    warnings,
    plot: percolationPlot({
      title: `Crossing a layer ${thickness} diameters thick (${options.particles.shape}${options.particles.shape === "spheroid" ? `, aspect ${options.particles.aspect}` : ""})`,
      xTitle: "metal volume fraction φ",
      yTitle: "probability / surface fraction",
      lines: [
        ...crossing.map((c) => ({ ...q(c.p), y: c.probability })),
        ...(wiredPoints ?? []).map((w) => ({ x: w.p, y: w.fraction, series: "Q (wired surface)" })),
      ],
      rules: [
        { x: result.volumeFraction.value, series: "mean crossing φ" },
        ...(bulk === undefined ? [] : [{ x: bulk.value, series: "bulk φ_c (literature)" }]),
        ...(options.inPlane === undefined
          ? []
          : [{ x: options.inPlane.volumeFraction.value, series: "in-plane φ_c (this layer)" }]),
      ],
    }),
  };
}
