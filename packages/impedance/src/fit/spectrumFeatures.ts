import type { CheckedImpedanceData } from "./impedanceData.js";

/** A local maximum of −Im Z over log ω: an arc apex. */
export interface SpectrumPeak {
  /** Angular frequency of the apex, rad s⁻¹. */
  omega: number;
  /** −Im Z at the apex, Ω. */
  height: number;
  /** Height above the higher of the two minima that separate it from taller peaks, Ω. */
  prominence: number;
}

/** What an initial guess reads off a spectrum. Resistances in Ω, ω in rad s⁻¹, L in H. */
export interface SpectrumFeatures {
  /** High-frequency intercept: Re Z where the high-frequency inductive run crosses Im Z = 0, else the smallest Re Z. */
  rInf: number;
  /** Re Z at the lowest frequency. */
  rLow: number;
  /** |Im Z| at the lowest frequency. */
  imLow: number;
  omegaMin: number;
  omegaMax: number;
  /** Arc apexes, highest frequency first (prominence ≥ 10 % of the tallest). */
  peaks: SpectrumPeak[];
  /** Series inductance max(Im Z/ω) over the inductive points at the high-frequency end, or 0. */
  inductance: number;
  /** Largest |Z|. */
  scale: number;
}

/**
 * Reads the features an initial guess needs off a spectrum: high-frequency intercept, low-frequency
 * resistance and reactance, arc apexes (local maxima of −Im Z against log f after [1, 2, 1]/4
 * smoothing, prominence ≥ 10 % of the tallest), inductance of the inductive points at the
 * high-frequency end, and the scale of |Z|.
 *
 * @example
 * const { rInf, peaks } = spectrumFeatures(checkImpedanceData(spectrum));
 */
export function spectrumFeatures(data: CheckedImpedanceData): SpectrumFeatures {
  const n = data.omega.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (data.omega[b] as number) - (data.omega[a] as number),
  );
  const w = order.map((i) => data.omega[i] as number);
  const re = order.map((i) => data.zReal[i] as number);
  const im = order.map((i) => data.zImag[i] as number);
  let scale = 0;
  let minRe = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    scale = Math.max(scale, Math.hypot(re[i] as number, im[i] as number));
    minRe = Math.min(minRe, re[i] as number);
  }
  // Inductive points count only in the run that starts at the highest frequency (noise can make
  // Im Z > 0 anywhere near the real axis); the intercept is where that run ends.
  let inductance = 0;
  let rInf = minRe;
  let run = 0;
  while (run < n && (im[run] as number) > 0) {
    inductance = Math.max(inductance, (im[run] as number) / (w[run] as number));
    run++;
  }
  if (run > 0 && run < n) {
    const a = im[run - 1] as number;
    const b = im[run] as number;
    const t = a / (a - b);
    rInf = (re[run - 1] as number) + t * ((re[run] as number) - (re[run - 1] as number));
  }
  // Apexes of −Im Z, smoothed with a [1, 2, 1]/4 kernel against noise.
  const raw = im.map((v) => -v);
  const y = raw.map((v, i) =>
    i === 0 || i === n - 1 ? v : ((raw[i - 1] as number) + 2 * v + (raw[i + 1] as number)) / 4,
  );
  const top = Math.max(0, ...y);
  const peaks: SpectrumPeak[] = [];
  for (let i = 1; i < n - 1; i++) {
    const h = y[i] as number;
    if (!(h > 0 && h >= (y[i - 1] as number) && h > (y[i + 1] as number))) continue;
    // Prominence: descend each side until a taller point; keep the higher of the two minima.
    let left = h;
    for (let j = i - 1; j >= 0 && (y[j] as number) <= h; j--) left = Math.min(left, y[j] as number);
    let right = h;
    for (let j = i + 1; j < n && (y[j] as number) <= h; j++)
      right = Math.min(right, y[j] as number);
    const prominence = h - Math.max(left, right);
    if (prominence >= 0.1 * top) peaks.push({ omega: w[i] as number, height: h, prominence });
  }
  return {
    rInf,
    rLow: re[n - 1] as number,
    imLow: Math.abs(im[n - 1] as number),
    omegaMin: w[n - 1] as number,
    omegaMax: w[0] as number,
    peaks,
    inductance,
    scale,
  };
}
