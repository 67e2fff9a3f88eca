import { isLmbError } from "@lmb/errors";
import type { ProtocolStep, StepLimit } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProtocol } from "./formatProtocol.js";
import { parseProtocol } from "./parseProtocol.js";

const magnitude = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });

const limit: fc.Arbitrary<StepLimit> = fc.oneof(
  magnitude.map((seconds) => ({ kind: "duration" as const, seconds })),
  fc.integer({ min: 1, max: 1000 }).map((m) => ({ kind: "duration" as const, seconds: 60 * m })),
  magnitude.map((value) => ({ kind: "areal-capacity" as const, value })),
  magnitude.map((value) => ({ kind: "capacity" as const, value })),
  fc
    .double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true })
    .map((volts) => ({ kind: "voltage" as const, volts })),
);

const step: fc.Arbitrary<ProtocolStep> = fc.oneof(
  fc.record({
    kind: fc.constant("galvanostatic" as const),
    direction: fc.constantFrom(
      "plate" as const,
      "strip" as const,
      "charge" as const,
      "discharge" as const,
    ),
    current: fc.oneof(
      magnitude.map((value) => ({ kind: "density" as const, value })),
      magnitude.map((value) => ({ kind: "current" as const, value })),
      magnitude.map((value) => ({ kind: "c-rate" as const, value })),
      fc.integer({ min: 2, max: 100 }).map((n) => ({ kind: "c-rate" as const, value: 1 / n })),
    ),
    limits: fc.array(limit, { minLength: 1, maxLength: 3 }),
    cycle: fc.constant(0),
    tags: fc.constant<string[]>([]),
    source: fc.constant({ text: "", offset: 0 }),
  }),
  fc.record({
    kind: fc.constant("rest" as const),
    seconds: magnitude,
    cycle: fc.constant(0),
    tags: fc.constant<string[]>([]),
    source: fc.constant({ text: "", offset: 0 }),
  }),
);

/** The numbers of a step, in order, and its shape with the numbers blanked. */
function numbersAndShape(s: ProtocolStep): { numbers: number[]; shape: string } {
  const numbers: number[] = [];
  const shape = JSON.stringify(
    s.kind === "rest" ? { kind: s.kind } : { ...s, cycle: 0, tags: [], source: null },
    (key, value) => {
      if (typeof value === "number" && key !== "cycle") {
        numbers.push(value);
        return 0;
      }
      return value;
    },
  );
  if (s.kind === "rest") numbers.push(s.seconds);
  return { numbers, shape };
}

describe("formatProtocol ∘ parseProtocol round trip (fast-check)", () => {
  it("generated step lists come back with the same steps, values to 1e-11 relative", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const text = formatProtocol({ steps });
        const back = parseProtocol(text).steps;
        expect(back).toHaveLength(steps.length);
        for (const [i, original] of steps.entries()) {
          const a = numbersAndShape(original);
          const b = numbersAndShape(back[i] as ProtocolStep);
          expect(b.shape).toBe(a.shape);
          for (const [k, x] of a.numbers.entries())
            expect(b.numbers[k]).toBeAllClose(x, { rtol: 1e-11, atol: 1e-300 });
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("'(A, B) x n' expands to 2n steps in cycles 0 … n−1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (n) => {
        const p = parseProtocol(
          `(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 until 1 V) x ${n}`,
        );
        expect(p.steps).toHaveLength(2 * n);
        expect(p.steps.at(-1)?.cycle).toBe(n - 1);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});

const WORDS = [
  "Plate",
  "Strip",
  "Charge",
  "Discharge",
  "Rest",
  "Hold",
  "Ramp",
  "Reservoir",
  "plate/strip",
  "at",
  "for",
  "until",
  "or",
  "each",
  "by",
  "to",
  "from",
  "times",
  "cut-off",
  "no",
  "formation",
  "x",
  "×",
  "x3",
  "*",
  "0",
  "1",
  "-1",
  "0.5",
  "1e400",
  "2.5",
  "C/10",
  "2C",
  "C",
  "C/0",
  "mA",
  "cm-2",
  "mA cm-2",
  "mAh",
  "mAh cm-2",
  "A",
  "V",
  "mV",
  "h",
  "min",
  "s",
  "m",
  "µA",
  "(",
  ")",
  ",",
  ";",
  ":",
  "\n",
  "1,5",
  "°C",
  "Ω",
  "kg",
  "NaN",
  "Infinity",
];

describe("parseProtocol on arbitrary input (fast-check)", () => {
  it("throws nothing but LmbError on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ maxLength: 40, unit: "grapheme" }),
          fc.string({
            maxLength: 40,
            unit: fc.constantFrom("(", ")", ",", ";", ":", "\n", "x", "1", " ", "-", "h"),
          }),
        ),
        (text) => {
          try {
            parseProtocol(text);
          } catch (error) {
            if (!isLmbError(error)) throw error;
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it("throws nothing but LmbError on word salads of the grammar's own words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), (words) => {
        try {
          const p = parseProtocol(words.join(" "));
          expect(p.steps.length).toBeGreaterThan(0);
        } catch (error) {
          if (!isLmbError(error)) throw error;
          expect(error.code).toMatch(/^E_PROTOCOL_(PARSE|INVALID)$/);
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
