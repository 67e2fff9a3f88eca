import type { LatticeSimulationResult, PercolationWarning } from "@lmb/schemas";
import type { LargestClusterCurve } from "../analysis/largestCluster.js";
import { LATTICES } from "../lattice/lattices.js";
import type { LatticeSimulation } from "../lattice/simulateLattice.js";
import { percolationPlot } from "./percolationPlot.js";

/** Options of {@link latticeSimulationJson}: how the simulation was run. */
export interface LatticeSimulationJsonOptions {
  /** Worker threads used (reported; results do not depend on it). */
  threads?: number;
  /** The largest-cluster curve of the same configurations (`largestClusterCurve`), when computed. */
  largestCluster?: LargestClusterCurve;
}

/** The spanning axis: the film's open axis, the last one (y in 2D, z in 3D). */
export function spanningAxis(dimension: 2 | 3): "y" | "z" {
  return dimension === 2 ? "y" : "z";
}

/** Sorted first-spanning fractions k/N of the runs that spanned. */
function spanningFractions(sim: LatticeSimulation): number[] {
  return Array.from(sim.spanningSteps)
    .filter((k) => k >= 0)
    .map((k) => k / sim.elements)
    .sort((a, b) => a - b);
}

/**
 * Turns a {@link LatticeSimulation} into the `LatticeSimulationResult` of `@lmb/schemas`: the
 * mean first-spanning fraction p̄(L) ± SE, its spread over runs, the canonical spanning curve
 * R(p) with standard errors, the best-known threshold (z-score of p̄(L), which is shifted from
 * p_c by ∝ L^(−1/ν), so |z| > 2 at small L is expected), warnings and a plot of R(p).
 *
 * @example
 * latticeSimulationJson(simulateLattice({ lattice: "sc", size: 32, runs: 100 })).spanningFraction;
 */
export function latticeSimulationJson(
  sim: LatticeSimulation,
  options: LatticeSimulationJsonOptions = {},
): LatticeSimulationResult {
  const lattice = LATTICES[sim.lattice];
  const literature = sim.mode === "site" ? lattice.siteThreshold : lattice.bondThreshold;
  const fractions = spanningFractions(sim);
  const mean = sim.threshold.value;
  const sd = sim.threshold.standardError * Math.sqrt(sim.runs);
  const median =
    fractions.length % 2 === 1
      ? (fractions[(fractions.length - 1) / 2] as number)
      : ((fractions[fractions.length / 2 - 1] as number) +
          (fractions[fractions.length / 2] as number)) /
        2;
  const thicknessAxis = spanningAxis(lattice.dimension);
  const axis = sim.inPlane === true ? "x" : thicknessAxis;
  const lateralAxes = lattice.dimension === 2 ? "x" : "x and y";
  const boundaries =
    sim.inPlane === true
      ? `open along x (electrodes at both ends), ${lattice.dimension === 3 ? "periodic along y, " : ""}free faces along ${thicknessAxis} (the film's ${sim.thickness} layers)`
      : `periodic along ${lateralAxes}, open along ${axis} (electrode faces)`;
  const warnings: PercolationWarning[] = [];
  if (sim.runs < 50) {
    warnings.push({
      code: "W_FEW_RUNS",
      message: `${sim.runs} runs: the error bars are themselves uncertain by ~${Math.round(100 / Math.sqrt(2 * (sim.runs - 1)))} %; use 100 or more`,
    });
  }
  if (sim.inPlane === true) {
    warnings.push({
      code: "W_THIN_FILM",
      message: `crossed along a film ${sim.thickness} sites thick: a path along a thin film needs more than the bulk threshold, falling towards it as the film thickens`,
    });
  } else if (sim.thickness < sim.size) {
    warnings.push({
      code: "W_THIN_FILM",
      message: `a film ${sim.thickness} sites thick and ${sim.size} wide crosses below the bulk threshold: p̄ depends on the lateral area, not only on the material`,
    });
  }
  const curve = sim.spanning;
  const se = sim.threshold.standardError;
  const largest = options.largestCluster;
  return {
    analysis: "lattice-simulation",
    lattice: sim.lattice,
    latticeTitle: lattice.title,
    dimension: lattice.dimension,
    mode: sim.mode,
    size: sim.size,
    thickness: sim.thickness,
    axis,
    boundaries,
    elements: sim.elements,
    runs: sim.runs,
    seed: sim.seed,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    spanningFraction: {
      value: mean,
      standardError: se,
      interval: { lower: mean - 1.959964 * se, upper: mean + 1.959964 * se },
    },
    spanningFractionStatistics: {
      standardDeviation: sd,
      minimum: fractions[0] ?? 0,
      median: Number.isFinite(median) ? median : 0,
      maximum: fractions[fractions.length - 1] ?? 1,
    },
    literature: {
      value: literature.value,
      uncertainty: literature.uncertainty,
      source: literature.source,
      ...(se > 0 ? { zScore: (mean - literature.value) / se } : {}),
    },
    spanning: curve.p.map((p, i) => ({
      p,
      probability: Math.min(1, Math.max(0, curve.probability[i] as number)),
      standardError: curve.standardError[i] as number,
    })),
    ...(largest === undefined
      ? {}
      : {
          largestCluster: {
            runs: largest.runs,
            points: largest.p.map((p, i) => ({
              p,
              fraction: Math.min(1, Math.max(0, largest.fraction[i] as number)),
              standardError: largest.standardError[i] as number,
            })),
          },
        }),
    warnings,
    plot: percolationPlot({
      title: `Spanning probability, ${lattice.title} ${sim.mode}, L = ${sim.size}`,
      xTitle: sim.mode === "site" ? "site occupation p" : "bond occupation p",
      yTitle: "spanning probability R(p)",
      lines: [
        ...curve.p.map((p, i) => ({ x: p, y: curve.probability[i] as number, series: "R(p)" })),
        ...(largest === undefined
          ? []
          : largest.p.map((p, i) => ({
              x: p,
              y: largest.fraction[i] as number,
              series: "largest cluster P_max(p)",
            }))),
      ],
      errorBars: curve.p.map((p, i) => ({
        x: p,
        lower: (curve.probability[i] as number) - (curve.standardError[i] as number),
        upper: (curve.probability[i] as number) + (curve.standardError[i] as number),
        series: "± 1 SE",
      })),
      rules: [
        { x: literature.value, series: "p_c (literature)" },
        { x: mean, series: "p̄(L) (this run)" },
      ],
    }),
  };
}
