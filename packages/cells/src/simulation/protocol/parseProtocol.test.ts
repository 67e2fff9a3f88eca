import { CellProtocolSchema, type ProtocolStep } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { parseProtocol } from "./parseProtocol.js";

// Unit facts used below (SI inside lmb): 1 mA cm⁻² = 10 A m⁻²; 1 mAh cm⁻² = 3.6 C / 10⁻⁴ m² =
// 36 000 C m⁻²; 1 mAh = 3.6 C; 10 min = 600 s; 1 h = 3600 s.

/** The steps without their sources (compared separately). */
function bare(text: string): Omit<ProtocolStep, "source">[] {
  const protocol = CellProtocolSchema.parse(parseProtocol(text));
  return protocol.steps.map(({ source: _source, ...rest }) => rest);
}

const plate = (
  value: number,
  limits: ProtocolStep extends infer _ ? unknown[] : never,
  cycle = 0,
) => ({
  kind: "galvanostatic",
  direction: "plate",
  current: { kind: "density", value },
  limits,
  cycle,
  tags: [],
});
const strip = (value: number, limits: unknown[], cycle = 0) => ({
  ...plate(value, limits, cycle),
  direction: "strip",
});
const hour = { kind: "duration", seconds: 3600 };

describe("parseProtocol: the issue's examples, expanded to SI", () => {
  it("'Plate at 0.5 mA cm-2 for 1 h' → 5 A m⁻² for 3600 s", () => {
    expect(bare("Plate at 0.5 mA cm-2 for 1 h")).toEqual([plate(5, [hour])]);
  });

  it("'Strip at 1 mA cm-2 for 1 mAh cm-2' → 10 A m⁻² for 36 000 C m⁻²", () => {
    expect(bare("Strip at 1 mA cm-2 for 1 mAh cm-2")).toEqual([
      strip(10, [{ kind: "areal-capacity", value: 36_000 }]),
    ]);
  });

  it("'Strip at 0.5 mA cm-2 until 1 V' → 5 A m⁻² until 1 V", () => {
    expect(bare("Strip at 0.5 mA cm-2 until 1 V")).toEqual([
      strip(5, [{ kind: "voltage", volts: 1 }]),
    ]);
  });

  it("'Rest for 10 min' → 600 s", () => {
    expect(bare("Rest for 10 min")).toEqual([{ kind: "rest", seconds: 600, cycle: 0, tags: [] }]);
  });

  it("keeps each step's text and 0-based offset as its source", () => {
    const p = parseProtocol("Rest for 10 min\n  Plate at 1 mA cm-2 for 1 h");
    expect(p.text).toBe("Rest for 10 min\n  Plate at 1 mA cm-2 for 1 h");
    expect(p.steps.map((s) => s.source)).toEqual([
      { text: "Rest for 10 min", offset: 0 },
      { text: "Plate at 1 mA cm-2 for 1 h", offset: 18 },
    ]);
  });
});

describe("parseProtocol: currents, limits and verbs", () => {
  it.each([
    ["0.5 mA cm-2", { kind: "density", value: 5 }],
    ["0.5 mA/cm2", { kind: "density", value: 5 }],
    ["0.5 mA cm⁻²", { kind: "density", value: 5 }],
    ["5 A m-2", { kind: "density", value: 5 }],
    ["50 µA cm-2", { kind: "density", value: 0.5 }],
    ["50 uA cm-2", { kind: "density", value: 0.5 }],
    ["1.1 mA cm-2", { kind: "density", value: 11 }],
    ["2 mA", { kind: "current", value: 0.002 }],
    ["0.2 A", { kind: "current", value: 0.2 }],
    ["C/10", { kind: "c-rate", value: 0.1 }],
    ["C / 20", { kind: "c-rate", value: 0.05 }],
    ["2C", { kind: "c-rate", value: 2 }],
    ["0.5 C", { kind: "c-rate", value: 0.5 }],
    ["C", { kind: "c-rate", value: 1 }],
  ])("reads the current '%s'", (written, current) => {
    expect(parseProtocol(`Discharge at ${written} for 1 h`).steps[0]).toMatchObject({ current });
  });

  it.each([
    ["for 1 h", [{ kind: "duration", seconds: 3600 }]],
    ["for 10 min", [{ kind: "duration", seconds: 600 }]],
    ["for 90 s", [{ kind: "duration", seconds: 90 }]],
    ["for 1 h 30 min", [{ kind: "duration", seconds: 5400 }]],
    ["for 1h30min", [{ kind: "duration", seconds: 5400 }]],
    ["for 2 hours", [{ kind: "duration", seconds: 7200 }]],
    ["for 1 mAh cm-2", [{ kind: "areal-capacity", value: 36_000 }]],
    ["for 5 mAh/cm2", [{ kind: "areal-capacity", value: 180_000 }]],
    ["for 1 mAh", [{ kind: "capacity", value: 3.6 }]],
    ["for 2 Ah", [{ kind: "capacity", value: 7200 }]],
    ["until 1 V", [{ kind: "voltage", volts: 1 }]],
    ["until 500 mV", [{ kind: "voltage", volts: 0.5 }]],
    ["until -0.5 V", [{ kind: "voltage", volts: -0.5 }]],
    [
      "for 1 h or until 1 V",
      [
        { kind: "duration", seconds: 3600 },
        { kind: "voltage", volts: 1 },
      ],
    ],
    [
      "until 4.2 V or for 1 mAh cm-2 or for 2 h",
      [
        { kind: "voltage", volts: 4.2 },
        { kind: "areal-capacity", value: 36_000 },
        { kind: "duration", seconds: 7200 },
      ],
    ],
  ])("reads the limit '%s'", (written, limits) => {
    expect(parseProtocol(`Charge at 1 mA cm-2 ${written}`).steps[0]).toMatchObject({ limits });
  });

  it("reads the verbs in any case and gives each its direction", () => {
    const p = parseProtocol(
      "PLATE at 1 mA cm-2 for 1 h; strip at 1 mA cm-2 for 1 h; Charge at C/2 for 1 h; dIsChArGe at C/2 for 1 h",
    );
    expect(p.steps.map((s) => (s.kind === "galvanostatic" ? s.direction : s.kind))).toEqual([
      "plate",
      "strip",
      "charge",
      "discharge",
    ]);
  });

  it("separates steps by commas, semicolons and new lines (CRLF and blank lines too)", () => {
    const text = "Rest for 1 s, Rest for 2 s; Rest for 3 s\r\n\r\nRest for 4 s\n";
    expect(parseProtocol(text).steps.map((s) => (s.kind === "rest" ? s.seconds : 0))).toEqual([
      1, 2, 3, 4,
    ]);
  });
});

