import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generalEffectiveMedium } from "@lmb/percolation";
import {
  ContinuumPercolationResultSchema,
  LatticeSimulationResultSchema,
  MetalWindowResultSchema,
  NetworkConductivityResultSchema,
  PercolationFitResultSchema,
  ThresholdEstimateResultSchema,
} from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCli } from "../../runCli.js";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

const dir = mkdtempSync(join(tmpdir(), "lmb-percolation-"));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("lmb percolation simulate", () => {
  it("gives a monotone R(p) in [0, 1] and the square p̄(32) near p_c; writes PREFIX.svg", async () => {
    const args = [
      "percolation",
      "simulate",
      "--lattice",
      "square",
      "--size",
      "32",
      "--runs",
      "60",
      "--threads",
      "1",
    ];
    const result = LatticeSimulationResultSchema.parse(await runJson(args));
    expect(result).toMatchObject({
      lattice: "square",
      mode: "site",
      axis: "y",
      runs: 60,
      elements: 1024,
    });
    const r = result.spanning.map((s) => s.probability);
    for (let i = 1; i < r.length; i++)
      expect(r[i]).toBeGreaterThanOrEqual((r[i - 1] as number) - 1e-12);
    expect(r[0]).toBeLessThan(0.01);
    expect(r[r.length - 1]).toBeGreaterThan(0.99);
    // p̄(L) − p_c ∝ L^(−3/4): within 0.03 of 0.592746 at L = 32
    expect(Math.abs(result.spanningFraction.value - 0.592746)).toBeLessThan(0.03);
    expect(result.literature.source).toMatch(/Jacobsen/);
    const prefix = join(dir, "square");
    const text = await runCaptured([...args, "--plot", prefix]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^lattice +square \(z = 4\), site percolation\n/);
    expect(text.stdout).toMatch(/\nmean p_span +0\.5\d+ ± /);
    expect(readFileSync(`${prefix}.svg`, "utf8")).toMatch(/^<svg/);
  }, 60_000);

  it("adds the largest cluster's share P_max(p) with --clusters (site only)", async () => {
    const args = [
      "percolation",
      "simulate",
      "--lattice",
      "square",
      "--size",
      "16",
      "--runs",
      "20",
      "--threads",
      "1",
    ];
    const result = LatticeSimulationResultSchema.parse(await runJson([...args, "--clusters", "5"]));
    const points = result.largestCluster?.points ?? [];
    expect(result.largestCluster?.runs).toBe(5);
    expect(points.map((q) => q.p)).toEqual(result.spanning.map((q) => q.p));
    // P_max rises with p and stays below p (the largest cluster holds at most the occupied sites)
    for (let i = 1; i < points.length; i++) {
      expect(points[i]?.fraction).toBeGreaterThanOrEqual(
        (points[i - 1]?.fraction as number) - 1e-12,
      );
    }
    for (const q of points) expect(q.fraction).toBeLessThanOrEqual(q.p + 1e-9);
    const bond = await runCaptured([...args, "--bond", "--clusters"]);
    expect(bond.code).toBe(1);
    expect(bond.stderr).toMatch(
      /^error E_NOT_SUPPORTED: --clusters: largest clusters are tracked for site percolation only/,
    );
  }, 60_000);

  it("draws a progress bar only on a terminal and never with --json", async () => {
    const run = async (json: boolean) => {
      let err = "";
      const code = await runCli(
        [
          "percolation",
          "simulate",
          "--lattice",
          "square",
          "--size",
          "16",
          "--runs",
          "20",
          "--threads",
          "1",
          ...(json ? ["--json"] : []),
        ],
        {
          stdout: { write: () => true },
          stderr: { write: (t: string) => (err += t), isTTY: true },
        },
      );
      return { code, err };
    };
    const tty = await run(false);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/\rsquare L = 16 \[#+-*\] \d+\/20/);
    expect((await run(true)).err).toBe("");
    expect(
      (
        await runCaptured([
          "percolation",
          "simulate",
          "--lattice",
          "square",
          "--size",
          "16",
          "--runs",
          "20",
          "--threads",
          "1",
        ])
      ).stderr,
    ).toBe("");
  }, 60_000);

  it("stops the workers on Ctrl-C (SIGINT): exit 1 with E_CANCELLED, and removes its handler", async () => {
    const run = runCaptured([
      "percolation",
      "simulate",
      "--lattice",
      "sc",
      "--size",
      "48",
      "--runs",
      "20000",
      "--threads",
      "1",
    ]);
    // the handler is installed before the workers start
    for (let i = 0; i < 200 && process.listenerCount("SIGINT") === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(process.listenerCount("SIGINT")).toBe(1);
    process.emit("SIGINT");
    const result = await run;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error E_CANCELLED: the simulation was cancelled/);
    expect(process.listenerCount("SIGINT")).toBe(0);
  }, 60_000);

  it("refuses bad input before any work: fractions outside [0, 1], a memory request beyond the machine, in-plane bond percolation", async () => {
    const fractions = await runCaptured(["percolation", "simulate", "--fractions", "0.3,1.2"]);
    expect(fractions.code).toBe(1);
    expect(fractions.stderr).toMatch(
      /^error E_INVALID_INPUT: --fractions 1\.2 is outside \[0, 1\] \(at --fractions\)/,
    );
    const huge = await runCaptured([
      "percolation",
      "simulate",
      "--lattice",
      "sc",
      "--size",
      "60000",
      "--threads",
      "1",
    ]);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(
      /^error E_TOO_LARGE: a sc site film 60000 × 60000 × 60000 needs about [\d.]+ GiB/,
    );
    const small = await runCaptured(["percolation", "simulate", "--size", "2"]);
    expect(small.stderr).toMatch(/^error E_INVALID_INPUT: --size 2 must be an integer from 4/);
    const axis = await runCaptured([
      "percolation",
      "simulate",
      "--slab",
      "4",
      "--axis",
      "x",
      "--bond",
    ]);
    expect(axis.code).toBe(1);
    expect(axis.stderr).toMatch(
      /^error E_NOT_SUPPORTED: bond percolation along x, in the plane of a slab/,
    );
  });

  it("crosses a slab in its plane (--axis x): above the bulk p_c, below the one-layer square value", async () => {
    const result = LatticeSimulationResultSchema.parse(
      await runJson([
        "percolation",
        "simulate",
        "--lattice",
        "sc",
        "--size",
        "24",
        "--slab",
        "2",
        "--axis",
        "x",
        "--runs",
        "60",
        "--threads",
        "1",
      ]),
    );
    expect(result).toMatchObject({ axis: "x", thickness: 2, elements: 24 * 24 * 2 });
    expect(result.boundaries).toMatch(/^open along x .*periodic along y, free faces along z/);
    // two layers: between the bulk sc threshold 0.3116 and the square lattice's 0.5927
    expect(result.spanningFraction.value).toBeGreaterThan(0.3116 + 0.05);
    expect(result.spanningFraction.value).toBeLessThan(0.5927);
    expect(result.warnings?.some((w) => w.code === "W_THIN_FILM")).toBe(true);
  }, 60_000);
});

describe("lmb percolation threshold", () => {
  it("puts the square-lattice site threshold within 3 standard errors of 0.592746 (Jacobsen 2015)", async () => {
    const args = [
      "percolation",
      "threshold",
      "--lattice",
      "square",
      "--sizes",
      "16,32,64",
      "--runs",
      "400",
      "--threads",
      "1",
    ];
    const result = ThresholdEstimateResultSchema.parse(await runJson(args));
    const { value, standardError } = result.threshold;
    expect(standardError).toBeGreaterThan(0);
    expect(standardError).toBeLessThan(0.005);
    expect(Math.abs(value - 0.59274605079)).toBeLessThan(3 * (standardError as number));
    expect(result.literature.zScore).toBeCloseTo(
      (value - 0.59274605079) / (standardError as number),
      10,
    );
    expect(result.nu).toBeCloseTo(4 / 3, 12);
    expect(result.sizes.map((s) => s.size)).toEqual([16, 32, 64]);
    // R_L = ½ lies within 0.03 of p_c at these sizes (shift ∝ L^(−3/4)); the curves cross near p_c
    for (const s of result.sizes)
      expect(Math.abs((s.halfCrossing as number) - 0.5927)).toBeLessThan(0.03);
    expect(Math.abs((result.sizes[0]?.crossingWithNext as number) - 0.5927)).toBeLessThan(0.02);
  }, 120_000);

  it("refuses too few or too small sizes", async () => {
    const two = await runCaptured(["percolation", "threshold", "--sizes", "16,32"]);
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(
      /^error E_INVALID_INPUT: --sizes 16,32 gives 2 size\(s\); finite-size scaling needs at least 3/,
    );
    const tiny = await runCaptured(["percolation", "threshold", "--sizes", "4,8,16"]);
    expect(tiny.code).toBe(1);
    expect(tiny.stderr).toMatch(
      /--sizes 4 must be an integer from 8 .*finite-size scaling needs L ≥ 8/,
    );
  });
});

describe("lmb percolation continuum", () => {
  it("gives a rising crossing curve, the sphere φ_c and Q for a layer given as a length", async () => {
    const result = ContinuumPercolationResultSchema.parse(
      await runJson([
        "percolation",
        "continuum",
        "--thickness",
        "15 nm",
        "--diameter",
        "5 nm",
        "--lateral",
        "8",
        "--runs",
        "30",
      ]),
    );
    expect(result.thickness).toBeCloseTo(3, 12);
    expect(result.bulkThreshold?.value).toBe(0.289573);
    const p = result.crossing.map((c) => c.probability);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1] as number);
    // a 3-diameter layer crosses well below the bulk threshold
    expect(result.crossingFraction.value).toBeLessThan(0.2896);
    // Q of the same particles at every fraction in (0, 1) of the curve; it rises with φ, and it is
    // far below 1 even where a path crosses the patch for sure
    const q = result.wiredFraction?.points ?? [];
    expect(q.length).toBeGreaterThan(5);
    for (const w of q) expect(result.crossing.some((c) => c.p === w.p)).toBe(true);
    expect(result.wiredFraction?.model).toMatch(/wiredSurfaceFraction/);
    expect((q[q.length - 1] as { fraction: number }).fraction).toBeGreaterThan(
      (q[0] as { fraction: number }).fraction,
    );
    expect((q[q.length - 1] as { fraction: number }).fraction).toBeLessThan(0.5);
    // along a layer 3 diameters thick a path needs more metal than in bulk (0.2896; 0.378 ± 0.005
    // at lateral 20 with 20 runs)
    expect(result.inPlaneThreshold?.model).toMatch(/inPlaneSpanning/);
    expect(result.inPlaneThreshold?.value).toBeGreaterThan(0.2896);
    expect(result.inPlaneThreshold?.value).toBeLessThan(0.5);
  }, 60_000);

  it("simulates core–shell and polydisperse spheres (metal fraction of the cores)", async () => {
    const args = [
      "percolation",
      "continuum",
      "--thickness",
      "3 d",
      "--lateral",
      "8",
      "--runs",
      "10",
    ];
    const core = ContinuumPercolationResultSchema.parse(
      await runJson([...args, "--core-shell", "0.8"]),
    );
    expect(core.particles).toMatchObject({ shape: "sphere", penetrable: false, coreShell: 0.8 });
    expect(core.wiredFraction?.points.length).toBeGreaterThan(0);
    expect(core.bulkThreshold).toBeUndefined();
    // cores of 0.8 d hold δ³ = 0.512 of each particle's volume: less metal crosses than bare spheres
    expect(core.crossingFraction.value).toBeLessThan(0.2);
    const poly = ContinuumPercolationResultSchema.parse(
      await runJson([...args, "--polydisperse", "0.3"]),
    );
    expect(poly.particles.polydispersity).toBeGreaterThan(0.2);
    expect(poly.particles.polydispersity).toBeLessThan(0.4);
  }, 60_000);

  it("refuses aspect ≤ 0, a thickness without a diameter, δ outside [0, 1) and polydisperse spheroids", async () => {
    const aspect = await runCaptured([
      "percolation",
      "continuum",
      "--shape",
      "spheroid",
      "--aspect",
      "0",
    ]);
    expect(aspect.code).toBe(1);
    expect(aspect.stderr).toMatch(/^error E_INVALID_INPUT: --aspect 0 must be positive/);
    const length = await runCaptured(["percolation", "continuum", "--thickness", "50 nm"]);
    expect(length.stderr).toMatch(/^error E_INVALID_INPUT: --thickness "50 nm" is a length/);
    const negative = await runCaptured(["percolation", "continuum", "--thickness", "-2 d"]);
    expect(negative.stderr).toMatch(
      /^error E_INVALID_INPUT: --thickness [-−]2 d must be a positive thickness/,
    );
    const core = await runCaptured(["percolation", "continuum", "--core-shell", "1.2"]);
    expect(core.code).toBe(1);
    expect(core.stderr).toMatch(/^error E_INVALID_INPUT: --core-shell 1\.2 must lie in \[0, 1\)/);
    const poly = await runCaptured([
      "percolation",
      "continuum",
      "--shape",
      "spheroid",
      "--polydisperse",
      "0.3",
    ]);
    expect(poly.code).toBe(1);
    expect(poly.stderr).toMatch(
      /^error E_NOT_SUPPORTED: polydisperse spheroids are not yet supported/,
    );
  });
});

