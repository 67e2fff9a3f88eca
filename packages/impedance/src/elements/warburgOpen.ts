import { hyperbolic } from "./complexMath.js";
import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

const scratch = new Float64Array(4);

/**
 * Finite-length Warburg element with a reflective (blocking, "open") boundary, `Wo`:
 * Z = Z0·coth(u)/u with u = √(jωτ) and τ = l²/D.
 *
 * Parameters: Z0 (Ω), τ (s), bounds [0, ∞). Low frequency: Z → Z0/3 + Z0/(jωτ) (capacitive);
 * high frequency: Z → Z0/u (semi-infinite Warburg). ∂Z/∂τ = −(Z0/2τ)·(csch²u + coth(u)/u).
 * coth and csch² come from e^(−2u) (see {@link hyperbolic}) so the element stays finite at
 * ωτ ≫ 10⁵, where cosh/sinh overflow (research/eis.md §1.3).
 * Source: impedance.py `elements.Wo`; Orazem & Tribollet (2017) ch. 11 (finite-length diffusion,
 * impermeable boundary).
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * warburgOpen.evaluate(frequencyGrid([1e-6]), Float64Array.of(1, 1), 0, re, im, undefined); // ≈ 0.333 − 1e6j
 */
export const warburgOpen: ElementDefinition = {
  type: "Wo",
  title: "finite-length Warburg, reflective (open) boundary",
  formula: "Z = Z0·coth(√(jωτ))/√(jωτ)",
  source: "impedance.py elements.Wo; Orazem & Tribollet (2017) ch. 11",
  parameters: [
    positiveParameter("Z0", "Ω", "diffusion resistance"),
    positiveParameter("tau", "s", "diffusion time constant l²/D"),
  ],
  role: "diffusive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const z0 = p[at] as number;
    const tau = p[at + 1] as number;
    const sw = grid.sqrtOmega;
    const n = sw.length;
    const st = Math.sqrt(tau / 2);
    const k = -z0 / (2 * tau);
    for (let i = 0; i < n; i++) {
      const a = (sw[i] as number) * st; // u = a(1 + j)
      hyperbolic(a, a, "coth", scratch);
      const tr = scratch[0] as number;
      const ti = scratch[1] as number;
      // coth(u)/u with 1/u = (1 − j)/(2a)
      const inv = 1 / (2 * a);
      const gr = (tr + ti) * inv;
      const gi = (ti - tr) * inv;
      zRe[i] = z0 * gr;
      zIm[i] = z0 * gi;
      if (jac) {
        const j = i * jac.stride + at;
        jac.re[j] = gr;
        jac.im[j] = gi;
        jac.re[j + 1] = k * ((scratch[2] as number) + gr);
        jac.im[j + 1] = k * ((scratch[3] as number) + gi);
      }
    }
  },
};
