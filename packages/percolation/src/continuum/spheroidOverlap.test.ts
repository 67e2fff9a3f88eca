import { createRng } from "@lmb/numerics";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spheroidsOverlap } from "./spheroidOverlap.js";
import { spheroidShape } from "./spheroidShape.js";

/**
 * Exact mean excluded volume of two randomly oriented convex bodies, 2v + S·M/(2π) (Kihara;
 * Isihara 1950), for a spheroid of semi-axes a (symmetry) and b with v = π/6.
 */
function excludedVolume(aspect: number): number {
  const b = (1 / (8 * aspect)) ** (1 / 3);
  const a = aspect * b;
  let S: number;
  let M: number; // surface area and integrated mean curvature
  if (aspect > 1) {
    const e = Math.sqrt(1 - (b * b) / (a * a));
    const f = Math.sqrt(a * a - b * b);
    S = 2 * Math.PI * b * b * (1 + (a / (b * e)) * Math.asin(e));
    M = 2 * Math.PI * (a + ((b * b) / f) * Math.log((a + f) / b));
  } else {
    const e = Math.sqrt(1 - (a * a) / (b * b));
    const f = Math.sqrt(b * b - a * a);
    S = 2 * Math.PI * b * b * (1 + ((1 - e * e) / e) * Math.atanh(e));
    M = 2 * Math.PI * (a + ((b * b) / f) * Math.acos(a / b));
  }
  return (2 * Math.PI) / 6 + (S * M) / (2 * Math.PI);
}

/**
 * Brute-force reference: the smallest value of B's quadratic form (x − r)ᵀB(x − r) over the
 * surface of A (centre 0, axis u), by a 48 × 48 grid of polar/azimuth angles and then a
 * pattern search. Two congruent spheroids overlap iff it is below 1.
 */
function minFormOnSurface(r: number[], u: number[], v: number[], a: number, b: number): number {
  const t = Math.abs(u[0] as number) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const cross = (p: number[], q: number[]) => [
    (p[1] as number) * (q[2] as number) - (p[2] as number) * (q[1] as number),
    (p[2] as number) * (q[0] as number) - (p[0] as number) * (q[2] as number),
    (p[0] as number) * (q[1] as number) - (p[1] as number) * (q[0] as number),
  ];
  const e1raw = cross(u, t);
  const n1 = Math.hypot(...e1raw);
  const e1 = e1raw.map((x) => x / n1);
  const e2 = cross(u, e1);
  const form = (th: number, ph: number) => {
    const x = [0, 1, 2].map(
      (i) =>
        a * Math.cos(th) * (u[i] as number) +
        b * Math.sin(th) * (Math.cos(ph) * (e1[i] as number) + Math.sin(ph) * (e2[i] as number)) -
        (r[i] as number),
    );
    const along = x.reduce((s, xi, i) => s + xi * (v[i] as number), 0);
    const x2 = x.reduce((s, xi) => s + xi * xi, 0);
    return (along * along) / (a * a) + (x2 - along * along) / (b * b);
  };
  const N = 48;
  let best = Number.POSITIVE_INFINITY;
  let bt = 0;
  let bp = 0;
  for (let i = 0; i <= N; i++) {
    for (let j = 0; j < N; j++) {
      const f = form((Math.PI * i) / N, (2 * Math.PI * j) / N);
      if (f < best) {
        best = f;
        bt = (Math.PI * i) / N;
        bp = (2 * Math.PI * j) / N;
      }
    }
  }
  let st = Math.PI / N;
  let sp = (2 * Math.PI) / N;
  const steps = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
    [-1, -1],
    [1, -1],
    [-1, 1],
  ] as const;
  for (let k = 0; k < 400 && st > 1e-12; k++) {
    let moved = false;
    for (const [dt, dp] of steps) {
      const f = form(bt + dt * st, bp + dp * sp);
      if (f < best) {
        best = f;
        bt += dt * st;
        bp += dp * sp;
        moved = true;
        break;
      }
    }
    if (!moved) {
      st /= 2;
      sp /= 2;
    }
  }
  return best;
}

const X = [1, 0, 0];
const Y = [0, 1, 0];

