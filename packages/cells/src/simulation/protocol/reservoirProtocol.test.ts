import { CellProtocolSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { parseProtocol } from "./parseProtocol.js";
import { reservoirProtocol } from "./reservoirProtocol.js";

// Adams, Zheng, Ren, Wang, Zhang, Xu, Adv. Energy Mater. 8 (2018) 1702097 (theory.md §8):
// formation (plate 5 mAh cm⁻² on Cu at 0.5 mA cm⁻², strip to 1 V), plate Q_T = 5 mAh cm⁻²,
// 10 × Q_C = 1 mAh cm⁻², strip everything to 1 V. 0.5 mA cm⁻² = 5 A m⁻²;
// 5 mAh cm⁻² = 180 000 C m⁻²; 1 mAh cm⁻² = 36 000 C m⁻².
const ADAMS = "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 10, cut-off 1 V";
const J = { kind: "density", value: 5 };
const QT = { kind: "areal-capacity", value: 180_000 };
const QC = { kind: "areal-capacity", value: 36_000 };
const CUTOFF = { kind: "voltage", volts: 1 };

describe("Reservoir: the Li‖Cu reservoir protocol of Adams et al. 2018", () => {
  it("expands to formation (2), reservoir plate (1), 10 cycles (20) and the final strip (1)", () => {
    const p = CellProtocolSchema.parse(parseProtocol(ADAMS));
    expect(p.steps).toHaveLength(24);
    const view = p.steps.map((s) =>
      s.kind === "galvanostatic"
        ? { d: s.direction, j: s.current, l: s.limits, c: s.cycle, t: s.tags }
        : s,
    );
    expect(view[0]).toEqual({ d: "plate", j: J, l: [QT], c: 0, t: ["reservoir-formation"] });
    expect(view[1]).toEqual({ d: "strip", j: J, l: [CUTOFF], c: 0, t: ["reservoir-formation"] });
    expect(view[2]).toEqual({ d: "plate", j: J, l: [QT], c: 0, t: ["reservoir-plate"] });
    for (let k = 0; k < 10; k++) {
      expect(view[3 + 2 * k]).toEqual({
        d: "plate",
        j: J,
        l: [QC],
        c: k + 1,
        t: ["reservoir-cycle"],
      });
      expect(view[4 + 2 * k]).toEqual({
        d: "strip",
        j: J,
        l: [QC, CUTOFF],
        c: k + 1,
        t: ["reservoir-cycle"],
      });
    }
    expect(view[23]).toEqual({
      d: "strip",
      j: J,
      l: [CUTOFF],
      c: 10,
      t: ["reservoir-final-strip"],
    });
    expect(p.steps.every((s) => s.source.text === ADAMS && s.source.offset === 0)).toBe(true);
  });

  it("accepts 'cutoff' and 'cut off', absolute capacities, and ', no formation'", () => {
    const p = parseProtocol("Reservoir at 0.5 mA: 5 mAh, 1 mAh x 3, cut off 500 mV, no formation");
    expect(p.steps).toHaveLength(8);
    expect(p.steps[0]).toMatchObject({
      direction: "plate",
      current: { kind: "current", value: 5e-4 },
      limits: [{ kind: "capacity", value: 18 }],
      tags: ["reservoir-plate"],
    });
    expect(p.steps[7]).toMatchObject({ limits: [{ kind: "voltage", volts: 0.5 }] });
    expect(
      parseProtocol("Reservoir at 1 mA cm-2: 4 mAh cm-2, 1 mAh cm-2 x 5, cutoff 0.5 V").steps,
    ).toHaveLength(14);
  });

  it("sits among other steps: the rest before it is cycle 0, the rest after it is in the last cycle", () => {
    const p = parseProtocol(`Rest for 6 h\n${ADAMS}\nRest for 1 h`);
    expect(p.steps).toHaveLength(26);
    expect(p.steps[1]?.source.offset).toBe(13);
    expect(p.steps[25]).toMatchObject({ kind: "rest", seconds: 3600, cycle: 10, tags: [] });
  });
});

describe("reservoirProtocol builder", () => {
  it("defaults to Adams et al.'s protocol, with the same text and steps as parseProtocol", () => {
    const built = reservoirProtocol();
    expect(built.text).toBe(ADAMS);
    expect(CellProtocolSchema.parse(built)).toEqual(parseProtocol(ADAMS));
  });

  it("takes SI options and writes them in customary units", () => {
    const built = reservoirProtocol({
      currentDensity: 10,
      reservoirCapacity: 144_000,
      cycleCapacity: 18_000,
      cycles: 20,
      cutoffVoltage: 0.5,
      formation: false,
    });
    expect(built.text).toBe(
      "Reservoir at 1 mA cm-2: 4 mAh cm-2, 0.5 mAh cm-2 x 20, cut-off 0.5 V, no formation",
    );
    expect(built.steps).toHaveLength(42);
    expect(parseProtocol(built.text)).toEqual(built);
  });

  it.each([
    [{ currentDensity: 0 }, "options.currentDensity"],
    [{ reservoirCapacity: -1 }, "options.reservoirCapacity"],
    [{ cycleCapacity: Number.NaN }, "options.cycleCapacity"],
    [{ cycles: 2.5 }, "options.cycles"],
    [{ cycles: 0 }, "options.cycles"],
    [{ cutoffVoltage: Number.POSITIVE_INFINITY }, "options.cutoffVoltage"],
  ])("refuses %j (E_PROTOCOL_INVALID at %s)", (options, source) => {
    expect(() => reservoirProtocol(options)).toThrow(
      expect.objectContaining({ code: "E_PROTOCOL_INVALID", location: { source } }),
    );
  });
});
