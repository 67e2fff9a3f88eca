import { isLmbError } from "@lmb/errors";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { analyzeCycling } from "../../analysis/analyzeCycling.js";
import { analyzeSymmetricCycling } from "../../cycling/analyzeSymmetricCycling.js";
import { simulateCell } from "./simulateCell.js";
import { cycling, galvanostatic, MAH_CM2, protocolOf } from "./testing/protocolSteps.js";

const liquid = { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" } as const;

describe("a simulated trace feeds the cycling analyses (lmb cycling analyze runs on simulations)", () => {
  it("analyzeSymmetricCycling recovers the model's plateau (ohmic + Butler–Volmer) within 2 %", () => {
    const sim = simulateCell(
      {
        area: "1.13 cm2",
        workingElectrode: { kind: "lithium", thickness: "100 um" },
        counterElectrode: { kind: "lithium", thickness: "100 um" },
        electrolyte: liquid,
        kinetics: { exchangeCurrentDensity: "2 mA cm-2" },
      },
      cycling(50, 1, 1, "plate"),
    );
    // j = 10 A m⁻², j0 = 20 A m⁻²: (4RT/F)·asinh(0.25) + j·L/σ = 24.97 + 2.5 mV
    const expected =
      ((4 * GAS_CONSTANT * 298.15) / FARADAY_CONSTANT) * Math.asinh(0.25) + 10 * 2.5e-4;
    const r = analyzeSymmetricCycling(sim.data);
    expect(r.halfCycles).toHaveLength(100);
    for (const h of r.halfCycles) expect(Math.abs(h.plateau / expected - 1)).toBeLessThan(0.02);
    expect(r.failures.first).toBeNull();
    const umbrella = analyzeCycling(sim.data);
    expect(umbrella.cell).toBe("symmetric");
  });

  it("the asymmetric cell's depletion is seen by the analysis at the simulated time", () => {
    const sim = simulateCell(
      {
        area: "1.13 cm2",
        workingElectrode: { kind: "lithium", thickness: "20 um" },
        counterElectrode: { kind: "lithium", thickness: "100 um" },
        electrolyte: liquid,
        coulombicEfficiency: 0.98,
      },
      cycling(200, 1, 1, "strip"),
    );
    const depletion = sim.events.find((e) => e.kind === "depletion");
    expect(depletion).toBeDefined();
    const r = analyzeSymmetricCycling(sim.data, { cell: "asymmetric" });
    const e = r.failures.voltageLimit;
    expect(e?.time).toBeCloseTo(depletion?.time ?? Number.NaN, -2); // within 100 s (one sample = 60 s)
  });
});

describe("simulateCell rejects impossible input, naming the field", () => {
  const cell = {
    area: "1 cm2",
    workingElectrode: { kind: "lithium", thickness: "20 um" },
    counterElectrode: { kind: "lithium", thickness: "100 um" },
    electrolyte: liquid,
  } as const;

  function codeAndMessage(f: () => unknown): string {
    try {
      f();
    } catch (error) {
      if (isLmbError(error)) return `${error.code} ${error.message}`;
      throw error;
    }
    return "no error";
  }

  it("a step that strips more Li than the electrode holds and has no voltage limit", () => {
    const text = codeAndMessage(() =>
      simulateCell(
        cell,
        protocolOf([galvanostatic("strip", 1, [{ kind: "areal-capacity", value: 5 * MAH_CM2 }])]),
      ),
    );
    expect(text).toMatch(/^E_INVALID_INPUT/);
    expect(text).toMatch(/protocol\.steps\[0\]/);
    expect(text).toMatch(/4\.124 mAh/);
  });

  it("the same step with a voltage limit is fine: it ends there (event `exhausted`)", () => {
    const sim = simulateCell(
      cell,
      protocolOf([
        galvanostatic("strip", 1, [
          { kind: "areal-capacity", value: 5 * MAH_CM2 },
          { kind: "voltage", volts: 1 },
        ]),
      ]),
    );
    expect(sim.summary.endReason).toBe("completed");
    expect(sim.events.map((e) => e.kind)).toEqual(["exhausted"]);
    expect(sim.data.columns.voltage.at(-1)).toBe(1);
  });

  it("charge/discharge steps on a Li‖Li cell, a negative thickness, bad options", () => {
    expect(
      codeAndMessage(() =>
        simulateCell(
          cell,
          protocolOf([galvanostatic("charge", 1, [{ kind: "duration", seconds: 10 }])]),
        ),
      ),
    ).toMatch(/protocol\.steps\[0\]/);
    expect(
      codeAndMessage(() =>
        simulateCell({ ...cell, electrolyte: { ...liquid, thickness: -1e-5 } }, cycling(1, 1, 1)),
      ),
    ).toMatch(/electrolyte\.thickness/);
    expect(
      codeAndMessage(() => simulateCell(cell, cycling(1, 1, 1), { pointsPerStep: 0 })),
    ).toMatch(/options\.pointsPerStep/);
  });
});
