import { sandTime } from "@lmb/nucleation";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { analyzeSymmetricCycling } from "../../cycling/analyzeSymmetricCycling.js";
import { concentrationStep } from "./concentrationPolarization.js";
import { simulateCell } from "./simulateCell.js";
import { cycling, galvanostatic, protocolOf } from "./testing/protocolSteps.js";

// Valøen–Reimers 1 M LiPF6 (theory.md §3): D = 3.22e-10 m² s⁻¹, t₊ = 0.38
const VR = { diffusivity: 3.22e-10, concentration: 1000, transferenceNumber: 0.38 };
const T = 298.15;

describe("concentrationStep (binary electrolyte between two planar electrodes)", () => {
  it("early times in a thick cell: c(0, t) = c0 − 2N√(t/πD), the semi-infinite profile of Sand", () => {
    const c = concentrationStep(
      { ...VR, thickness: 1e-2, temperature: T },
      new Float64Array(64),
      -100,
    );
    const N = (100 * 0.62) / FARADAY_CONSTANT;
    for (const t of [100, 300, 600]) {
      const expected = 1000 - 2 * N * Math.sqrt(t / (Math.PI * 3.22e-10));
      expect(Math.abs(c.working(t) - expected) / 1000).toBeLessThan(1e-4);
    }
  });

  it("steady state: the linear profile, c = c0(1 ∓ j/j_lim), j_lim = 2FDc0/((1 − t₊)L)", () => {
    const c = concentrationStep(
      { ...VR, thickness: 25e-6, temperature: T },
      new Float64Array(64),
      50,
    );
    const jlim = (2 * FARADAY_CONSTANT * 3.22e-10 * 1000) / (0.62 * 25e-6);
    expect(c.limitingCurrentDensity).toBeCloseTo(jlim, 9); // ≈ 4008 A m⁻² = 401 mA cm⁻² (theory.md §3 table)
    expect(jlim / 10).toBeCloseTo(401, 0);
    expect(c.working(100) / 1000).toBeCloseTo(1 + 50 / jlim, 9);
    expect(c.counter(100) / 1000).toBeCloseTo(1 - 50 / jlim, 9);
  });
});

describe("simulateCell with salt transport", () => {
  const thick = {
    area: "1 cm2",
    workingElectrode: { kind: "lithium", thickness: "100 um" },
    counterElectrode: { kind: "lithium", thickness: "100 um" },
    electrolyte: { kind: "liquid", conductivity: "10 mS cm-1", thickness: "1 cm", ...VR },
  } as const;

  it("Sand's limit in a 1 cm cell at 10 mA cm⁻²: 612.5 s (theory.md §3 spot value, @lmb/nucleation)", () => {
    const sim = simulateCell(
      thick,
      protocolOf([galvanostatic("plate", 10, [{ kind: "duration", seconds: 3600 }])]),
      { samplingInterval: 5 },
    );
    const reference = sandTime(100, VR).time ?? 0;
    expect(reference).toBeCloseTo(612.5, 1);
    const sand = sim.events.find((e) => e.kind === "sand-limit");
    expect(sim.summary.endReason).toBe("sand-limit");
    expect(Math.abs((sand?.time ?? 0) - reference) / reference).toBeLessThan(2e-4);
    expect(sim.data.columns.voltage.at(-1)).toBe(-5);
  });

  it("a 25 µm coin cell below its limiting current has no Sand time; η_conc is (2RT/F)(1 − t₊)ln((1 + j/j_lim)/(1 − j/j_lim))", () => {
    const coin = {
      ...thick,
      electrolyte: { ...thick.electrolyte, thickness: "25 um", conductivity: "1 mS cm-1" },
    };
    const withSalt = simulateCell(coin, cycling(2, 10, 1));
    const { diffusivity, concentration, transferenceNumber, ...bare } = coin.electrolyte;
    const without = simulateCell({ ...coin, electrolyte: bare }, cycling(2, 10, 1));
    expect(withSalt.summary.endReason).toBe("completed");
    const jlim = (2 * FARADAY_CONSTANT * 3.22e-10 * 1000) / (0.62 * 25e-6);
    const x = 100 / jlim;
    const eta = ((2 * GAS_CONSTANT * T * 0.62) / FARADAY_CONSTANT) * Math.log((1 + x) / (1 - x));
    const k = 30; // mid first half cycle (steady within seconds: L²/D = 1.9 s)
    const v1 = withSalt.data.columns.voltage[k] as number;
    const v0 = without.data.columns.voltage[k] as number;
    expect(v1 - v0).toBeCloseTo(eta, 9);
  });
});

describe("nucleation spike", () => {
  it("the first plating's spike is read back by the symmetric analysis (@lmb/nucleation) within 2 %", () => {
    const sim = simulateCell(
      {
        area: "1.13 cm2",
        workingElectrode: { kind: "lithium", thickness: "100 um" },
        counterElectrode: { kind: "lithium", thickness: "100 um" },
        electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
        nucleation: { overpotential: "40 mV", tipTime: "30 s" },
      },
      cycling(5, 0.5, 1, "plate"),
      { samplingInterval: 2 },
    );
    // Li electrodes: the spike appears once per electrode (first plating on each)
    expect(sim.events.filter((e) => e.kind === "nucleation").map((e) => e.electrode)).toEqual([
      "working",
      "counter",
    ]);
    const r = analyzeSymmetricCycling(sim.data);
    expect(Math.abs((r.nucleation?.nucleation ?? 0) / 0.04 - 1)).toBeLessThan(0.02);
  });
});
