import type { ElementDefinition } from "./elementDefinition.js";
import { exponentParameter, positiveParameter } from "./parameterSpecs.js";

/**
 * ZARC element `Zarc` (R ‖ CPE written with a time constant): Z = R/(1 + (jωτ)^γ).
 *
 * Parameters: R (Ω), τ (s), bounds [0, ∞); γ (dimensionless), bounds [0, 1] (impedance.py leaves γ
 * unbounded above; lmb caps it at 1 like the CPE exponent it stands for). Source: impedance.py
 * `elements.Zarc`; Cole & Cole, J. Chem. Phys. 9 (1941) 341.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * zarc.evaluate(frequencyGrid([1]), Float64Array.of(2, 1, 1), 0, re, im, undefined); // 1 − 1j
 */
export const zarc: ElementDefinition = {
  type: "Zarc",
  title: "ZARC (R ‖ CPE)",
  formula: "Z = R/(1 + (jωτ)^γ)",
  source: "impedance.py elements.Zarc; Cole & Cole, J. Chem. Phys. 9 (1941) 341",
  parameters: [
    positiveParameter("R", "Ω", "resistance"),
    positiveParameter("tau", "s", "time constant"),
    exponentParameter("gamma", "dispersion exponent"),
  ],
  role: "relaxation",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const r = p[at] as number;
    const tau = p[at + 1] as number;
    const g = p[at + 2] as number;
    const lw = grid.logOmega;
    const n = lw.length;
    const lt = Math.log(tau);
    const c = Math.cos((g * Math.PI) / 2);
    const sn = Math.sin((g * Math.PI) / 2);
    for (let i = 0; i < n; i++) {
      const l = (lw[i] as number) + lt; // ln ωτ
      const m = Math.exp(g * l); // (ωτ)^γ
      const vr = m * c;
      const vi = m * sn;
      const ur = 1 + vr;
      const d = ur * ur + vi * vi;
      const hr = ur / d; // 1/(1 + v)
      const hi = -vi / d;
      zRe[i] = r * hr;
      zIm[i] = r * hi;
      if (jac) {
        const j = i * jac.stride + at;
        jac.re[j] = hr;
        jac.im[j] = hi;
        // −R·h²·∂v, ∂v/∂τ = γv/τ, ∂v/∂γ = v·(ln ωτ + jπ/2)
        const h2r = -r * (hr * hr - hi * hi);
        const h2i = -r * 2 * hr * hi;
        const tr = m > 0 ? (g * vr) / tau : 0;
        const ti = m > 0 ? (g * vi) / tau : 0;
        const ll = m > 0 ? l : 0;
        const ar = vr * ll - (vi * Math.PI) / 2;
        const ai = vi * ll + (vr * Math.PI) / 2;
        jac.re[j + 1] = h2r * tr - h2i * ti;
        jac.im[j + 1] = h2r * ti + h2i * tr;
        jac.re[j + 2] = h2r * ar - h2i * ai;
        jac.im[j + 2] = h2r * ai + h2i * ar;
      }
    }
  },
};
