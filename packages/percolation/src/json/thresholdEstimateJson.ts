import type { PercolationWarning, ThresholdEstimateResult } from "@lmb/schemas";
import { spanningCurveCrossing, spanningLevelCrossing } from "../analysis/crossingCurves.js";
import { LATTICES } from "../lattice/lattices.js";
import type { ThresholdEstimate } from "../lattice/thresholdScaling.js";
import { percolationPlot } from "./percolationPlot.js";

/** What a {@link ThresholdEstimate} may carry beyond the one-term fit. */
interface ScalingExtras {
  amplitudeStandardError?: number;
  chiSquared?: { value: number; dof: number };
  correction?: { amplitude: number; omega: number };
}

/** The fitted p̄(L) at size L, with the correction term when the estimate has one. */
function fittedMean(estimate: ThresholdEstimate & ScalingExtras, size: number): number {
  const x = size ** (-1 / estimate.nu);
  const c = estimate.correction;
  return (
    estimate.threshold.value +
    estimate.amplitude * x +
    (c === undefined ? 0 : c.amplitude * x * size ** -c.omega)
  );
}

/** χ², its degrees of freedom and the amplitude's SE: as the estimate gives them, else recomputed. */
function scalingStatistics(estimate: ThresholdEstimate & ScalingExtras) {
  const sizes = estimate.sizes;
  const chi =
    estimate.chiSquared ??
    (() => {
      let value = 0;
      for (const s of sizes) {
        const se = Math.max(s.threshold.standardError, 1e-12);
        value += ((s.threshold.value - fittedMean(estimate, s.size)) / se) ** 2;
      }
      return { value, dof: sizes.length - (estimate.correction === undefined ? 2 : 3) };
    })();
  return {
    ...estimate,
    chiSquare: chi.value,
    degreesOfFreedom: Math.max(0, chi.dof),
    amplitudeStandardError: estimate.amplitudeStandardError,
  };
}

/**
 * Turns a finite-size-scaling estimate (from `estimateThreshold`, `estimateThresholdParallel`,
 * or `fitThreshold` of runs made elsewhere) into the `ThresholdEstimateResult` of `@lmb/schemas`: p_c ± SE with its 95 %
 * interval, ν, the amplitude, the fit's χ², each size's p̄(L), the p where R_L = ½ and where
 * R_L crosses the next size's curve, the best-known value with its source and z-score, warnings
 * and a plot of p̄(L) against L^(−1/ν) with the line to L → ∞.
 *
 * @param seed - the base seed the sizes were run with (size i used seed + 7919·i)
 * @example
 * thresholdEstimateJson(estimateThreshold({ lattice: "square", sizes: [16, 32, 64], runs: 400 }), 1).threshold;
 */
