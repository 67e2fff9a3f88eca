import { isLmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { describe, expect, it } from "vitest";
import { nucleationOverpotential } from "./nucleationOverpotential.js";

/** Li‖Cu first plating: rest at 2.8 V, then −0.5 mA; dip to −tip, relax to −plateau (V). */
function trace(tipV: number, plateauV: number, seed: number, noise = 0.0005) {
  const rng = createRng(seed);
  const n = 4000;
  const time = new Float64Array(n);
  const voltage = new Float64Array(n);
  const current = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i; // s
    time[i] = t;
    if (t < 60) {
      voltage[i] = 2.8;
      continue;
    }
    const s = t - 60;
    current[i] = -5e-4;
    // capacitive fall from 2.8 V to below 0, the nucleation dip, then growth at the plateau
    const fall = 2.8 * Math.exp(-s / 8);
    const dip = (tipV - plateauV) * Math.exp(-(((s - 60) / 25) ** 2));
    voltage[i] = fall - plateauV * (1 - Math.exp(-s / 8)) - dip + noise * rng.normal();
  }
  return { time, voltage, current };
}

describe("nucleation overpotential from a first plating step", () => {
  it("reads η_nuc = 44 mV and a 20 mV plateau (bare-Li-like) within 2 mV", () => {
    const { time, voltage, current } = trace(0.064, 0.02, 1);
    const r = nucleationOverpotential(time, voltage, current);
    expect(r.step.sign).toBe(-1);
    expect(r.tipVoltage).toBeLessThan(0);
    expect(Math.abs(r.nucleation - 0.044)).toBeLessThan(0.002);
    expect(Math.abs(r.plateau - 0.02)).toBeLessThan(0.001);
    expect(Math.abs(r.tipTime - 120)).toBeLessThan(15);
    expect(r.warnings).toEqual([]);
  });

  it("reads the same with the opposite sign convention (current and voltage flipped)", () => {
    const { time, voltage, current } = trace(0.022, 0.02, 2);
    const a = nucleationOverpotential(time, voltage, current);
    const b = nucleationOverpotential(
      time,
      voltage.map((v) => -v),
      current.map((i) => -i),
    );
    expect(b.nucleation).toBeCloseTo(a.nucleation, 12);
    expect(Math.abs(a.nucleation - 0.002)).toBeLessThan(0.0015);
  });

  it("refuses a record with no current and a non-monotonic time", () => {
    const { time, voltage } = trace(0.06, 0.02, 3);
    const code = (f: () => unknown) => {
      try {
        f();
        return "none";
      } catch (e) {
        return isLmbError(e) ? e.code : "other";
      }
    };
    expect(code(() => nucleationOverpotential(time, voltage, new Float64Array(time.length)))).toBe(
      "E_NO_PLATING_STEP",
    );
    const back = time.slice();
    back[100] = 0;
    expect(code(() => nucleationOverpotential(back, voltage, voltage))).toBe("E_NOT_MONOTONIC");
  });
});

describe("nucleation overpotential series", () => {
  it("sorts records by current density and reports each η_nuc", async () => {
    const { nucleationOverpotentialSeries } = await import("./overpotentialSeries.js");
    const a = trace(0.064, 0.02, 4);
    const b = trace(0.05, 0.01, 5);
    const rows = nucleationOverpotentialSeries([
      { ...a, current: a.current.map((i) => 2 * i), area: 1e-4, label: "1 mA cm-2" },
      { ...b, area: 1e-4, label: "0.5 mA cm-2" },
    ]);
    expect(rows.map((r) => r.label)).toEqual(["0.5 mA cm-2", "1 mA cm-2"]);
    expect(rows[0]?.currentDensity).toBeCloseTo(5, 9);
    expect(Math.abs((rows[1]?.result.nucleation ?? 0) - 0.044)).toBeLessThan(0.002);
  });
});