describe("lmb percolation conductivity", () => {
  it("rises by decades across p_c and fits an exponent", async () => {
    const result = NetworkConductivityResultSchema.parse(
      await runJson([
        "percolation",
        "conductivity",
        "--lattice",
        "sc",
        "--size",
        "8",
        "--runs",
        "2",
        "--fractions",
        "0.2,0.45,0.55,0.65,0.8",
        "--ratio",
        "1e-6",
      ]),
    );
    const sigma = result.points.map((q) => q.conductivity);
    expect(sigma[0]).toBeLessThan(1e-4);
    expect(sigma[4]).toBeGreaterThan(0.3);
    expect(result.exponentWindow?.pointCount).toBe(4);
    expect(result.exponent?.value).toBeGreaterThan(0.8);
    expect(result.exponent?.value).toBeLessThan(3);
    const bad = await runCaptured(["percolation", "conductivity", "--ratio", "2"]);
    expect(bad.stderr).toMatch(/^error E_INVALID_INPUT: --ratio 2 must lie in \[0, 1\)/);
    // a perfect insulator: no current below p_c, the same exponent window above it
    const zero = NetworkConductivityResultSchema.parse(
      await runJson([
        "percolation",
        "conductivity",
        "--lattice",
        "sc",
        "--size",
        "8",
        "--runs",
        "2",
        "--fractions",
        "0.2,0.45,0.55,0.65,0.8",
        "--ratio",
        "0",
      ]),
    );
    expect(zero.points[0]?.conductivity).toBe(0);
    expect(zero.exponentWindow?.pointCount).toBe(4);
  }, 60_000);
});