export function thresholdEstimateJson(
  estimate: ThresholdEstimate & ScalingExtras,
  seed: number,
): ThresholdEstimateResult {
  const fit = scalingStatistics(estimate);
  const lattice = LATTICES[estimate.lattice];
  const literature = estimate.mode === "site" ? lattice.siteThreshold : lattice.bondThreshold;
  const sims = [...estimate.sizes].sort((a, b) => a.size - b.size);
  const sizes = sims.map((s, i) => {
    const next = sims[i + 1];
    const half = spanningLevelCrossing(s.spanningSteps, s.elements);
    const crossing =
      next === undefined
        ? undefined
        : spanningCurveCrossing(s.spanningSteps, s.elements, next.spanningSteps, next.elements);
    return {
      size: s.size,
      runs: s.runs,
      elements: s.elements,
      spanningFraction: { value: s.threshold.value, standardError: s.threshold.standardError },
      ...(half === undefined ? {} : { halfCrossing: half }),
      ...(crossing === undefined ? {} : { crossingWithNext: crossing }),
    };
  });
  const { value, standardError, interval } = fit.threshold;
  const warnings: PercolationWarning[] = [];
  if (Math.abs(fit.literature.zScore) > 3) {
    warnings.push({
      code: "W_OFF_LITERATURE",
      message: `p_c is ${fit.literature.zScore.toFixed(1)} standard errors from the best-known ${literature.value}: corrections to scaling at these sizes bias the extrapolation${lattice.dimension === 3 && estimate.mode === "site" ? " (3D site p̄(L) is non-monotonic below L ≈ 32; use larger sizes)" : ""}`,
    });
  }
  if (lattice.dimension === 3 && estimate.correction === undefined) {
    // README "Thresholds": the one-term fit of the same kind of data lands 12 (sc), 17 (bcc) and
    // 15 (fcc) standard errors low at 2 000 runs per size; the term b·L^(−1/ν−1) removes that
    warnings.push({
      code: "W_NO_CORRECTION_TERM",
      message: `one-term fit from ${sims.length} sizes: in 3D p̄(L) needs the correction term b·L^(−1/ν−1) (4 or more sizes), without which p_c comes out low by several standard errors; give e.g. sizes 8, 16, 32, 64`,
    });
  }
  if (fit.degreesOfFreedom > 0 && fit.chiSquare / fit.degreesOfFreedom > 4) {
    warnings.push({
      code: "W_POOR_SCALING_FIT",
      message: `χ²/dof = ${(fit.chiSquare / fit.degreesOfFreedom).toFixed(1)}: p̄(L) does not follow p_c + a·L^(−1/ν) over these sizes`,
    });
  }
  const xMax = Math.max(...sims.map((s) => s.size ** (-1 / fit.nu)));
  const line = Array.from({ length: 51 }, (_, k) => {
    const x = (xMax * 1.05 * k) / 50;
    // the size whose L^(−1/ν) is x (L → ∞ at x = 0)
    const size = x > 0 ? x ** -fit.nu : Number.POSITIVE_INFINITY;
    const y = size === Number.POSITIVE_INFINITY ? value : fittedMean(estimate, size);
    return { x, y, series: "fitted p̄(L)" };
  });
  return {
    analysis: "threshold-estimate",
    lattice: estimate.lattice,
    latticeTitle: lattice.title,
    dimension: lattice.dimension,
    mode: estimate.mode,
    method:
      "mean first-spanning occupation fraction p̄(L) of films periodic laterally and open along the spanning axis, extrapolated by weighted least squares",
    relation:
      estimate.correction === undefined
        ? "p̄(L) = p_c + a·L^(−1/ν)"
        : `p̄(L) = p_c + a·L^(−1/ν) + b·L^(−1/ν−ω), ω = ${estimate.correction.omega}, b = ${estimate.correction.amplitude.toPrecision(4)}`,
    threshold: { value, standardError, interval: { lower: interval[0], upper: interval[1] } },
    nu: fit.nu,
    amplitude: {
      value: fit.amplitude,
      ...(fit.amplitudeStandardError === undefined
        ? {}
        : { standardError: fit.amplitudeStandardError }),
    },
    chiSquare: fit.chiSquare,
    degreesOfFreedom: fit.degreesOfFreedom,
    seed,
    sizes,
    literature: {
      value: literature.value,
      uncertainty: literature.uncertainty,
      source: literature.source,
      zScore: fit.literature.zScore,
    },
    warnings,
    plot: percolationPlot({
      title: `Finite-size scaling, ${lattice.title} ${estimate.mode}`,
      xTitle: `L^(−1/ν), ν = ${Number(fit.nu.toFixed(4))}`,
      yTitle: "mean spanning fraction p̄(L)",
      points: sims.map((s) => ({
        x: s.size ** (-1 / fit.nu),
        y: s.threshold.value,
        series: "p̄(L)",
      })),
      errorBars: sims.map((s) => ({
        x: s.size ** (-1 / fit.nu),
        lower: s.threshold.value - s.threshold.standardError,
        upper: s.threshold.value + s.threshold.standardError,
        series: "p̄(L)",
      })),
      lines: [
        ...line,
        { x: 0, y: literature.value, series: "literature p_c" },
        { x: xMax * 1.05, y: literature.value, series: "literature p_c" },
      ],
    }),
  };
}
