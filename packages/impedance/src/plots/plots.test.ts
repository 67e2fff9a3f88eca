import { VegaLiteSpecSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { bodePlot } from "./bodePlot.js";
import { nyquistPlot } from "./nyquistPlot.js";
import { impedancePlotRows } from "./plotRows.js";

const measured = { frequency: [1000, 10, 0.1], zReal: [10, 60, 110], zImag: [-5, -50, -2] };

describe("impedance plots", () => {
  it("rows carry −Z″, |Z| and −phase in degrees, highest frequency first", () => {
    const rows = impedancePlotRows({ frequency: [1, 100], zReal: [1, 1], zImag: [-1, 0] });
    expect(rows.map((r) => r.frequency)).toEqual([100, 1]);
    expect(rows[1]).toMatchObject({ minusZImag: 1, series: "data", index: 1 });
    expect(rows[1]?.modulus).toBeAllClose(Math.SQRT2, { rtol: 1e-15 });
    expect(rows[1]?.minusPhase).toBeAllClose(45, { rtol: 1e-14 });
  });

  it("a Nyquist plot without a fit has one layer and equal axis spans", () => {
    const spec = nyquistPlot(measured, undefined, { title: "cell A", size: 300 });
    expect(VegaLiteSpecSchema.safeParse(spec).success).toBe(true);
    expect(spec).toMatchObject({ title: "cell A", width: 300, height: 300 });
    const layer = spec.layer as {
      encoding: { x: { scale: { domain: number[] } }; y: { scale: { domain: number[] } } };
    }[];
    expect(layer).toHaveLength(1);
    const first = layer[0] as (typeof layer)[number];
    const [x0, x1] = first.encoding.x.scale.domain as [number, number];
    const [y0, y1] = first.encoding.y.scale.domain as [number, number];
    expect(x1 - x0).toBeAllClose(y1 - y0, { rtol: 1e-12 });
    expect(x0).toBeLessThanOrEqual(10);
    expect(x1).toBeGreaterThanOrEqual(110);
    expect(y0).toBeLessThanOrEqual(0);
  });

  it("a Bode plot has |Z| (log) and −phase panels over log frequency, with the fit as a line", () => {
    const fit = {
      frequency: [1000, 100, 10, 1, 0.1],
      zReal: [10, 20, 60, 100, 110],
      zImag: [-5, -30, -50, -20, -2],
    };
    const spec = bodePlot(measured, fit) as unknown as {
      vconcat: {
        layer: {
          mark: { type: string };
          encoding: { x: { scale: { type: string } }; y: { field: string } };
        }[];
      }[];
    };
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.vconcat[0]?.layer.map((l) => l.mark.type)).toEqual(["point", "line"]);
    expect(spec.vconcat[0]?.layer[0]?.encoding.x.scale.type).toBe("log");
    expect(spec.vconcat[1]?.layer[0]?.encoding.y.field).toBe("minusPhase");
  });
});
