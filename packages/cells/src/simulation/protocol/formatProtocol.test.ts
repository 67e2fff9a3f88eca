import { describe, expect, it } from "vitest";
import { formatProtocol } from "./formatProtocol.js";
import { formatProtocolCurrent, formatProtocolDuration } from "./formatProtocolValues.js";
import { parseProtocol } from "./parseProtocol.js";
import { reservoirProtocol } from "./reservoirProtocol.js";

describe("formatProtocol", () => {
  it("writes a repeated cycle back as one group", () => {
    const text = "(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 3";
    expect(formatProtocol(parseProtocol(text))).toBe(text);
  });

  it("writes one step per line, a repeated single step as 'A x n'", () => {
    const p = parseProtocol(
      "Rest for 10 min, Rest for 10 min; Rest for 10 min\nCharge at C/10 for 1 h or until 4.2 V",
    );
    expect(formatProtocol(p)).toBe("Rest for 10 min x 3\nCharge at C/10 for 1 h or until 4.2 V");
  });

  it("writes values in customary units: mA cm⁻², mA / A, C-rates, mAh cm⁻², mAh, h / min / s, V", () => {
    const p = parseProtocol(
      "Plate at 5 A m-2 for 36000 C m-2\nStrip at 2 mA for 3.6 C\nCharge at 1.5 A for 90 s\nDischarge at 2C until 2.5 V\nRest for 7200 s",
    );
    expect(formatProtocol(p)).toBe(
      [
        "Plate at 0.5 mA cm-2 for 1 mAh cm-2",
        "Strip at 2 mA for 1 mAh",
        "Charge at 1.5 A for 90 s",
        "Discharge at 2C until 2.5 V",
        "Rest for 2 h",
      ].join("\n"),
    );
  });

  it("writes a reservoir protocol as plain steps that parse back to the same values", () => {
    const built = reservoirProtocol({ cycles: 3 });
    const text = formatProtocol(built);
    expect(text).toBe(
      [
        "Plate at 0.5 mA cm-2 for 5 mAh cm-2",
        "Strip at 0.5 mA cm-2 until 1 V",
        "Plate at 0.5 mA cm-2 for 5 mAh cm-2",
        "(Plate at 0.5 mA cm-2 for 1 mAh cm-2, Strip at 0.5 mA cm-2 for 1 mAh cm-2 or until 1 V) x 3",
        "Strip at 0.5 mA cm-2 until 1 V",
      ].join("\n"),
    );
    const strip = ({ cycle: _c, tags: _t, source: _s, ...rest }: (typeof built.steps)[number]) =>
      rest;
    expect(parseProtocol(text).steps.map(strip)).toEqual(built.steps.map(strip));
  });

  it("formats C-rates as C/n when 1/rate is whole, durations in the largest whole unit", () => {
    expect(formatProtocolCurrent({ kind: "c-rate", value: 1 / 3 })).toBe("C/3");
    expect(formatProtocolCurrent({ kind: "c-rate", value: 0.3 })).toBe("0.3C");
    expect(formatProtocolCurrent({ kind: "c-rate", value: 1 })).toBe("1C");
    expect(formatProtocolDuration(5400)).toBe("90 min");
    expect(formatProtocolDuration(0.5)).toBe("0.5 s");
  });
});

describe("formatProtocol: C-rates read back to the same number", () => {
  it("writes C/n only when 1/n is the rate (fast-check counterexample 1.6588176926177637e-6 C)", () => {
    const rate = 1.6588176926177637e-6;
    const text = formatProtocolCurrent({ kind: "c-rate", value: rate });
    expect(text).not.toMatch(/^C\//);
    const back = parseProtocol(`Plate at ${text} for 1 h`).steps[0];
    const current = back?.kind === "galvanostatic" ? back.current.value : Number.NaN;
    expect(current).toBeAllClose(rate, { rtol: 1e-11 });
    expect(formatProtocolCurrent({ kind: "c-rate", value: 1 / 10 })).toBe("C/10");
    expect(formatProtocolCurrent({ kind: "c-rate", value: 1 / 3 })).toBe("C/3");
  });
});