describe("lmb percolation fit", () => {
  // σ = 1e-10 + 1e5·(V_f − 0.22)^1.8 S/cm, V_f in percent
  const phi = Array.from({ length: 25 }, (_, i) => 0.05 + 0.025 * i);
  const powerLaw = write(
    "power.csv",
    [
      "V_f (%),sigma (S/cm)",
      ...phi.map(
        (f) =>
          `${(100 * f).toFixed(2)},${(1e-10 + (f > 0.22 ? 1e5 * (f - 0.22) ** 1.8 : 0)).toPrecision(12)}`,
      ),
    ].join("\n"),
  );

  it("recovers V_p = 0.22 and n = 1.8 from synthetic power-law data, with units from the headers", async () => {
    const result = PercolationFitResultSchema.parse(
      await runJson(["percolation", "fit", powerLaw]),
    );
    expect(result.model).toBe("power-law");
    expect(result.threshold.value).toBeCloseTo(0.22, 6);
    expect(result.exponent.value).toBeCloseTo(1.8, 5);
    expect(result.prefactor.value / 1e5).toBeCloseTo(1, 5);
    expect(result.prefactor.si / 1e7).toBeCloseTo(1, 5);
    expect(result.insulator.value / 1e-10).toBeCloseTo(1, 4);
    expect(result.rmsDecades).toBeLessThan(1e-4);
    const text = await runCaptured([
      "percolation",
      "fit",
      powerLaw,
      "--plot",
      join(dir, "fit.json"),
    ]);
    expect(text.stdout).toMatch(/\nV_p +0\.22 ± /);
    expect(JSON.parse(readFileSync(join(dir, "fit.json"), "utf8"))).toMatchObject({
      title: "Conductivity versus metal fraction",
    });
  });

  it("fits GEM data (φ_c 0.25, t 2) from a TSV, and Bruggeman fits it worse", async () => {
    const gem = write(
      "gem.tsv",
      [
        "phi\tconductivity (S/m)",
        ...phi.map(
          (f) =>
            `${f}\t${generalEffectiveMedium(f, { threshold: 0.25, exponent: 2, metal: 1e7, insulator: 1e-8 })}`,
        ),
      ].join("\n"),
    );
    const fit = PercolationFitResultSchema.parse(
      await runJson(["percolation", "fit", gem, "--model", "gem"]),
    );
    expect(fit.threshold.value).toBeCloseTo(0.25, 3);
    expect(fit.exponent.value).toBeCloseTo(2, 2);
    const b = PercolationFitResultSchema.parse(
      await runJson(["percolation", "fit", gem, "--model", "bruggeman"]),
    );
    expect(b.fixed).toEqual(["threshold", "exponent"]);
    expect(b.rmsDecades).toBeGreaterThan(10 * fit.rmsDecades);
    const window = PercolationFitResultSchema.parse(
      await runJson(["percolation", "fit", gem, "--model", "gem", "--window", "0.1:0.5"]),
    );
    expect(window.window).toMatchObject({ lower: 0.1, upper: 0.5, automatic: false });
    expect(window.goodnessOfFit.pointCount).toBe(phi.filter((f) => f >= 0.1 && f <= 0.5).length);
  });

  it("exits 1 with the line for a fraction outside [0, 1] or σ ≤ 0, and for a non-conductivity unit", async () => {
    const over = write("over.csv", "V_f,sigma\n0.1,1e-8\n1.5,1\n0.5,10\n");
    const run = await runCaptured(["percolation", "fit", over]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_INVALID_INPUT: V_f = 1\.5 in .*over\.csv is outside \[0, 1\] \(at .*over\.csv:3\)/,
    );
    const zero = write("zero.csv", "V_f,sigma\n0.1,0\n0.3,1\n0.5,10\n");
    expect((await runCaptured(["percolation", "fit", zero])).stderr).toMatch(
      /σ = 0 .* is not positive/,
    );
    const ohm = write("ohm.csv", "V_f,R (ohm)\n0.1,1\n0.3,1\n0.5,10\n");
    expect((await runCaptured(["percolation", "fit", ohm])).stderr).toMatch(
      /^error E_UNIT_MISMATCH: the conductivity column "R \(ohm\)"/,
    );
    expect(existsSync(powerLaw)).toBe(true);
  });
});

