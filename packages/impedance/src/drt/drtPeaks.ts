/** One peak of a DRT: a relaxation process. */
export interface DrtPeak {
  /** τ at the maximum (parabolic interpolation in ln τ), s. */
  tau: number;
  /** Characteristic frequency f = 1/(2πτ), Hz (where −Z″ of an R‖C peaks). */
  frequency: number;
  /** γ at the maximum, Ω (per unit ln τ). */
  gamma: number;
  /** ∫ γ d ln τ between the neighbouring minima: the process's resistance, Ω. */
  resistance: number;
  /** τ of the left boundary (minimum or grid start), s. */
  tauLower: number;
  /** τ of the right boundary (minimum or grid end), s. */
  tauUpper: number;
}

/**
 * Finds the peaks of γ sampled on an ascending log-τ grid and their areas. A peak is a local
 * maximum whose topographic prominence — its height above the higher of the two lowest points
 * separating it from a higher maximum (or a grid end) on either side — is at least
 * `minRelativeProminence`·max γ, so regularisation ripples on the flank of a peak do not count.
 * Each peak owns the interval between the lowest points of γ between it and its neighbouring
 * peaks (grid ends for the outer ones); its resistance is ∫ γ d ln τ over that interval
 * (trapezoidal rule), so the areas add up to the total polarisation resistance on the grid.
 *
 * @param tau - ascending τ grid, s (log-spaced)
 * @param gamma - γ on the grid, Ω
 * @param minRelativeProminence - drop maxima less prominent than this fraction of max γ
 * @returns peaks ordered by τ
 * @example const peaks = findDrtPeaks(tauFine, gammaFine, 0.05);
 */
export function findDrtPeaks(
  tau: Float64Array,
  gamma: Float64Array,
  minRelativeProminence: number,
): DrtPeak[] {
  const n = tau.length;
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, gamma[i] as number);
  if (!(top > 0) || n < 3) return [];
  const logTau = Float64Array.from(tau, Math.log);
  const maxima: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = gamma[i] as number;
    const left = i > 0 ? (gamma[i - 1] as number) : Number.NEGATIVE_INFINITY;
    const right = i < n - 1 ? (gamma[i + 1] as number) : Number.NEGATIVE_INFINITY;
    if (g > left && g >= right && prominence(gamma, i) >= minRelativeProminence * top)
      maxima.push(i);
  }
  // Boundaries: the lowest γ between consecutive maxima.
  const bounds = [0];
  for (let p = 0; p + 1 < maxima.length; p++) {
    let low = maxima[p] as number;
    for (let i = low; i <= (maxima[p + 1] as number); i++)
      if ((gamma[i] as number) < (gamma[low] as number)) low = i;
    bounds.push(low);
  }
  bounds.push(n - 1);
  return maxima.map((i, p) => {
    const from = bounds[p] as number;
    const to = bounds[p + 1] as number;
    let area = 0;
    for (let j = from; j < to; j++) {
      area +=
        0.5 *
        ((gamma[j] as number) + (gamma[j + 1] as number)) *
        ((logTau[j + 1] as number) - (logTau[j] as number));
    }
    let logPeak = logTau[i] as number;
    let height = gamma[i] as number;
    if (i > 0 && i < n - 1) {
      // Parabola through the three samples (uniform spacing in ln τ).
      const g0 = gamma[i - 1] as number;
      const g1 = gamma[i] as number;
      const g2 = gamma[i + 1] as number;
      const curvature = g0 - 2 * g1 + g2;
      if (curvature < 0) {
        const shift = (0.5 * (g0 - g2)) / curvature;
        const step = ((logTau[i + 1] as number) - (logTau[i - 1] as number)) / 2;
        logPeak += shift * step;
        height = g1 - 0.25 * (g0 - g2) * shift;
      }
    }
    const peakTau = Math.exp(logPeak);
    return {
      tau: peakTau,
      frequency: 1 / (2 * Math.PI * peakTau),
      gamma: height,
      resistance: area,
      tauLower: tau[from] as number,
      tauUpper: tau[to] as number,
    };
  });
}

/** Height of the maximum at i above the higher of its two key saddles (scipy's definition). */
function prominence(gamma: Float64Array, i: number): number {
  const g = gamma[i] as number;
  let leftBase = g;
  for (let j = i - 1; j >= 0 && (gamma[j] as number) <= g; j--)
    leftBase = Math.min(leftBase, gamma[j] as number);
  let rightBase = g;
  for (let j = i + 1; j < gamma.length && (gamma[j] as number) <= g; j++) {
    rightBase = Math.min(rightBase, gamma[j] as number);
  }
  return g - Math.max(leftBase, rightBase);
}
