import type { ProtocolStep } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { fullCellCycling } from "../../fullCell/fullCellCycling.js";
import { lithiumCopperEfficiency } from "../../lithiumCopper/lithiumCopperEfficiency.js";
import { simulateCell } from "./simulateCell.js";
import { galvanostatic, MAH_CM2, protocolOf } from "./testing/protocolSteps.js";

const liquid = { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" } as const;

function copperCycles(cycles: number, q: number): ProtocolStep[] {
  const steps: ProtocolStep[] = [];
  for (let c = 0; c < cycles; c++) {
    steps.push(galvanostatic("plate", 0.5, [{ kind: "areal-capacity", value: q * MAH_CM2 }], c));
    steps.push(galvanostatic("strip", 0.5, [{ kind: "voltage", volts: 0.5 }], c));
  }
  return steps;
}

function fullCycles(cycles: number, c: number): ProtocolStep[] {
  const steps: ProtocolStep[] = [];
  for (let k = 0; k < cycles; k++) {
    steps.push({
      ...galvanostatic("charge", 1, [{ kind: "voltage", volts: 4.2 }], k),
      current: { kind: "c-rate", value: c },
    });
    steps.push({
      ...galvanostatic("discharge", 1, [{ kind: "voltage", volts: 2.5 }], k),
      current: { kind: "c-rate", value: c },
    });
  }
  return steps;
}

describe("simulateCell — Li‖Cu", () => {
  it("each strip returns CE·q and ends at the 0.5 V cut-off; lithiumCopperEfficiency reads CE back", () => {
    const ce = 0.97;
    const sim = simulateCell(
      {
        area: "1.13 cm2",
        workingElectrode: { kind: "copper" },
        counterElectrode: { kind: "lithium", thickness: "50 um" },
        electrolyte: liquid,
        coulombicEfficiency: ce,
        nucleation: { overpotential: "40 mV" },
      },
      protocolOf(copperCycles(20, 1)),
    );
    expect(sim.summary.cellKind).toBe("lithium-copper");
    expect(sim.summary.endReason).toBe("completed");
    for (const row of sim.summary.cycles) {
      expect(row.toWorking).toBeCloseTo(1, 9);
      expect(row.fromWorking).toBeCloseTo(ce, 9); // mAh cm⁻²
    }
    // bare Cu nucleates at every plating; the Li counter only the first time Li returns to it
    const nucleation = sim.events.filter((e) => e.kind === "nucleation");
    expect(nucleation.filter((e) => e.electrode === "working")).toHaveLength(20);
    expect(nucleation.filter((e) => e.electrode === "counter")).toHaveLength(1);
    const r = lithiumCopperEfficiency(sim.data);
    expect(r.cycles).toHaveLength(20);
    for (const c of r.cycles) expect(c.coulombicEfficiency).toBeCloseTo(ce, 6);
    // every plating on Li metal loses 1 − CE: q on the Cu, and CE·q back on the Li counter
    expect(sim.summary.lithium.final.deadLithium).toBeCloseTo(20 * (1 - ce) * (1 + ce), 9);
  });
});

describe("simulateCell — cathode‖Li with a limited Li excess", () => {
  const ce = 0.99;
  const config = {
    area: "1 cm2",
    workingElectrode: {
      kind: "cathode",
      material: "LFP",
      specificCapacity: "170 mAh/g",
      massLoading: "11.7647 mg cm-2", // 2.0 mAh cm⁻²
      voltageCurve: "LFP",
    },
    counterElectrode: { kind: "lithium", arealCapacity: "1 mAh cm-2" },
    electrolyte: liquid,
    coulombicEfficiency: ce,
  } as const;

  it("keeps full capacity for N ≈ Q_excess/((1 − CE)·Q) cycles, then fades as CEⁿ", () => {
    const sim = simulateCell(config, protocolOf(fullCycles(120, 0.5)), { pointsPerStep: 20 });
    expect(sim.summary.cellKind).toBe("full-cell");
    expect(sim.summary.endReason).toBe("completed");
    const q = 170 * 11.7647e-3; // mAh cm⁻²
    const estimate = sim.summary.cycleLife?.estimate ?? 0;
    expect(estimate).toBeCloseTo(1 / ((1 - ce) * q), 3); // ≈ 50 cycles
    const discharge = sim.summary.cycles.map((c) => c.toWorking);
    // before N every discharge returns the full charge; after it, the anode runs dry first
    const n = Math.floor(estimate);
    for (let k = 0; k < n - 1; k++) expect(discharge[k]).toBeCloseTo(q, 6);
    // anode excess gone: discharge k delivers CE·(charge k), the charge extracts what came back
    for (let k = n + 2; k < 120; k++) {
      expect((discharge[k] as number) / (discharge[k - 1] as number)).toBeCloseTo(ce, 6);
    }
    expect(sim.summary.lithium.conservationError).toBeLessThan(1e-12);
  });

  it("the full-cell analysis reads the simulated capacities (active mass from the config)", () => {
    const sim = simulateCell(config, protocolOf(fullCycles(80, 0.5)), { pointsPerStep: 20 });
    const r = fullCellCycling(sim.data);
    // 11.7647 mg cm⁻² × 1 cm² = 11.7647 mg = 1.17647e-5 kg
    expect(r.activeMass).toBeCloseTo(1.17647e-5, 12);
    expect(r.cycles.length).toBe(80);
    // 170 mAh g⁻¹ × 11.7647 mg = 2.0 mAh = 7.2 C, delivered in full while the Li excess lasts
    const delivered = sim.summary.cycles[0]?.toWorking ?? 0;
    expect(delivered * MAH_CM2 * 1e-4).toBeCloseTo(7.2, 3);
    expect(r.cycles[0]?.dischargeCapacity).toBeCloseTo(7.2, 3);
    expect(r.cycles[0]?.specificDischargeCapacity).toBeCloseTo(170 * 3600, -2); // C kg⁻¹
    // the analysis sees the fade once the 1 mAh cm⁻² excess is used up (≈ 50 cycles)
    expect(r.cycles[79]?.dischargeCapacity ?? 0).toBeLessThan(0.8 * 7.2);
  });
});
