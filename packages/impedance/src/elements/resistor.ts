import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

/**
 * Resistor `R`: Z = R.
 *
 * Parameter: R (Ω), bounds [0, ∞). Source: impedance.py `elements.R`.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * resistor.evaluate(frequencyGrid([100]), Float64Array.of(12), 0, re, im, undefined); // 12 + 0j
 */
export const resistor: ElementDefinition = {
  type: "R",
  title: "resistor",
  formula: "Z = R",
  source: "Ohm's law; impedance.py elements.R",
  parameters: [positiveParameter("R", "Ω", "resistance")],
  role: "resistive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const r = p[at] as number;
    const n = grid.omega.length;
    for (let i = 0; i < n; i++) {
      zRe[i] = r;
      zIm[i] = 0;
    }
    if (jac) {
      const { re, im, stride } = jac;
      for (let i = 0, j = at; i < n; i++, j += stride) {
        re[j] = 1;
        im[j] = 0;
      }
    }
  },
};