describe("Perram–Wertheim spheroid overlap", () => {
  it("spheres (a = b): overlap exactly below one diameter", () => {
    expect(spheroidsOverlap(0.999, 0, 0, X, Y, 0.5, 0.5)).toBe(true);
    expect(spheroidsOverlap(1.001, 0, 0, X, Y, 0.5, 0.5)).toBe(false);
  });

  it("needles a = 1, b = 0.2: end to end touch at 2a, side by side at 2b, crossed at 2b", () => {
    expect(spheroidsOverlap(1.999, 0, 0, X, X, 1, 0.2)).toBe(true);
    expect(spheroidsOverlap(2.001, 0, 0, X, X, 1, 0.2)).toBe(false);
    expect(spheroidsOverlap(0, 0.399, 0, X, X, 1, 0.2)).toBe(true);
    expect(spheroidsOverlap(0, 0.401, 0, X, X, 1, 0.2)).toBe(false);
    // T-shape: one along x at the origin, the other along y centred at (1 + 1, 0, 0)… tip meets side
    expect(spheroidsOverlap(1.199, 0, 0, X, Y, 1, 0.2)).toBe(true);
    expect(spheroidsOverlap(1.201, 0, 0, X, Y, 1, 0.2)).toBe(false);
  });

  it("is symmetric under exchanging the two particles (property)", () => {
    const unit = fc
      .tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      )
      .filter(([x, y, z]) => x * x + y * y + z * z > 0.01)
      .map(([x, y, z]) => {
        const n = Math.hypot(x, y, z);
        return [x / n, y / n, z / n];
      });
    fc.assert(
      fc.property(
        unit,
        unit,
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (u, v, rx, ry) => {
          expect(spheroidsOverlap(rx, ry, 0.1, u, v, 1, 0.3)).toBe(
            spheroidsOverlap(-rx, -ry, -0.1, v, u, 1, 0.3),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("random pairs reproduce the exact mean excluded volume 2v + S·M/(2π) (a/b = 5: 15.10 v; 1/10: 26.38 v)", () => {
    for (const aspect of [5, 0.1]) {
      const shape = spheroidShape(aspect);
      const rng = createRng(11);
      const o1 = new Float64Array(3);
      const o2 = new Float64Array(3);
      const R = shape.reach;
      const n = 60000;
      let hits = 0;
      for (let i = 0; i < n; i++) {
        shape.orient(rng, o1);
        shape.orient(rng, o2);
        const x = (2 * rng.uniform() - 1) * R;
        const y = (2 * rng.uniform() - 1) * R;
        const z = (2 * rng.uniform() - 1) * R;
        if (shape.overlap(x, y, z, o1, 0, o2, 0)) hits++;
      }
      const box = 8 * R ** 3;
      const estimate = (hits / n) * box;
      const se = (box * Math.sqrt(hits * (1 - hits / n))) / n;
      expect(Math.abs(estimate - excludedVolume(aspect))).toBeLessThan(4 * se);
    }
  });

  it("near contact, agrees with a brute-force surface minimisation on random pairs (a/b = 5, 1/5, 10)", () => {
    // 60 random pairs, each placed at 0.97–1.03 times its contact distance along a random
    // direction; the contact distance comes from bisection on the brute force (bisecting on the
    // tested function would be circular): no false overlaps and no misses.
    const rng = createRng(23);
    const unit = () => {
      const x = [rng.normal(), rng.normal(), rng.normal()];
      const n = Math.hypot(...x);
      return x.map((t) => t / n);
    };
    let compared = 0;
    for (const aspect of [5, 0.2, 10]) {
      const b = (1 / (8 * aspect)) ** (1 / 3);
      const a = aspect * b;
      for (let k = 0; k < 20; k++) {
        const u = unit();
        const v = unit();
        const dir = unit();
        // contact distance along dir by bisection on the brute force
        let lo = 2 * Math.min(a, b) * 0.99;
        let hi = 2 * Math.max(a, b) * 1.01;
        for (let it = 0; it < 24; it++) {
          const mid = (lo + hi) / 2;
          const r = dir.map((t) => t * mid);
          if (minFormOnSurface(r, u, v, a, b) < 1) lo = mid;
          else hi = mid;
        }
        const contact = (lo + hi) / 2;
        for (const f of [0.97, 0.99, 0.997, 1.003, 1.01, 1.03]) {
          const r = dir.map((t) => t * contact * f);
          expect(spheroidsOverlap(r[0] as number, r[1] as number, r[2] as number, u, v, a, b)).toBe(
            f < 1,
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(360);
  }, 60_000);

  it("core–shell spheroids: cores (the spheroid scaled by δ) clash where the scaled overlap says so", () => {
    const shape = spheroidShape(4, { coreShell: 0.5 });
    const axis = new Float64Array([1, 0, 0]);
    const b = (1 / 32) ** (1 / 3);
    const a = 4 * b;
    // end to end along the axis: cores touch at 2·δ·a, shells at 2a
    expect(shape.clash?.(0.999 * a, 0, 0, axis, 0, axis, 0)).toBe(true);
    expect(shape.clash?.(1.001 * a, 0, 0, axis, 0, axis, 0)).toBe(false);
    expect(shape.overlap(1.9 * a, 0, 0, axis, 0, axis, 0)).toBe(true);
    expect(shape.coreVolumeRatio).toBeCloseTo(0.125, 12);
  });
});
