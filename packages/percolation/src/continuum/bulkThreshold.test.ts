import { createRng } from "@lmb/numerics";
import { describe, expect, it } from "vitest";
import { runSeed } from "../lattice/simulateLattice.js";
import { simulateBulkThreshold } from "./bulkThreshold.js";
import { type ParticleShape, SPHERE } from "./particleShape.js";
import { particlesAtFirstWrap } from "./periodicWrapping.js";
import { sphereShape } from "./sphereShape.js";
import { spheroidShape } from "./spheroidShape.js";

/**
 * Exact mean excluded volume over volume, ⟨V_ex⟩/v = 2 + S·M/(2π·v), of a randomly oriented
 * spheroid (Kihara; Isihara 1950): S its surface, M its integrated mean curvature.
 */
function excludedVolumeRatio(aspect: number): number {
  const b = 1;
  const a = aspect;
  let S: number;
  let M: number;
  if (aspect > 1) {
    const e = Math.sqrt(1 - 1 / (a * a));
    const f = Math.sqrt(a * a - 1);
    S = 2 * Math.PI * (1 + (a / e) * Math.asin(e));
    M = 2 * Math.PI * (a + Math.log(a + f) / f);
  } else {
    const e = Math.sqrt(1 - a * a);
    S = 2 * Math.PI * (1 + ((1 - e * e) / e) * Math.atanh(e));
    M = 2 * Math.PI * (a + Math.acos(a) / e);
  }
  const v = (4 / 3) * Math.PI * a * b * b;
  return 2 + (S * M) / (2 * Math.PI * v);
}

/**
 * Brute force: do the first m particles of run `seed` (drawn exactly as the engine draws them)
 * contain a cluster that wraps the periodic cube? All pairs by minimum image, then a
 * breadth-first search placing each particle at an unwrapped position; an edge whose ends'
 * unwrapped positions disagree with their separation closes a loop around the box.
 */
function wrapsBruteForce(L: number, shape: ParticleShape, seed: number, m: number): boolean {
  const rng = createRng(seed);
  const pos: number[][] = [];
  const ori = new Float64Array(3 * m);
  const o = new Float64Array(3);
  for (let i = 0; i < m; i++) {
    shape.orient(rng, o);
    ori.set(o, 3 * i);
    pos.push([rng.uniform() * L, rng.uniform() * L, rng.uniform() * L]);
  }
  const sep = (i: number, j: number) =>
    [0, 1, 2].map((k) => {
      const d = (pos[j]?.[k] as number) - (pos[i]?.[k] as number);
      return d - L * Math.round(d / L);
    }) as [number, number, number];
  const edges: number[][] = Array.from({ length: m }, () => []);
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const [x, y, z] = sep(i, j);
      if (shape.overlap(x, y, z, ori, 3 * i, ori, 3 * j)) {
        edges[i]?.push(j);
        edges[j]?.push(i);
      }
    }
  }
  const unwrapped: (number[] | undefined)[] = new Array(m);
  for (let s = 0; s < m; s++) {
    if (unwrapped[s] !== undefined) continue;
    unwrapped[s] = pos[s] as number[];
    const queue = [s];
    while (queue.length > 0) {
      const i = queue.shift() as number;
      const ui = unwrapped[i] as number[];
      for (const j of edges[i] as number[]) {
        const r = sep(i, j);
        const expected = [0, 1, 2].map((k) => (ui[k] as number) + (r[k] as number));
        const uj = unwrapped[j];
        if (uj === undefined) {
          unwrapped[j] = expected;
          queue.push(j);
        } else if (expected.some((e, k) => Math.abs(e - (uj[k] as number)) > L / 2)) {
          return true;
        }
      }
    }
  }
  return false;
}

describe("periodic first-wrap engine", () => {
  it("stops at exactly the particle that closes the first loop around the box (brute force, 30 runs)", () => {
    const cases: Array<[ParticleShape, number]> = [
      [SPHERE, 5],
      [spheroidShape(3), 3.2 * spheroidShape(3).reach],
      [spheroidShape(0.2), 3.2 * spheroidShape(0.2).reach],
    ];
    for (const [shape, L] of cases) {
      for (let r = 0; r < 10; r++) {
        const seed = runSeed(3, r);
        const n = particlesAtFirstWrap(L, shape, createRng(seed));
        expect(wrapsBruteForce(L, shape, seed, n)).toBe(true);
        expect(wrapsBruteForce(L, shape, seed, n - 1)).toBe(false);
      }
    }
  }, 60_000);

  it("refuses a box below 3 particle lengths and too few runs", () => {
    expect(() => particlesAtFirstWrap(2.5, SPHERE, createRng(1))).toThrow(/3 particle reaches/);
    expect(() => simulateBulkThreshold(SPHERE, { sizes: [2] })).toThrow(/outside 3 lengths/);
    expect(() => simulateBulkThreshold(SPHERE, { sizes: [] })).toThrow(/no box sizes/);
    expect(() => simulateBulkThreshold(SPHERE, { runs: 1 })).toThrow(/runs/);
  });
});

