import { CellProtocolSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { ccdProtocol } from "./ccdProtocol.js";
import { parseProtocol } from "./parseProtocol.js";

const HOUR = { kind: "duration", seconds: 3600 } as const;

/** Per-step current values of a protocol (A m⁻² for densities). */
function currents(text: string): number[] {
  return parseProtocol(text).steps.map((s) => (s.kind === "galvanostatic" ? s.current.value : 0));
}

describe("Ramp: step-increase CCD ladders (theory.md §7.1)", () => {
  it("the issue's ladder 0.1 → 3 mA cm⁻² by 0.1, 1 h each, x 5: 30 rungs × 5 cycles × 2 = 300 steps", () => {
    const text = "Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3 mA cm-2 for 1 h each x 5";
    const p = CellProtocolSchema.parse(parseProtocol(text));
    expect(p.steps).toHaveLength(300);
    // Rung k (0-based) is (k + 1) A m⁻² (0.1 mA cm⁻² = 1 A m⁻²), exactly.
    const expected = Array.from({ length: 30 }, (_, k) => Array(10).fill(k + 1)).flat();
    expect(currents(text)).toEqual(expected);
    expect(p.steps.every((s) => s.tags.length === 1 && s.tags[0] === "ccd-rung")).toBe(true);
    expect(p.steps.map((s) => s.cycle)).toEqual(
      Array.from({ length: 300 }, (_, i) => Math.floor(i / 2)),
    );
    expect(p.steps[0]).toMatchObject({ direction: "plate", limits: [HOUR] });
    expect(p.steps[1]).toMatchObject({ direction: "strip", limits: [HOUR] });
    expect(p.steps[299]?.source).toEqual({ text, offset: 0 });
  });

  it("Sim 2025's ladder 0.1 → 3.2 mA cm⁻² (SCIENCE.md) has 32 rungs, the last 32 A m⁻²", () => {
    const c = currents("Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3.2 mA cm-2 for 1 h");
    expect(c).toHaveLength(64);
    expect(c.at(-1)).toBe(32);
  });

  it("0.05 mA cm⁻² steps are exact to 15 digits: 0.05, 0.1, …, 0.5 mA cm⁻²", () => {
    const c = currents(
      "Ramp plate/strip from 0.05 mA cm-2 by 0.05 mA cm-2 to 0.5 mA cm-2 for 30 min",
    );
    expect(c.filter((_, i) => i % 2 === 0)).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  });

  it("a geometric (doubling) ladder: 0.1, 0.2, 0.4, 0.8, 1.6, 3.2 mA cm⁻²", () => {
    const c = currents(
      "Ramp plate/strip from 0.1 mA cm-2 times 2 to 3.2 mA cm-2 for 1 mAh cm-2 each",
    );
    expect(c.filter((_, i) => i % 2 === 0)).toEqual([1, 2, 4, 8, 16, 32]);
  });

  it("the last rung is the largest not above the end current", () => {
    const c = currents("Ramp plate/strip from 0.1 mA cm-2 by 0.25 mA cm-2 to 1 mA cm-2 for 1 h");
    expect(c.filter((_, i) => i % 2 === 0)).toEqual([1, 3.5, 6, 8.5]);
  });

  it("fixed areal capacity per half cycle with a voltage safety limit; one direction; strip first", () => {
    const p = parseProtocol(
      "Ramp strip from 0.5 mA cm-2 by 0.5 mA cm-2 to 1 mA cm-2 for 0.5 mAh cm-2 or until 5 V each x 2",
    );
    expect(p.steps.map((s) => (s.kind === "galvanostatic" ? s.direction : s.kind))).toEqual([
      "strip",
      "strip",
      "strip",
      "strip",
    ]);
    expect(p.steps[0]).toMatchObject({
      limits: [
        { kind: "areal-capacity", value: 18_000 },
        { kind: "voltage", volts: 5 },
      ],
    });
    const r = parseProtocol("Ramp strip/plate from 1 mA by 1 mA to 2 mA for 1 h");
    expect(
      r.steps.map((s) => (s.kind === "galvanostatic" ? [s.direction, s.current] : [])),
    ).toEqual([
      ["strip", { kind: "current", value: 0.001 }],
      ["plate", { kind: "current", value: 0.001 }],
      ["strip", { kind: "current", value: 0.002 }],
      ["plate", { kind: "current", value: 0.002 }],
    ]);
  });

  it("a ramp among other steps continues the cycle count", () => {
    const p = parseProtocol(
      "Rest for 1 h\nRamp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 0.2 mA cm-2 for 1 h\nRest for 1 h",
    );
    expect(p.steps.map((s) => s.cycle)).toEqual([0, 1, 1, 2, 2, 2]);
    expect(p.steps[0]?.tags).toEqual([]);
  });
});

describe("ccdProtocol builder", () => {
  it("builds the issue's ladder with the same text and steps as parseProtocol", () => {
    const built = ccdProtocol({ start: 1, step: 1, end: 30, limits: [HOUR], cyclesPerRung: 5 });
    expect(built.text).toBe(
      "Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3 mA cm-2 for 1 h each x 5",
    );
    expect(CellProtocolSchema.parse(built)).toEqual(parseProtocol(built.text));
  });

  it("builds a geometric ladder in absolute current and C-rate", () => {
    const amps = ccdProtocol({
      start: 1e-4,
      factor: 2,
      end: 8e-4,
      kind: "current",
      limits: [HOUR],
    });
    expect(amps.text).toBe("Ramp plate/strip from 0.1 mA times 2 to 0.8 mA for 1 h each x 1");
    expect(
      amps.steps
        .filter((_, i) => i % 2 === 0)
        .map((s) => s.kind === "galvanostatic" && s.current.value),
    ).toEqual([1e-4, 2e-4, 4e-4, 8e-4]);
    const rates = ccdProtocol({
      start: 0.1,
      step: 0.1,
      end: 0.3,
      kind: "c-rate",
      directions: ["charge", "discharge"],
      limits: [HOUR],
    });
    expect(rates.text).toBe("Ramp charge/discharge from C/10 by C/10 to 0.3C for 1 h each x 1");
    expect(parseProtocol(rates.text).steps).toEqual(rates.steps);
  });

  it.each([
    [{ start: 0, step: 1, end: 2 }, "options.start"],
    [{ start: 2, step: 1, end: 1 }, "options.end"],
    [{ start: 1, end: 2 }, "options.step"],
    [{ start: 1, step: 1, factor: 2, end: 2 }, "options.step"],
    [{ start: 1, factor: 1, end: 2 }, "options.factor"],
    [{ start: 1, step: 1, end: 2, cyclesPerRung: 0 }, "options.cyclesPerRung"],
    [{ start: 1, step: 1, end: 2, limits: [] }, "options.limits"],
    [{ start: 1, step: 1, end: 2, limits: [{ kind: "duration", seconds: 0 }] }, "options.limits"],
    [{ start: 1, step: 1e-6, end: 1e3 }, "options.step"],
  ])("refuses %j (E_PROTOCOL_INVALID at %s)", (options, source) => {
    expect(() => ccdProtocol({ limits: [HOUR], ...options } as never)).toThrow(
      expect.objectContaining({ code: "E_PROTOCOL_INVALID", location: { source } }),
    );
  });
});
