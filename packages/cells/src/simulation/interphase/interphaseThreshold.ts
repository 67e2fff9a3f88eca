import { metalIncorporationWindow } from "@lmb/percolation";
import { requireNumber } from "../../internal/requireOption.js";

/** Thickest layer (in particle diameters) simulated for V_p; thicker layers use this value. */
export const MAX_THRESHOLD_THICKNESS = 20;
/** Monte Carlo runs per threshold (the median of 40 first-crossing fractions). */
const RUNS = 40;

const cache = new Map<string, number>();

/** Two significant digits: the cache key's resolution (V_p varies slowly with either input). */
function round2(x: number): number {
  return Number(x.toPrecision(2));
}

/**
 * Percolation threshold V_p of metal particles in a thin interphase: the median metal volume
 * fraction at which the first electron path crosses a layer `thicknessInDiameters` particle
 * diameters thick (20 × 20 diameters laterally), from the continuum Monte Carlo of
 * `@lmb/percolation` (`metalIncorporationWindow(…).crossing.median`, 40 runs, seed 1).
 *
 * Thin layers percolate at lower V_f than bulk (a finite-size effect: SCIENCE.md §6,
 * research/percolation.md §2.7); elongated particles (aspect ratio ≠ 1) percolate lower than
 * spheres. One evaluation costs 5–300 ms, so results are cached with the aspect ratio and the
 * thickness rounded to two significant digits; a design map of 1 000 points reuses them.
 * Thicker layers than {@link MAX_THRESHOLD_THICKNESS} diameters use that thickness (the value
 * is then close to the bulk one).
 *
 * @param aspectRatio - a/b of randomly oriented spheroids (1 = spheres)
 * @param thicknessInDiameters - layer thickness / particle diameter (> 0)
 * @returns V_p (0–1)
 * @throws LmbError `E_INVALID_INPUT` for a non-positive aspect ratio or thickness
 * @example
 * interphasePercolationThreshold(1, 5); // ≈ 0.205 (spheres, 5 diameters thick)
 */
export function interphasePercolationThreshold(
  aspectRatio: number,
  thicknessInDiameters: number,
): number {
  requireNumber(
    aspectRatio,
    "interphase.metal.aspectRatio",
    "particle aspect ratio",
    { min: 0, exclusiveMin: true },
    "give a/b > 0 (1 for spheres)",
  );
  requireNumber(
    thicknessInDiameters,
    "interphase.initialThickness",
    "interphase thickness in particle diameters",
    { min: 0, exclusiveMin: true },
    "give a positive interphase thickness and particle diameter",
  );
  const ratio = round2(aspectRatio);
  const thickness = round2(Math.min(thicknessInDiameters, MAX_THRESHOLD_THICKNESS));
  const key = `${ratio}|${thickness}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const window = metalIncorporationWindow({
    shape: ratio === 1 ? "sphere" : { spheroid: ratio },
    thickness,
    runs: RUNS,
    seed: 1,
  });
  const value = window.crossing.median;
  cache.set(key, value);
  return value;
}
