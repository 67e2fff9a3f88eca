import { hyperbolic } from "./complexMath.js";
import type { ElementDefinition } from "./elementDefinition.js";
import { positiveParameter } from "./parameterSpecs.js";

const scratch = new Float64Array(4);

/**
 * Finite-length Warburg element with a transmissive ("short") boundary, `Ws`:
 * Z = Z0·tanh(u)/u with u = √(jωτ) and τ = l²/D.
 *
 * Parameters: Z0 (Ω), τ (s), bounds [0, ∞). Low frequency: Z → Z0 (a resistance); high
 * frequency: Z → Z0/u. ∂Z/∂τ = (Z0/2τ)·(sech²u − tanh(u)/u). tanh and sech² come from e^(−2u)
 * (finite for any ωτ); below ωτ = 10⁻² the Taylor series in jωτ is used instead, where
 * sech²u − tanh(u)/u would cancel. Source: impedance.py `elements.Ws`; Orazem & Tribollet (2017)
 * ch. 11 (finite-length diffusion, transmissive boundary).
 *
 * @example
 * const re = new Float64Array(1), im = new Float64Array(1);
 * warburgShort.evaluate(frequencyGrid([1e-9]), Float64Array.of(5, 1), 0, re, im, undefined); // ≈ 5 − 1.7e-9j
 */
export const warburgShort: ElementDefinition = {
  type: "Ws",
  title: "finite-length Warburg, transmissive (short) boundary",
  formula: "Z = Z0·tanh(√(jωτ))/√(jωτ)",
  source: "impedance.py elements.Ws; Orazem & Tribollet (2017) ch. 11",
  parameters: [
    positiveParameter("Z0", "Ω", "diffusion resistance"),
    positiveParameter("tau", "s", "diffusion time constant l²/D"),
  ],
  role: "diffusive",
  evaluate(grid, p, at, zRe, zIm, jac) {
    const z0 = p[at] as number;
    const tau = p[at + 1] as number;
    const w = grid.omega;
    const sw = grid.sqrtOmega;
    const n = w.length;
    const st = Math.sqrt(tau / 2);
    const k = z0 / (2 * tau);
    for (let i = 0; i < n; i++) {
      const x = (w[i] as number) * tau;
      let gr: number;
      let gi: number;
      let dr = 0;
      let di = 0;
      if (x < 1e-2) {
        // tanh(u)/u = 1 − σ/3 + 2σ²/15 − 17σ³/315 + 62σ⁴/2835 − 1382σ⁵/155925 + 21844σ⁶/6081075
        // with σ = u² = jx (Abramowitz & Stegun 4.5.64); truncation < 1e-14 relative for x < 1e-2.
        const x2 = x * x;
        const x4 = x2 * x2;
        gr = 1 - (2 * x2) / 15 + (62 * x4) / 2835 - (21844 * x4 * x2) / 6081075;
        gi = -x / 3 + (17 * x2 * x) / 315 - (1382 * x4 * x) / 155925;
        if (jac) {
          // d/dσ of the series; ∂Z/∂τ = Z0·(d/dσ)·jω.
          const pr = -1 / 3 + (51 * x2) / 315 - (6910 * x4) / 155925;
          const pi = (4 * x) / 15 - (248 * x2 * x) / 2835 + (131064 * x4 * x) / 6081075;
          const zw = z0 * (w[i] as number);
          dr = -zw * pi;
          di = zw * pr;
        }
      } else {
        const a = (sw[i] as number) * st;
        hyperbolic(a, a, "tanh", scratch);
        const tr = scratch[0] as number;
        const ti = scratch[1] as number;
        const inv = 1 / (2 * a);
        gr = (tr + ti) * inv;
        gi = (ti - tr) * inv;
        dr = k * ((scratch[2] as number) - gr);
        di = k * ((scratch[3] as number) - gi);
      }
      zRe[i] = z0 * gr;
      zIm[i] = z0 * gi;
      if (jac) {
        const j = i * jac.stride + at;
        jac.re[j] = gr;
        jac.im[j] = gi;
        jac.re[j + 1] = dr;
        jac.im[j + 1] = di;
      }
    }
  },
};
