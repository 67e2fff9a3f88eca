import type { MetalWindowResult, ParticleDescription, PercolationWarning } from "@lmb/schemas";
import type { MetalWindow } from "../continuum/metalWindow.js";
import { spheroidLiteratureWarning } from "./continuumPercolationJson.js";
import { percolationPlot } from "./percolationPlot.js";

/**
 * Turns a {@link MetalWindow} (`metalIncorporationWindow`) into the `MetalWindowResult` of
 * `@lmb/schemas`: the largest non-percolating metal fraction with its 95 % interval, the crossing
 * mean and median, warnings and a plot of the window on the V_f axis.
 *
 * @example
 * metalWindowJson(metalIncorporationWindow({ thickness: 5 }), { shape: "sphere", aspect: 1, penetrable: true }, 1);
 */
export function metalWindowJson(
  window: MetalWindow,
  particles: ParticleDescription,
  seed: number,
): MetalWindowResult {
  const { value, interval } = window.maximumFraction;
  const warnings: PercolationWarning[] = [];
  if (particles.shape === "spheroid") {
    const literature = spheroidLiteratureWarning(
      particles.aspect,
      "; with Garboczi's thresholds this window would be wider",
    );
    if (literature !== undefined) warnings.push(literature);
  }
  const tail = Math.round(window.runs * (1 - window.confidence));
  if (tail < 5) {
    warnings.push({
      code: "W_FEW_TAIL_RUNS",
      message: `only ~${tail} of ${window.runs} runs fall below the window: its interval is wide; use more runs`,
    });
  }
  const y = (series: string) => ({ series });
  return {
    analysis: "metal-window",
    particles,
    thickness: window.thickness,
    lateral: window.lateral,
    confidence: window.confidence,
    runs: window.runs,
    seed,
    maximumFraction: { value, interval },
    crossing: window.crossing,
    note: window.note,
    warnings,
    plot: percolationPlot({
      title: `Metal-incorporated SEI window, h = ${window.thickness} diameters`,
      xTitle: "metal volume fraction V_f",
      yTitle: "",
      points: [
        { x: value, y: 1, ...y(`window (${Math.round(100 * window.confidence)} % no crossing)`) },
        { x: window.crossing.median, y: 0, ...y("median first crossing") },
        { x: window.crossing.mean, y: 0, ...y("mean first crossing") },
      ],
      errorBars: [],
      lines: [
        { x: 0, y: 1, series: "safe (non-conducting)" },
        { x: value, y: 1, series: "safe (non-conducting)" },
        { x: interval.lower, y: 1.1, series: "95 % interval of the window" },
        { x: interval.upper, y: 1.1, series: "95 % interval of the window" },
      ],
    }),
  };
}