describe("bulk continuum thresholds (periodic cubes, first wrap, extrapolated)", () => {
  it("overlapping spheres: φ_c = 0.289573 (Lorenz & Ziff 2001) within 3σ", () => {
    const r = simulateBulkThreshold(SPHERE, { sizes: [8, 16], runs: 40, seed: 1 });
    expect(Math.abs(r.volumeFraction.value - 0.289573)).toBeLessThan(
      3 * r.volumeFraction.standardError,
    );
    expect(Math.abs(r.reducedDensity.value - 0.341889)).toBeLessThan(
      3 * r.reducedDensity.standardError,
    );
    expect(r.volumeFraction.standardError).toBeLessThan(0.006);
  }, 60_000);

  it("thin plates a/b = 1/1000: n_c⟨V_ex⟩ = 2.26 ± 0.04, the randomly oriented thin-disc value (Huseby, Thovert & Adler 1997), within 3σ + 3 %", () => {
    // ⟨V_ex⟩ = π²r³ for discs of radius r; a plate 1/1000 thick adds 0.1 % (exact formula).
    const r = simulateBulkThreshold(spheroidShape(0.001), { sizes: [6, 10], runs: 20, seed: 2 });
    const total = r.reducedDensity.value * excludedVolumeRatio(0.001);
    const sigma = r.reducedDensity.standardError * excludedVolumeRatio(0.001);
    expect(Math.abs(total - 2.26)).toBeLessThan(3 * Math.hypot(sigma, 0.04) + 0.03 * 2.26);
  }, 60_000);

  it("core–shell spheres δ = 0.68 (hard cores by random sequential addition): core fraction ≈ 0.10, the hard-sphere fluid value at λ = 0.68 (shared/research/percolation.md §2.4), within 3σ + 0.01", () => {
    const r = simulateBulkThreshold(sphereShape({ coreShell: 0.68 }), {
      sizes: [8, 12],
      runs: 16,
      seed: 4,
    });
    expect(Math.abs(r.volumeFraction.value - 0.1)).toBeLessThan(
      3 * r.volumeFraction.standardError + 0.01,
    );
    // cores never overlap: the fraction is n·v·δ³/V exactly
    const first = r.sizes[0];
    expect(first?.volumeFraction.value).toBeCloseTo(
      (first?.reducedDensity.value ?? 0) * 0.68 ** 3,
      12,
    );
  }, 60_000);

  it("spheroids fall below the sphere as they elongate or flatten, and agree with this code's reference table (README) within 3σ", () => {
    // Reference: sizes 6, 9, 12, 16 particle lengths, 80 runs each, seed 21 (README). Garboczi
    // et al. (1995) give 0.2618 (a/b = 2), 0.1627 (5), 0.1058 (1/10): 6–23 % higher, not
    // reproduced (README: their thin-plate limit is 33 % above the thin-disc value).
    const reference: Array<[number, number, number]> = [
      [2, 0.2472, 0.0015],
      [5, 0.1345, 0.0006],
      [0.1, 0.0858, 0.0007],
    ];
    for (const [aspect, phi, se] of reference) {
      const r = simulateBulkThreshold(spheroidShape(aspect), { sizes: [6, 10], runs: 16, seed: 3 });
      const sigma = Math.hypot(r.volumeFraction.standardError, se);
      expect(Math.abs(r.volumeFraction.value - phi)).toBeLessThan(3 * sigma);
      expect(r.volumeFraction.value).toBeLessThan(0.27);
    }
  }, 60_000);
});

const slow = process.env.LMB_SLOW_TESTS === "1";

describe.skipIf(!slow)(
  "bulk spheroid thresholds at larger sizes (LMB_SLOW_TESTS=1; ~1 min of CPU)",
  () => {
    it("spheres at 8–24 diameters, 80 runs: φ_c within 3σ of 0.289573", () => {
      const r = simulateBulkThreshold(SPHERE, { sizes: [8, 12, 16, 24], runs: 80, seed: 5 });
      expect(Math.abs(r.volumeFraction.value - 0.289573)).toBeLessThan(
        3 * r.volumeFraction.standardError,
      );
    }, 120_000);

    it("a/b = 2, 3, 5, 10, 1/10, 1/100 at 6–16 particle lengths agree with the README table within 3σ", () => {
      const reference: Array<[number, number, number]> = [
        [2, 0.2472, 0.0015],
        [3, 0.1994, 0.0011],
        [5, 0.1345, 0.0006],
        [10, 0.0673, 0.0003],
        [0.1, 0.0858, 0.0007],
        [0.01, 0.00972, 0.00007],
      ];
      for (const [aspect, phi, se] of reference) {
        const r = simulateBulkThreshold(spheroidShape(aspect), {
          sizes: [6, 9, 12, 16],
          runs: 30,
          seed: 7,
        });
        const sigma = Math.hypot(r.volumeFraction.standardError, se);
        expect(Math.abs(r.volumeFraction.value - phi), `a/b = ${aspect}`).toBeLessThan(3 * sigma);
      }
    }, 1_200_000);
  },
);
