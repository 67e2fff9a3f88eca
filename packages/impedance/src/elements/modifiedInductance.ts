import type { ElementDefinition } from "./elementDefinition.js";
import { exponentParameter, positiveParameter } from "./parameterSpecs.js";

/**
 * Modified inductance `La` (inductive loop / non-ideal inductor): Z = L·(jω)^α
 * = L·ω^α·e^(jαπ/2).
 *
 * Parameters: L (H s^(α−1), i.e. Ω s^α), bounds [0, ∞); α (dimensionless), bounds [0, 1].
 * This is the published form (BioLogic EC-Lab Application Note 42, 2019, and impedance.py's
 * docstring). impedance.py's code computes (L·jω)^α instead (issues #286/#312); lmb follows the
 * publication, so La fits differ from impedance.py's unless α = 1.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * modifiedInductance.evaluate(frequencyGrid([100]), Float64Array.of(1e-3, 1), 0, re, im, undefined); // ≈ 0 + 0.1j
 */
export const modifiedInductance: ElementDefinition = {
  type: "La",
  title: "modified inductance",
  formula: "Z = L·(jω)^α",
  source: "BioLogic EC-Lab Application Note 42 (2019); impedance.py elements.La docstring",
  parameters: [
    positiveParameter("L", "H s^(α−1)", "modified inductance"),
    exponentParameter("alpha", "inductance exponent"),
  ],
  role: "inductive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const l = p[at] as number;
    const a = p[at + 1] as number;
    const lw = grid.logOmega;
    const n = lw.length;
    const c = Math.cos((a * Math.PI) / 2);
    const sn = Math.sin((a * Math.PI) / 2);
    const h = Math.PI / 2;
    for (let i = 0; i < n; i++) {
      const m = Math.exp(a * (lw[i] as number)); // ω^α
      const zr = l * m * c;
      const zi = l * m * sn;
      zRe[i] = zr;
      zIm[i] = zi;
      if (jac) {
        const j = i * jac.stride + at;
        const lwi = lw[i] as number;
        jac.re[j] = m * c;
        jac.im[j] = m * sn;
        jac.re[j + 1] = zr * lwi - zi * h;
        jac.im[j + 1] = zr * h + zi * lwi;
      }
    }
  },
};