describe("lmb percolation window", () => {
  it("gives the largest non-crossing fraction inside its interval, below the median crossing", async () => {
    const result = MetalWindowResultSchema.parse(
      await runJson([
        "percolation",
        "window",
        "--shape",
        "sphere",
        "--thickness",
        "2 d",
        "--lateral",
        "8",
        "--runs",
        "40",
      ]),
    );
    const { value, interval } = result.maximumFraction;
    expect(interval?.lower).toBeLessThanOrEqual(value);
    expect(interval?.upper).toBeGreaterThanOrEqual(value);
    expect(value).toBeLessThan(result.crossing.median);
    // core–shell: the window is a core (metal) fraction; hard cores of 0.8 d keep it lower
    const core = MetalWindowResultSchema.parse(
      await runJson([
        "percolation",
        "window",
        "--core-shell",
        "0.8",
        "--thickness",
        "2 d",
        "--lateral",
        "8",
        "--runs",
        "40",
      ]),
    );
    expect(core.particles.coreShell).toBe(0.8);
    expect(core.maximumFraction.value).toBeLessThan(value);
    const confidence = await runCaptured(["percolation", "window", "--confidence", "1.5"]);
    expect(confidence.stderr).toMatch(
      /^error E_INVALID_INPUT: --confidence 1\.5 must lie in \(0, 1\)/,
    );
  }, 60_000);
});

