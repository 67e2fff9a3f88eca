import type { ImpedanceData } from "../fit/impedanceData.js";

/** One row of the inline data of the impedance plots. */
export interface ImpedancePlotRow {
  series: "data" | "fit";
  /** Position along the curve (for line order). */
  index: number;
  frequency: number;
  zReal: number;
  minusZImag: number;
  modulus: number;
  /** −arg Z in degrees (positive for capacitive). */
  minusPhase: number;
}

/**
 * Rows for the Nyquist and Bode specs: measured points (`series: "data"`) and, when given, the
 * model curve (`series: "fit"`), sorted by decreasing frequency within each series.
 *
 * @example
 * const rows = impedancePlotRows({ frequency: [1], zReal: [1], zImag: [-1] });
 */
export function impedancePlotRows(
  measured: ImpedanceData,
  fit?: ImpedanceData,
): ImpedancePlotRow[] {
  const rows: ImpedancePlotRow[] = [];
  const add = (series: "data" | "fit", d: ImpedanceData) => {
    const order = Array.from({ length: d.frequency.length }, (_, i) => i).sort(
      (a, b) => (d.frequency[b] as number) - (d.frequency[a] as number),
    );
    order.forEach((i, index) => {
      const re = d.zReal[i] as number;
      const im = d.zImag[i] as number;
      rows.push({
        series,
        index,
        frequency: d.frequency[i] as number,
        zReal: re,
        minusZImag: -im,
        modulus: Math.hypot(re, im),
        minusPhase: (-Math.atan2(im, re) * 180) / Math.PI,
      });
    });
  };
  add("data", measured);
  if (fit) add("fit", fit);
  return rows;
}

/** Layers that draw measured points and the fit line for the given x/y encodings. */
export function dataAndFitLayers(
  x: Record<string, unknown>,
  y: Record<string, unknown>,
  withFit: boolean,
): Record<string, unknown>[] {
  const color = {
    field: "series",
    type: "nominal",
    title: null,
    scale: { domain: ["data", "fit"], range: ["#1f77b4", "#d62728"] },
  };
  const tooltip = [
    { field: "frequency", type: "quantitative", title: "f (Hz)", format: ".4~g" },
    { field: "zReal", type: "quantitative", title: "Z′ (Ω)", format: ".4~g" },
    { field: "minusZImag", type: "quantitative", title: "−Z″ (Ω)", format: ".4~g" },
  ];
  const layers: Record<string, unknown>[] = [
    {
      transform: [{ filter: "datum.series === 'data'" }],
      mark: { type: "point", filled: true, size: 30 },
      encoding: { x, y, color, tooltip },
    },
  ];
  if (withFit) {
    layers.push({
      transform: [{ filter: "datum.series === 'fit'" }],
      mark: { type: "line", strokeWidth: 1.5 },
      encoding: { x, y, color, order: { field: "index", type: "quantitative" } },
    });
  }
  return layers;
}
