/**
 * The M fixed time constants of the Lin-KK test: τ₁ = 1/(2π f_max), τ_M = 1/(2π f_min) and the
 * others log-spaced between them, τ_k = 10^(log τ₁ + (k−1)/(M−1)·log(τ_M/τ₁)). For M = 1 the single
 * τ is 1/(2π f_min) (impedance.py's `get_tc_distribution` sets τ₁ then overwrites it with τ_M).
 *
 * Source: M. Schönleber, D. Klotz, E. Ivers-Tiffée, Electrochim. Acta 131 (2014) 20–27, eq. 8;
 * impedance.py 1.7.1 `validation.get_tc_distribution`.
 *
 * @param fMin - lowest measured frequency, Hz
 * @param fMax - highest measured frequency, Hz
 * @param count - M ≥ 1
 * @returns τ_k in s, ascending
 * @example
 * linKkTimeConstants(0.1, 1000, 3); // [1/(2π·1000), 1/(2π·10), 1/(2π·0.1)] s
 */
export function linKkTimeConstants(fMin: number, fMax: number, count: number): Float64Array {
  const tauMin = 1 / (2 * Math.PI * fMax);
  const tauMax = 1 / (2 * Math.PI * fMin);
  const tau = new Float64Array(count);
  tau[0] = tauMin;
  tau[count - 1] = tauMax;
  const logMin = Math.log10(tauMin);
  const span = Math.log10(tauMax / tauMin);
  for (let k = 1; k < count - 1; k++) tau[k] = 10 ** (logMin + (k / (count - 1)) * span);
  return tau;
}