describe("bad input across lmb percolation: LmbError before any work starts", () => {
  it("refuses fractions outside [0, 1], too small sizes and networks beyond the machine (conductivity)", async () => {
    const fractions = await runCaptured(["percolation", "conductivity", "--fractions", "0.3,1.5"]);
    expect(fractions.code).toBe(1);
    expect(fractions.stderr).toMatch(
      /^error E_INVALID_INPUT: --fractions 1\.5 is outside \[0, 1\] \(at --fractions\)/,
    );
    const small = await runCaptured(["percolation", "conductivity", "--size", "2"]);
    expect(small.stderr).toMatch(/^error E_INVALID_INPUT: --size 2 must be an integer from 4/);
    // 3000³ sites: about 12 000 GiB, beyond any machine this runs on
    const huge = await runCaptured(["percolation", "conductivity", "--size", "3000"]);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(
      /^error E_TOO_LARGE: a resistor network of 3000 × 3000 × 3000 sites needs about [\d.]+ GiB/,
    );
    const threshold = await runCaptured([
      "percolation",
      "threshold",
      "--lattice",
      "sc",
      "--sizes",
      "8,16,4000",
    ]);
    expect(threshold.code).toBe(1);
    expect(threshold.stderr).toMatch(/^error E_TOO_LARGE: a sc site lattice of size 4000 needs/);
  });

  it("refuses aspect ≤ 0 (window), aspect ratios too extreme for any patch, and slabs above 10⁸ cells", async () => {
    for (const aspect of ["0", "-1"]) {
      const run = await runCaptured([
        "percolation",
        "window",
        "--shape",
        "spheroid",
        "--aspect",
        aspect,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error E_INVALID_INPUT: --aspect [-−]?\d must be positive/);
    }
    // a/b = 10⁹: length 2a = 10⁶ diameters (a = aspect^(2/3)/2), no patch ≤ 10 000 holds two
    const needle = await runCaptured([
      "percolation",
      "continuum",
      "--shape",
      "spheroid",
      "--aspect",
      "1e9",
    ]);
    expect(needle.code).toBe(1);
    expect(needle.stderr).toMatch(
      /^error E_INVALID_INPUT: --aspect 1e9: a particle .* diameters long needs a patch of at least \d+ diameters, above the limit of 10000 \(at --aspect\)/,
    );
    // a/b = 1000: length 1000^(2/3) = 100 diameters; the default 20-diameter patch is too small
    const long = await runCaptured([
      "percolation",
      "continuum",
      "--shape",
      "spheroid",
      "--aspect",
      "1000",
    ]);
    expect(long.code).toBe(1);
    // (2a is 100.000…01 in floating point, so the smallest patch is 201)
    const minimum = /must lie between (\d+) \(twice the particle length, 100 diameters\)/.exec(
      long.stderr,
    )?.[1];
    expect(long.stderr).toMatch(/^error E_INVALID_INPUT: --lateral 20 must lie between 20[01] /);
    expect(long.stderr).toContain(`fix: give --lateral ${minimum} or more`);
    // and that patch is accepted
    const patch = await runCaptured([
      "percolation",
      "continuum",
      "--shape",
      "spheroid",
      "--aspect",
      "1000",
      "--lateral",
      String(minimum),
      "--thickness",
      "1000000 d",
    ]);
    expect(patch.stderr).toMatch(/^error E_TOO_LARGE: a slab 20[01] × 20[01] × /);
    const deep = await runCaptured(["percolation", "continuum", "--thickness", "1000000 d"]);
    expect(deep.code).toBe(1);
    expect(deep.stderr).toMatch(
      /^error E_TOO_LARGE: a slab 20 × 20 × .* diameters exceeds 10⁸ cells/,
    );
  });

  it("refuses an unknown --plot picture type before simulating (nothing on stdout)", async () => {
    for (const command of [
      ["simulate", "--lattice", "sc", "--size", "64", "--runs", "200"],
      ["threshold", "--lattice", "bcc", "--sizes", "16,32,64"],
      ["continuum", "--thickness", "10 d"],
      ["window", "--thickness", "5 d"],
      ["conductivity"],
    ]) {
      const start = performance.now();
      const run = await runCaptured(["percolation", ...command, "--plot", "curve.png"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^error E_USAGE: --plot curve\.png: unknown picture type "\.png" \(at --plot\)/,
      );
      // each of these simulations takes seconds; the refusal takes milliseconds
      expect(performance.now() - start).toBeLessThan(1000);
    }
    expect(existsSync("curve.png")).toBe(false);
  });
});
