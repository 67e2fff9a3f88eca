import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

/**
 * Semi-infinite Warburg element `W`: Z = A_W·(1 − j)/√ω.
 *
 * Parameter: A_W (Ω s^(−1/2)), the Warburg coefficient σ in impedance.py's convention (|Z| =
 * σ·√(2/ω)), bounds [0, ∞). Source: impedance.py `elements.W`; E. Warburg, Ann. Phys. 303 (1899)
 * 493; Orazem & Tribollet (2017) ch. 11.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * warburg.evaluate(frequencyGrid([4]), Float64Array.of(2), 0, re, im, undefined); // 1 − 1j
 */
export const warburg: ElementDefinition = {
  type: "W",
  title: "semi-infinite Warburg element",
  formula: "Z = A_W·(1 − j)/√ω",
  source: "impedance.py elements.W; Orazem & Tribollet (2017) ch. 11",
  parameters: [positiveParameter("A_W", "Ω s^(-1/2)", "Warburg coefficient σ")],
  role: "diffusive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const a = p[at] as number;
    const s = grid.sqrtOmega;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const g = a / (s[i] as number);
      zRe[i] = g;
      zIm[i] = -g;
    }
    if (jac) {
      const { re, im, stride } = jac;
      for (let i = 0, j = at; i < n; i++, j += stride) {
        const g = 1 / (s[i] as number);
        re[j] = g;
        im[j] = -g;
      }
    }
  },
};
