import { complexSqrt } from "./complexMath.js";
import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

const s = new Float64Array(2);

/**
 * Gerischer element `G`: Z = R_G/√(1 + jω·t_G).
 *
 * Parameters: R_G (Ω), t_G (s), bounds [0, ∞). ∂Z/∂R_G = 1/√(1 + jωt_G);
 * ∂Z/∂t_G = −R_G·jω/(2(1 + jωt_G)^(3/2)). Equivalent to Z0/√(k + jω) with Z0 = R_G/√t_G and
 * k = 1/t_G. Source: impedance.py `elements.G`; Y. Lu, C. Kreller, S. B. Adler, J. Electrochem.
 * Soc. 156 (2009) B513; H. Gerischer, Z. Phys. Chem. 198 (1951) 286.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * gerischer.evaluate(frequencyGrid([1e-9]), Float64Array.of(3, 1), 0, re, im, undefined); // ≈ 3 + 0j
 */
export const gerischer: ElementDefinition = {
  type: "G",
  title: "Gerischer element",
  formula: "Z = R_G/√(1 + jω·t_G)",
  source: "impedance.py elements.G; Lu, Kreller & Adler, J. Electrochem. Soc. 156 (2009) B513",
  parameters: [
    positiveParameter("R_G", "Ω", "Gerischer resistance"),
    positiveParameter("t_G", "s", "Gerischer time constant"),
  ],
  role: "diffusive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const r = p[at] as number;
    const t = p[at + 1] as number;
    const w = grid.omega;
    const n = w.length;
    for (let i = 0; i < n; i++) {
      const wi = w[i] as number;
      complexSqrt(1, wi * t, s);
      const sr = s[0] as number;
      const si = s[1] as number;
      const m = sr * sr + si * si;
      const ir = sr / m; // 1/s
      const ii = -si / m;
      zRe[i] = r * ir;
      zIm[i] = r * ii;
      if (jac) {
        const j = i * jac.stride + at;
        jac.re[j] = ir;
        jac.im[j] = ii;
        // −R·jω/2·(1/s)³
        const i2r = ir * ir - ii * ii;
        const i2i = 2 * ir * ii;
        const i3r = i2r * ir - i2i * ii;
        const i3i = i2r * ii + i2i * ir;
        const k = (-r * wi) / 2;
        jac.re[j + 1] = -k * i3i;
        jac.im[j + 1] = k * i3r;
      }
    }
  },
};
