import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

/**
 * Capacitor `C`: Z = 1/(jωC) = −j/(ωC).
 *
 * Parameter: C (F), bounds [0, ∞). ∂Z/∂C = j/(ωC²). Source: impedance.py `elements.C`.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * capacitor.evaluate(frequencyGrid([1000]), Float64Array.of(1e-6), 0, re, im, undefined); // 0 − 1000j
 */
export const capacitor: ElementDefinition = {
  type: "C",
  title: "capacitor",
  formula: "Z = 1/(jωC)",
  source: "impedance.py elements.C",
  parameters: [positiveParameter("C", "F", "capacitance")],
  role: "capacitive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const c = p[at] as number;
    const inv = grid.inverseOmega;
    const n = inv.length;
    const k = -1 / c;
    for (let i = 0; i < n; i++) {
      zRe[i] = 0;
      zIm[i] = k * (inv[i] as number);
    }
    if (jac) {
      const { re, im, stride } = jac;
      const k2 = 1 / (c * c);
      for (let i = 0, j = at; i < n; i++, j += stride) {
        re[j] = 0;
        im[j] = k2 * (inv[i] as number);
      }
    }
  },
};
