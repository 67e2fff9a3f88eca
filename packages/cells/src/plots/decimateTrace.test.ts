import { describe, expect, it } from "vitest";
import { decimateTrace } from "./decimateTrace.js";
import { voltageTimePlot } from "./voltageTimePlot.js";

describe("decimateTrace (min/max per pixel column)", () => {
  it("keeps every spike of a 5-million-point trace in ≤ 4 points per bucket", () => {
    const n = 5_000_000;
    const t = new Float64Array(n);
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      t[i] = i; // 1 s sampling ≈ 1 390 h
      v[i] = 0.02 * Math.sign(Math.sin((2 * Math.PI * i) / 7200) || 1);
    }
    v[1_234_567] = 5; // one-point spike (instrument limit)
    v[4_000_001] = -0.5;
    const { x, y } = decimateTrace(t, v, 800);
    expect(x.length).toBeLessThanOrEqual(3200);
    expect(Math.max(...y)).toBe(5);
    expect(Math.min(...y)).toBe(-0.5);
    expect(x[y.indexOf(5)]).toBe(1_234_567);
    for (let k = 1; k < x.length; k++) expect(x[k] as number).toBeGreaterThan(x[k - 1] as number);
    const spec = voltageTimePlot(t, v, { events: [{ time: 1_234_567, label: "limit" }] });
    expect(JSON.stringify(spec).length).toBeLessThan(300_000);
  });

  it("returns short ranges unchanged and skips non-finite points; refuses bad input", () => {
    const t = Float64Array.from([0, 1, 2, 3]);
    const v = Float64Array.from([1, Number.NaN, 3, 4]);
    expect(decimateTrace(t, v, 10)).toEqual({ x: [0, 2, 3], y: [1, 3, 4] });
    expect(decimateTrace(t, v, 10, 2, 4)).toEqual({ x: [2, 3], y: [3, 4] });
    expect(() => decimateTrace(t, v.subarray(1), 10)).toThrowError(/x has 4 points, y 3/);
    expect(() => decimateTrace(t, v, 0)).toThrowError(/0 buckets/);
  });
});