describe("parseProtocol: repeats and cycle indices", () => {
  it("'(Plate …, Strip …) x 3' gives 6 steps in cycles 0, 0, 1, 1, 2, 2", () => {
    const steps = bare("(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 3");
    expect(steps).toEqual([
      plate(10, [hour], 0),
      strip(10, [hour], 0),
      plate(10, [hour], 1),
      strip(10, [hour], 1),
      plate(10, [hour], 2),
      strip(10, [hour], 2),
    ]);
  });

  it("a line ending in 'x n' repeats the whole line; the next line runs once, in the last cycle", () => {
    const p = parseProtocol(
      "Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h x 100\nRest for 10 min",
    );
    expect(p.steps).toHaveLength(201);
    expect(p.steps[198]).toMatchObject({ direction: "plate", cycle: 99 });
    expect(p.steps[200]).toMatchObject({ kind: "rest", seconds: 600, cycle: 99 });
  });

  it("accepts 'x 3', '× 3', '* 3', 'x3' and 'X 3'", () => {
    for (const r of ["x 3", "× 3", "* 3", "x3", "X 3", "×3"])
      expect(parseProtocol(`Rest for 1 min ${r}`).steps, r).toHaveLength(3);
  });

  it("steps before the first repeat are cycle 0 and its first iteration cycle 1", () => {
    const p = parseProtocol(
      "Rest for 1 h\n(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 2",
    );
    expect(p.steps.map((s) => s.cycle)).toEqual([0, 1, 1, 2, 2]);
  });

  it("nested repeats: each innermost iteration is its own cycle, outer-only steps stay in the last", () => {
    const p = parseProtocol(
      "((Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 2, Rest for 5 min) x 2",
    );
    expect(p.steps.map((s) => `${s.kind === "rest" ? "R" : s.direction[0]}${s.cycle}`)).toEqual([
      "p0",
      "s0",
      "p1",
      "s1",
      "R1",
      "p2",
      "s2",
      "p3",
      "s3",
      "R3",
    ]);
  });

  it("two repeats in a row keep counting: 0, 1 then 2, 3", () => {
    const p = parseProtocol("(Rest for 1 s) x 2\n(Rest for 2 s) x 2");
    expect(p.steps.map((s) => s.cycle)).toEqual([0, 1, 2, 3]);
  });

  it("a group without a count runs once; groups may span lines", () => {
    const p = parseProtocol(
      "(\n  Plate at 1 mA cm-2 for 1 h\n  Strip at 1 mA cm-2 for 1 h\n) x 2, Rest for 1 s\n(Rest for 2 s)",
    );
    expect(p.steps.map((s) => s.kind)).toEqual([
      "galvanostatic",
      "galvanostatic",
      "galvanostatic",
      "galvanostatic",
      "rest",
      "rest",
    ]);
    expect(p.steps.map((s) => s.cycle)).toEqual([0, 0, 1, 1, 1, 1]);
  });

  it("in a group, 'x n' at the end of a line repeats that line from the '(' on", () => {
    const p = parseProtocol("(Rest for 1 s, Rest for 2 s x 2\nRest for 3 s) x 2");
    const seconds = p.steps.map((s) => (s.kind === "rest" ? s.seconds : 0));
    expect(seconds).toEqual([1, 2, 1, 2, 3, 1, 2, 1, 2, 3]);
  });

  it("repeated steps keep the source of the step as written", () => {
    const p = parseProtocol("Rest for 1 h\n(Plate at 1 mA cm-2 for 1 h) x 3");
    expect(p.steps[3]?.source).toEqual({ text: "Plate at 1 mA cm-2 for 1 h", offset: 14 });
  });

  it("'(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 1000' → 2000 steps, cycles 0…999", () => {
    const p = parseProtocol("(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 1000");
    expect(p.steps).toHaveLength(2000);
    expect(p.steps[1999]).toMatchObject({ direction: "strip", cycle: 999, current: { value: 10 } });
  });
});
