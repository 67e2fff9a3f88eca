import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { symmetricEigen } from "./symmetric-eigen.js";

describe("symmetricEigen", () => {
  it("[[2, 1], [1, 2]] has eigenvalues 1 and 3 with vectors (1, ∓1)/√2", () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values).toBeAllClose([1, 3], { rtol: 1e-15 });
    expect(Math.abs(vectors[0] as number)).toBeAllClose(Math.SQRT1_2, { rtol: 1e-15 });
    expect((vectors[0] as number) * (vectors[1] as number)).toBeAllClose(-0.5, { rtol: 1e-14 });
  });

  it("the second-difference matrix tridiag(−1, 2, −1) of order 10 has λ_k = 2 − 2cos(kπ/11)", () => {
    const n = 10;
    const t = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      t[i * n + i] = 2;
      if (i > 0) t[i * n + i - 1] = -1;
      if (i < n - 1) t[i * n + i + 1] = -1;
    }
    const expected = Array.from(
      { length: n },
      (_, k) => 2 - 2 * Math.cos(((k + 1) * Math.PI) / (n + 1)),
    );
    expect(symmetricEigen(t, n).values).toBeAllClose(expected, { rtol: 1e-13 });
  });

  it("property: S = V·diag(λ)·Vᵀ with VᵀV = I, λ ascending", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.nat(), (n, seed) => {
        const rng = createRng(seed);
        const s = new Float64Array(n * n);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j <= i; j++) {
            const v = rng.normal();
            s[i * n + j] = v;
            s[j * n + i] = v;
          }
        }
        const { values, vectors } = symmetricEigen(s, n);
        for (let k = 1; k < n; k++)
          expect(values[k] as number).toBeGreaterThanOrEqual(values[k - 1] as number);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let rebuilt = 0;
            let ortho = 0;
            for (let k = 0; k < n; k++) {
              rebuilt +=
                (vectors[k * n + i] as number) *
                (values[k] as number) *
                (vectors[k * n + j] as number);
              ortho += (vectors[i * n + k] as number) * (vectors[j * n + k] as number);
            }
            expect(rebuilt).toBeAllClose(s[j * n + i] as number, { atol: 1e-12 * n });
            expect(ortho).toBeAllClose(i === j ? 1 : 0, { atol: 1e-13 * n });
          }
        }
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
