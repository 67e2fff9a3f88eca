import { complexSqrt, hyperbolic } from "./complexMath.js";
import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

const s = new Float64Array(2);
const h = new Float64Array(4);

/**
 * Finite-length Gerischer element `Gs`: Z = R_G/(s·tanh(φ·s)) = R_G·coth(φs)/s with
 * s = √(1 + jω·t_G).
 *
 * Parameters: R_G (Ω), t_G (s), φ (dimensionless thickness ratio), bounds [0, ∞).
 * ∂Z/∂φ = −R_G·csch²(φs); ∂Z/∂t_G = R_G·(−φ·csch²(φs)/s − coth(φs)/s²)·jω/(2s).
 * coth and csch² come from e^(−2φs), finite for any argument. Source: impedance.py
 * `elements.Gs`; R. D. Green, C. C. Liu, S. B. Adler, Solid State Ionics 179 (2008) 647.
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * finiteGerischer.evaluate(frequencyGrid([1e-9]), Float64Array.of(3, 1, 50), 0, re, im, undefined); // ≈ 3 + 0j
 */
export const finiteGerischer: ElementDefinition = {
  type: "Gs",
  title: "finite-length Gerischer element",
  formula: "Z = R_G/(√(1 + jωt_G)·tanh(φ·√(1 + jωt_G)))",
  source: "impedance.py elements.Gs; Green, Liu & Adler, Solid State Ionics 179 (2008) 647",
  parameters: [
    positiveParameter("R_G", "Ω", "Gerischer resistance"),
    positiveParameter("t_G", "s", "Gerischer time constant"),
    positiveParameter("phi", "1", "finite-length factor"),
  ],
  role: "diffusive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const r = p[at] as number;
    const t = p[at + 1] as number;
    const phi = p[at + 2] as number;
    const w = grid.omega;
    const n = w.length;
    for (let i = 0; i < n; i++) {
      const wi = w[i] as number;
      complexSqrt(1, wi * t, s);
      const sr = s[0] as number;
      const si = s[1] as number;
      hyperbolic(phi * sr, phi * si, "coth", h);
      const cr = h[0] as number;
      const ci = h[1] as number;
      const m = sr * sr + si * si;
      const ir = sr / m; // 1/s
      const ii = -si / m;
      const gr = cr * ir - ci * ii; // coth(φs)/s
      const gi = cr * ii + ci * ir;
      zRe[i] = r * gr;
      zIm[i] = r * gi;
      if (jac) {
        const j = i * jac.stride + at;
        const qr = h[2] as number; // csch²(φs)
        const qi = h[3] as number;
        jac.re[j] = gr;
        jac.im[j] = gi;
        // −φ·csch²/s − coth/s² = −(φ·csch² + g)/s
        const nr = phi * qr + gr;
        const ni = phi * qi + gi;
        const dhr = -(nr * ir - ni * ii);
        const dhi = -(nr * ii + ni * ir);
        // ds/dt = jω/(2s)
        const dsr = (-wi / 2) * ii;
        const dsi = (wi / 2) * ir;
        jac.re[j + 1] = r * (dhr * dsr - dhi * dsi);
        jac.im[j + 1] = r * (dhr * dsi + dhi * dsr);
        jac.re[j + 2] = -r * qr;
        jac.im[j + 2] = -r * qi;
      }
    }
  },
};
