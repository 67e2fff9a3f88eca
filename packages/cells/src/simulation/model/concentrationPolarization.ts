import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";

/** Odd cosine modes kept explicitly; the rest are treated as relaxed (quasi-steady). */
export const CONCENTRATION_MODES = 64;
/** λ·τ beyond which a mode is taken as relaxed (e⁻⁴⁰ ≈ 4e-18). */
const RELAXED = 40;

/** Salt transport of a liquid electrolyte between two planar electrodes (SI). */
export interface ElectrolyteTransport {
  /** Salt diffusion coefficient D, m² s⁻¹. */
  diffusivity: number;
  /** Bulk concentration c0, mol m⁻³. */
  concentration: number;
  /** Li⁺ transference number t₊. */
  transferenceNumber: number;
  /** Electrode spacing L, m. */
  thickness: number;
  /** K. */
  temperature: number;
}

/** The salt concentration at both electrodes through one constant-current step. */
export interface ConcentrationStep {
  /** c at the working electrode's surface at τ, mol m⁻³. */
  working(tau: number): number;
  /** c at the counter electrode's surface at τ, mol m⁻³ (c0 − (c_w − c0), by symmetry). */
  counter(tau: number): number;
  /** Concentration overpotential V_w − V_c at τ: (2RT/F)·(1 − t₊)·ln(c_w/c_c), V. */
  overpotential(tau: number): number;
  /** Mode amplitudes at τ (the state for the next step). */
  amplitudes(tau: number): Float64Array;
  /** Limiting current density 2FDc0/((1 − t₊)L), A m⁻². */
  limitingCurrentDensity: number;
}

/**
 * Concentration polarisation of a binary electrolyte (one salt, 1:1) between two planar Li
 * surfaces a distance L apart, under a constant current density j (+ = Li⁺ enters at the working
 * electrode, x = 0). The salt flux at each wall is N = j(1 − t₊)/F; the concentration is
 *
 *   c(x, τ) − c0 = Σ_{n odd} b_n(τ)·cos(nπx/L),  b_n(τ) = b_n∞ + (b_n(0) − b_n∞)·e^{−λ_n τ},
 *   b_n∞ = 4NL/(D n²π²),  λ_n = n²π²D/L²,
 *
 * exact for the linear diffusion equation with equal and opposite wall fluxes (the steady state
 * is the linear profile c0 + (N/D)(L/2 − x), the limiting current 2FDc0/((1 − t₊)L)). The first
 * {@link CONCENTRATION_MODES} odd modes are kept; higher ones relax within seconds and are taken
 * at their steady values (their sum in closed form from Σ_{n odd} 1/n² = π²/8). At early times in
 * a thick cell this is the semi-infinite c(0, t) = c0 + 2N√(t/πD) of Sand's analysis.
 *
 * The cell voltage gains (2RT/F)(1 − t₊)·ln(c_w/c_c): the Nernst difference of the two Li
 * electrodes plus the diffusion potential of the binary electrolyte (Newman & Thomas-Alyea,
 * Electrochemical Systems, 3rd ed. (2004) ch. 6; dilute solution, unit activity coefficients).
 * Sources for Sand and the limiting current: theory.md §3 (Bai et al. 2016; Chazalviel 1990).
 *
 * @param transport - D, c0, t₊, L, T
 * @param start - the mode amplitudes at the start of the step (mol m⁻³)
 * @param currentDensity - j, A m⁻² (+ = Li leaves the working electrode)
 * @example
 * const c = concentrationStep(transport, new Float64Array(64), -10);
 * c.working(3600); // mol m⁻³ at the plating working electrode after 1 h
 */
export function concentrationStep(
  transport: ElectrolyteTransport,
  start: Float64Array,
  currentDensity: number,
): ConcentrationStep {
  const { diffusivity: D, concentration: c0, thickness: L } = transport;
  const ta = 1 - transport.transferenceNumber;
  const flux = (currentDensity * ta) / FARADAY_CONSTANT;
  const K = start.length;
  const { lambda, inverseSquares, tail } = modes(D, L, K);
  const steady = new Float64Array(K);
  const delta = new Float64Array(K);
  // suffix[k] = Σ_{m ≥ k} b_m∞ including the modes beyond K
  const suffix = new Float64Array(K + 1);
  const scale = (4 * flux * L) / (D * Math.PI * Math.PI);
  for (let k = 0; k < K; k++) {
    steady[k] = scale * (inverseSquares[k] as number);
    delta[k] = (start[k] as number) - (steady[k] as number);
  }
  suffix[K] = scale * tail;
  for (let k = K - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] as number) + (steady[k] as number);
  const deviation = (tau: number): number => {
    if (tau <= 0) {
      let s = 0;
      for (let k = 0; k < K; k++) s += start[k] as number;
      return s;
    }
    let s = 0;
    let k = 0;
    for (; k < K; k++) {
      const x = (lambda[k] as number) * tau;
      if (x > RELAXED) break;
      s += (steady[k] as number) + (delta[k] as number) * Math.exp(-x);
    }
    return s + (suffix[k] as number);
  };
  const prefactor = (2 * GAS_CONSTANT * transport.temperature * ta) / FARADAY_CONSTANT;
  return {
    working: (tau) => c0 + deviation(tau),
    counter: (tau) => c0 - deviation(tau),
    overpotential: (tau) => {
      const d = deviation(tau);
      return prefactor * Math.log((c0 + d) / (c0 - d));
    },
    amplitudes: (tau) => {
      const b = new Float64Array(K);
      for (let k = 0; k < K; k++) {
        b[k] =
          (steady[k] as number) + (delta[k] as number) * Math.exp(-(lambda[k] as number) * tau);
      }
      return b;
    },
    limitingCurrentDensity: (2 * FARADAY_CONSTANT * D * c0) / (ta * L),
  };
}

interface Modes {
  lambda: Float64Array;
  inverseSquares: Float64Array;
  /** Σ_{n odd > 2K − 1} 1/n² = π²/8 − Σ_{n odd ≤ 2K − 1} 1/n². */
  tail: number;
}

let lastModes: { key: string; modes: Modes } | undefined;

/** λ_n = n²π²D/L² and 1/n² of the first K odd modes (cached for the last D, L, K). */
function modes(D: number, L: number, K: number): Modes {
  const key = `${D}|${L}|${K}`;
  if (lastModes?.key === key) return lastModes.modes;
  const lambda = new Float64Array(K);
  const inverseSquares = new Float64Array(K);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const n = 2 * k + 1;
    lambda[k] = (n * n * Math.PI * Math.PI * D) / (L * L);
    inverseSquares[k] = 1 / (n * n);
    sum += 1 / (n * n);
  }
  const result = { lambda, inverseSquares, tail: (Math.PI * Math.PI) / 8 - sum };
  lastModes = { key, modes: result };
  return result;
}
