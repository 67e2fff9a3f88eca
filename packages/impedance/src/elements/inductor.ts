import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

/**
 * Inductor `L`: Z = jωL.
 *
 * Parameter: L (H), bounds [0, ∞). Source: impedance.py `elements.L`.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * inductor.evaluate(frequencyGrid([1e4]), Float64Array.of(1e-6), 0, re, im, undefined); // 0 + 0.01j
 */
export const inductor: ElementDefinition = {
  type: "L",
  title: "inductor",
  formula: "Z = jωL",
  source: "impedance.py elements.L",
  parameters: [positiveParameter("L", "H", "inductance")],
  role: "inductive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const l = p[at] as number;
    const w = grid.omega;
    const n = w.length;
    for (let i = 0; i < n; i++) {
      zRe[i] = 0;
      zIm[i] = l * (w[i] as number);
    }
    if (jac) {
      const { re, im, stride } = jac;
      for (let i = 0, j = at; i < n; i++, j += stride) {
        re[j] = 0;
        im[j] = w[i] as number;
      }
    }
  },
};
