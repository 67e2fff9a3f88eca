import { describe, expect, it } from "vitest";
import { DemoProtocolSchema } from "./demoProtocolSchema.js";

const protocol = {
  title: "Li‖Li at 1 mA cm⁻²",
  symmetricCell: {
    lithiumThickness: "50 um",
    currentDensity: "1 mA cm-2",
    capacityPerHalfCycle: "1 mAh cm-2",
    duration: "500 h",
  },
  cathode: {
    material: "LFP",
    specificCapacity: "170 mAh/g",
    massLoading: "10 mg cm-2",
    area: "1.13 cm2",
    cRate: 1,
  },
  blockingCell: {
    thickness: "500 um",
    resistance: "25 ohm",
    area: "1.13 cm2",
    temperature: "25 °C",
  },
  activationEnergy: "40 kJ/mol",
};

describe("DemoProtocolSchema", () => {
  it("accepts a protocol written with customary unit notations", () => {
    expect(DemoProtocolSchema.parse(protocol)).toEqual(protocol);
    const unicode = {
      ...protocol,
      symmetricCell: {
        ...protocol.symmetricCell,
        lithiumThickness: "50 µm",
        currentDensity: "1 mA cm⁻²",
      },
    };
    expect(DemoProtocolSchema.safeParse(unicode).success).toBe(true);
  });

  it("rejects a quantity of the wrong dimension at its path", () => {
    const wrong = { ...protocol, cathode: { ...protocol.cathode, massLoading: "10 mg" } };
    const issues = DemoProtocolSchema.safeParse(wrong).error?.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([["cathode", "massLoading"]]);
    expect(issues[0]?.message).toMatch(/^E_UNIT_MISMATCH: /);
  });

  it("rejects misspelt keys and a non-positive C-rate", () => {
    const typo = { ...protocol, blockingCell: { ...protocol.blockingCell, resistence: "25 ohm" } };
    expect(DemoProtocolSchema.safeParse(typo).success).toBe(false);
    const zero = { ...protocol, cathode: { ...protocol.cathode, cRate: 0 } };
    expect(DemoProtocolSchema.safeParse(zero).success).toBe(false);
  });
});
