import { isLmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { analyzeSymmetricCycling } from "./analyzeSymmetricCycling.js";
import { criticalCurrentDensity } from "./criticalCurrentDensity.js";
import { rateTestKinetics } from "./rateTest.js";
import { buildTrace, symmetricBlocks } from "./testing/traceBuilder.js";

// Bad and awkward input: a clear error or a warning in the result, never a wrong number.
const AREA = 1.13e-4;
const I1 = 1.13e-3;

/** Every number reachable from `value` is finite (JSON.stringify would turn NaN into null). */
function nonFinitePaths(value: unknown, path = "$", out: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(path);
  } else if (ArrayBuffer.isView(value)) {
    const view = value as unknown as ArrayLike<number>;
    for (let i = 0; i < view.length; i++) nonFinitePaths(view[i], `${path}[${i}]`, out);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) nonFinitePaths(value[i], `${path}[${i}]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) nonFinitePaths(v, `${path}.${k}`, out);
  }
  return out;
}

describe("analyzeSymmetricCycling: bad and awkward input", () => {
  it("results are plain JSON: no NaN or ±Infinity anywhere, a JSON round trip keeps them", () => {
    const data = buildTrace(
      symmetricBlocks(12, I1, 3600, () => 0.02, 300),
      10,
      { area: AREA },
    );
    const r = analyzeSymmetricCycling(data);
    expect(nonFinitePaths(r)).toEqual([]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const noArea = analyzeSymmetricCycling(
      buildTrace(
        symmetricBlocks(3, I1, 600, () => 0.02),
        10,
      ),
    );
    expect(nonFinitePaths(noArea)).toEqual([]);
  });

  it("without an area: per-area numbers null, W_NO_AREA; CCD and the BV fit refuse with E_NO_AREA", () => {
    const blocks = [1, 2, 3].flatMap((j) => symmetricBlocks(2, j * I1, 3600 / j, () => 0.01 * j));
    const r = analyzeSymmetricCycling(buildTrace(blocks, 10));
    expect(r.warnings.map((w) => w.code)).toContain("W_NO_AREA");
    expect(r.halfCycles[0]?.areaSpecificResistance).toBeNull();
    expect(r.cycles[0]?.cumulativeArealCapacity).toBeNull();
    expect(r.rateTest.polarization.currentDensity).toEqual([]);
    expect(() => criticalCurrentDensity(r)).toThrowError(/E_NO_AREA/);
    expect(() => rateTestKinetics(r.rateTest)).toThrowError(/E_NO_AREA/);
  });

  it("constant current (one half cycle): analysed, with W_ONE_HALF_CYCLE", () => {
    const data = buildTrace([{ current: -I1, duration: 3600, voltage: () => -0.02 }], 10, {
      area: AREA,
    });
    const r = analyzeSymmetricCycling(data);
    expect(r.halfCycles).toHaveLength(1);
    expect(r.halfCycles[0]?.plateau).toBeAllClose(0.02, { rtol: 1e-12 });
    expect(r.warnings.map((w) => w.code)).toContain("W_ONE_HALF_CYCLE");
    expect(r.failures.first).toBeNull();
  });

  it("a rest-only record is E_NO_CURRENT; a bad plateau window is E_INVALID_INPUT", () => {
    const rest = buildTrace([{ current: 0, duration: 600, voltage: () => 0 }], 10, { area: AREA });
    expect(() => analyzeSymmetricCycling(rest)).toThrowError(/E_NO_CURRENT/);
    const data = buildTrace(
      symmetricBlocks(2, I1, 600, () => 0.02),
      10,
      { area: AREA },
    );
    try {
      analyzeSymmetricCycling(data, { plateauWindow: { from: 0.8, to: 0.2 } });
      expect.unreachable();
    } catch (error) {
      expect(isLmbError(error) && error.code).toBe("E_INVALID_INPUT");
      expect(String(error)).toContain("plateauWindow");
    }
    expect(() => analyzeSymmetricCycling(data, { failures: { shortFraction: -1 } })).toThrowError(
      /E_INVALID_INPUT.*shortFraction/,
    );
  });

  it("voltage sign inverted against the current: W_SIGN_INVERTED, overpotentials unchanged", () => {
    const data = buildTrace(
      symmetricBlocks(6, I1, 3600, () => 0.02),
      10,
      { area: AREA },
    );
    const v = data.columns.voltage;
    for (let i = 0; i < v.length; i++) v[i] = -(v[i] as number);
    const r = analyzeSymmetricCycling(data);
    expect(r.warnings.map((w) => w.code)).toContain("W_SIGN_INVERTED");
    expect(r.warnings.map((w) => w.code)).not.toContain("W_NOT_LI_LI");
    expect(r.cycles.map((c) => c.overpotential)).toBeAllClose(Array(6).fill(0.02), { rtol: 1e-12 });
  });

  it("a pause inside a half cycle (relaxing |V|) is not a soft short", () => {
    const blocks = [
      { current: -I1, duration: 1800, voltage: () => -0.02 },
      { current: 0, duration: 600, voltage: () => -0.005 },
      {
        current: -I1,
        duration: 1800,
        voltage: (u: number) => -0.02 * (u < 0.05 ? 0.5 + 10 * u : 1),
      },
      ...symmetricBlocks(5, I1, 3600, () => 0.02).slice(1),
    ];
    const r = analyzeSymmetricCycling(buildTrace(blocks, 10, { area: AREA }));
    expect(r.halfCycles).toHaveLength(10);
    expect(r.failures.softShortCount).toBe(0);
  });

  it("a record without a current column is E_NO_CURRENT, naming the fix", () => {
    const data = buildTrace(
      symmetricBlocks(1, I1, 600, () => 0.02),
      10,
    );
    const { time, voltage } = data.columns;
    const noCurrent = { ...data, columns: { time, voltage } } as unknown as typeof data;
    expect(() => analyzeSymmetricCycling(noCurrent)).toThrowError(/E_NO_CURRENT.*current/);
  });
});
