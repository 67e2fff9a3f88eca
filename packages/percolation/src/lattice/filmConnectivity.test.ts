import { describe, expect, it } from "vitest";
import { binomialAverage, filmConnectedFraction } from "./filmConnectivity.js";

describe("film surface connectivity Q(p, h)", () => {
  it("binomial average of Q_n = n is the mean N·p", () => {
    const q = Float64Array.from({ length: 1001 }, (_, n) => n);
    expect(binomialAverage(q, 1000, 0.3)).toBeCloseTo(300, 9);
    expect(binomialAverage(q, 1000, 0)).toBe(0);
    expect(binomialAverage(q, 1000, 1)).toBe(1000);
  });

  it("simple cubic, h = 4: matches the independently computed table (research/percolation.md §2.7b, L = 256)", () => {
    const table: [number, number][] = [
      [0.2, 0.013],
      [0.24, 0.036],
      [0.28, 0.082],
      [0.3116, 0.136],
      [0.34, 0.193],
      [0.4, 0.316],
    ];
    const r = filmConnectedFraction({
      thickness: 4,
      lateral: 64,
      runs: 20,
      seed: 3,
      p: table.map(([p]) => p),
    });
    table.forEach(([, q], i) => {
      const tolerance = q < 0.02 ? 0.25 : 0.08;
      expect(Math.abs((r.connectedFraction[i] as number) / q - 1)).toBeLessThan(tolerance);
    });
  });

  it("falls with thickness below p_c and not above it", () => {
    const thin = filmConnectedFraction({ thickness: 4, lateral: 32, runs: 10, p: [0.25, 0.45] });
    const thick = filmConnectedFraction({ thickness: 12, lateral: 32, runs: 10, p: [0.25, 0.45] });
    expect(thick.connectedFraction[0] as number).toBeLessThan(
      (thin.connectedFraction[0] as number) / 5,
    );
    expect(
      Math.abs((thick.connectedFraction[1] as number) - (thin.connectedFraction[1] as number)),
    ).toBeLessThan(0.03);
  });
});
