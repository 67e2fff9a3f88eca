import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { simulateCell } from "./simulateCell.js";
import { cycling, galvanostatic, MAH_CM2, protocolOf, rest } from "./testing/protocolSteps.js";

const liquid = { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" } as const;
const T = 298.15;

function lithiumCell(thin: string, thick: string, extra: Record<string, unknown> = {}) {
  return {
    area: "1 cm2",
    workingElectrode: { kind: "lithium", thickness: thin },
    counterElectrode: { kind: "lithium", thickness: thick },
    electrolyte: liquid,
    kinetics: { exchangeCurrentDensity: "1 mA cm-2" },
    ...extra,
  } as const;
}

describe("simulateCell — Li‖Li", () => {
  it("plateau = ohmic + symmetric Butler–Volmer, (4RT/F)·asinh(j/2j0) + j·L/σ (theory.md §4.2)", () => {
    const sim = simulateCell(lithiumCell("100 um", "100 um"), cycling(2, 1, 1));
    // j = j0 = 1 mA cm⁻²: η_cell = 49.4543 mV (theory.md §4.2 table); ohmic 10 A m⁻² × 2.5e-4 Ω m² = 2.5 mV
    const expected = ((4 * GAS_CONSTANT * T) / FARADAY_CONSTANT) * Math.asinh(0.5) + 2.5e-3;
    expect(expected).toBeCloseTo(0.0519543, 6);
    const v = sim.data.columns.voltage;
    expect(v[10]).toBeCloseTo(expected, 12); // first half cycle strips the working electrode: V > 0
    expect(v[70]).toBeCloseTo(-expected, 12);
    expect(sim.summary.endReason).toBe("completed");
    expect(sim.summary.cellKind).toBe("symmetric");
    expect(sim.data.columns.time.length).toBe(4 * 61);
    expect(sim.data.columns.time[60]).toBeCloseTo(3600, 9);
  });

  it("with CE = 1 and no leakage, thin‖thick cycles indefinitely and inventories return exactly", () => {
    const sim = simulateCell(lithiumCell("20 um", "100 um"), cycling(1000, 1, 1), {
      pointsPerStep: 4,
    });
    expect(sim.summary.endReason).toBe("completed");
    expect(sim.summary.lithium.final.working).toBeCloseTo(sim.summary.lithium.initial.working, 9);
    expect(sim.summary.lithium.final.deadLithium).toBe(0);
  });

  it("CE < 1: the thin electrode runs out when the analytic bookkeeping says, then the voltage goes to +5 V", () => {
    const ce = 0.99;
    const sim = simulateCell(
      lithiumCell("20 um", "100 um", { coulombicEfficiency: ce }),
      cycling(1000, 1, 1),
      { pointsPerStep: 4 },
    );
    // Q0 = 20 µm of Li; each cycle strips q then plates back CE·q: after n cycles Q0 − n(1 − CE)q.
    // The strip of cycle n (0-based) fails when Q0 − n(1 − CE)q < q: n = ceil((Q0 − q)/((1 − CE)q)).
    const q0 = sim.cell.working.inventory;
    const q = MAH_CM2;
    const n = Math.ceil((q0 - q) / ((1 - ce) * q));
    const depletion = sim.summary.events.find((e) => e.kind === "depletion");
    expect(sim.summary.endReason).toBe("depletion");
    expect(depletion?.cycle).toBe(n);
    expect(depletion?.electrode).toBe("working");
    const remaining = q0 - n * (1 - ce) * q;
    const time = n * 2 * 3600 + (remaining / q) * 3600; // s
    expect((depletion?.time ?? 0) * 3600).toBeCloseTo(time, 6);
    const v = sim.data.columns.voltage;
    expect(v[v.length - 1]).toBe(5);
    expect(sim.summary.cycleLife?.estimate).toBeCloseTo((q0 / q - 1) / (1 - ce), 6);
    expect(sim.summary.lithium.conservationError).toBeLessThan(1e-12);
  });

  it("leakage: the thin electrode at rest is consumed at i_leak = U/r_rxn in the percolating limit", () => {
    // σ_e huge → i_leak = U/r_rxn exactly (δ/σ_e ≈ 0); 20 µm Li = 148 486 C m⁻²
    const r = 1e3; // Ω m² (1e7 Ω cm²): i_leak = 1e-3 A m⁻² = 0.1 µA cm⁻²
    const sim = simulateCell(
      lithiumCell("20 um", "100 um", {
        interphase: {
          initialThickness: "10 nm",
          ionicConductivity: 1e-4,
          electronicConductivity: 1e12,
          drivingPotential: 1,
          reactionResistance: r,
        },
      }),
      protocolOf([
        rest(1000 * 3600),
        galvanostatic("strip", 1, [{ kind: "duration", seconds: 14_800 }]),
      ]),
      { pointsPerStep: 10 },
    );
    const q0 = sim.cell.working.inventory;
    const leak = 1 / r;
    // During the rest both electrodes lose i_leak·t; then stripping at 10 A m⁻² + leak
    const left = q0 - leak * 1000 * 3600;
    const t = 1000 * 3600 + left / (10 + leak);
    const depletion = sim.summary.events.find((e) => e.kind === "depletion");
    expect(depletion).toBeDefined();
    expect(Math.abs(((depletion?.time ?? 0) * 3600) / t - 1)).toBeLessThan(1e-6);
    expect(sim.summary.interphase?.regime).toBe("linear");
    expect(sim.summary.lithium.conservationError).toBeLessThan(1e-12);
  });

  it("leakage alone (rests only) empties the thin electrode at Q0/i_leak and then stops", () => {
    const r = 1e2;
    const sim = simulateCell(
      lithiumCell("1 um", "100 um", {
        interphase: {
          initialThickness: "10 nm",
          ionicConductivity: 1e-4,
          electronicConductivity: 1e12,
          drivingPotential: 1,
          reactionResistance: r,
        },
      }),
      protocolOf([rest(1e7)]),
      { pointsPerStep: 100 },
    );
    const q0 = sim.cell.working.inventory;
    const tDry = q0 * r; // s
    const w = sim.state.workingInventory;
    const t = sim.state.time;
    let k = 0;
    while (k < w.length && (t[k] as number) < tDry) k++;
    expect(w[w.length - 1]).toBeCloseTo(0, 6);
    // at sample times before t_dry the inventory is Q0 − t/r
    expect(w[k - 1]).toBeCloseTo(q0 - (t[k - 1] as number) / r, 6);
    expect(sim.summary.lithium.conservationError).toBeLessThan(1e-12);
  });

  it("records the instrument limit when a step's own voltage limit is missing and Li runs out mid-step", () => {
    // first step strips 2 of the thin electrode's 4.12 mAh cm⁻², CE 0.5 halves each return
    const sim = simulateCell(
      lithiumCell("20 um", "100 um", { coulombicEfficiency: 0.5 }),
      cycling(10, 1, 2),
      { pointsPerStep: 10 },
    );
    expect(sim.summary.endReason).toBe("depletion");
    expect(sim.summary.message).toMatch(/ran out of Li/);
  });
});
