import type { ElementDefinition } from "./elementDefinition.js";
import { exponentParameter, positiveParameter } from "./parameterSpecs.js";

/**
 * Constant-phase element `CPE`: Z = 1/(Q·(jω)^α) = ω^(−α)/Q · e^(−jαπ/2).
 *
 * Parameters: Q (Ω⁻¹ s^α, i.e. F s^(α−1)), bounds [0, ∞); α (dimensionless), bounds [0, 1]
 * (α = 1 is a capacitor, α = 0 a resistor 1/Q). ∂Z/∂Q = −Z/Q; ∂Z/∂α = −Z·(ln ω + jπ/2).
 * Source: impedance.py `elements.CPE`; Orazem & Tribollet, Electrochemical Impedance
 * Spectroscopy (2nd ed., Wiley 2017), ch. 14.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * constantPhaseElement.evaluate(frequencyGrid([1]), Float64Array.of(0.5, 1), 0, re, im, undefined); // 0 − 2j
 */
export const constantPhaseElement: ElementDefinition = {
  type: "CPE",
  title: "constant-phase element",
  formula: "Z = 1/(Q·(jω)^α)",
  source: "impedance.py elements.CPE; Orazem & Tribollet (2017) ch. 14",
  parameters: [
    positiveParameter("Q", "Ω⁻¹ s^α", "CPE coefficient (F s^(α−1))"),
    exponentParameter("alpha", "CPE exponent"),
  ],
  role: "capacitive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const q = p[at] as number;
    const a = p[at + 1] as number;
    const lw = grid.logOmega;
    const n = lw.length;
    const cr = Math.cos((a * Math.PI) / 2) / q;
    const ci = -Math.sin((a * Math.PI) / 2) / q;
    for (let i = 0; i < n; i++) {
      const m = Math.exp(-a * (lw[i] as number)); // ω^−α
      zRe[i] = m * cr;
      zIm[i] = m * ci;
    }
    if (jac) {
      const { re, im, stride } = jac;
      const h = Math.PI / 2;
      for (let i = 0, j = at; i < n; i++, j += stride) {
        const zr = zRe[i] as number;
        const zi = zIm[i] as number;
        const l = lw[i] as number;
        re[j] = -zr / q;
        im[j] = -zi / q;
        // −Z·(ln ω + jπ/2)
        re[j + 1] = -(zr * l - zi * h);
        im[j + 1] = -(zr * h + zi * l);
      }
    }
  },
};
