import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

/**
 * Voigt (RC) element `K`, as used by Lin-KK: Z = R/(1 + jωτ_k), i.e. R ‖ C with τ_k = RC.
 *
 * Parameters: R (Ω), τ_k (s), bounds [0, ∞). Source: impedance.py `elements.K`; M. Schönleber
 * et al., Electrochim. Acta 131 (2014) 20.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * rcElement.evaluate(frequencyGrid([1]), Float64Array.of(2, 1), 0, re, im, undefined); // 1 − 1j
 */
export const rcElement: ElementDefinition = {
  type: "K",
  title: "Voigt RC element",
  formula: "Z = R/(1 + jωτ_k)",
  source: "impedance.py elements.K; Schönleber et al., Electrochim. Acta 131 (2014) 20",
  parameters: [
    positiveParameter("R", "Ω", "resistance"),
    positiveParameter("tau_k", "s", "time constant RC"),
  ],
  role: "relaxation",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const r = p[at] as number;
    const tau = p[at + 1] as number;
    const w = grid.omega;
    const n = w.length;
    for (let i = 0; i < n; i++) {
      const wi = w[i] as number;
      const x = wi * tau;
      const d = 1 + x * x;
      const gr = 1 / d; // 1/(1 + jx) = (1 − jx)/(1 + x²)
      const gi = -x / d;
      zRe[i] = r * gr;
      zIm[i] = r * gi;
      if (jac) {
        const j = i * jac.stride + at;
        jac.re[j] = gr;
        jac.im[j] = gi;
        // −R·jω·g²
        const g2r = gr * gr - gi * gi;
        const g2i = 2 * gr * gi;
        jac.re[j + 1] = r * wi * g2i;
        jac.im[j + 1] = -r * wi * g2r;
      }
    }
  },
};
