import { parseUnit } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { matchColumn, normalizeName } from "./columnAliases.js";

describe("matchColumn", () => {
  it("maps the names instruments write to dataset columns", () => {
    expect(matchColumn("cycling", "Test_Time", parseUnit("s"))).toBe("time");
    expect(matchColumn("cycling", "Ewe", parseUnit("V"))).toBe("voltage");
    expect(matchColumn("cycling", "Cycle Index")).toBe("cycle");
    expect(matchColumn("cycling", "(Q-Qo)", parseUnit("mA h"))).toBe("capacity");
    expect(matchColumn("impedance", "Re(Z)", parseUnit("Ω"))).toBe("zReal");
  });

  it("lets a unit of the wrong dimension veto a name match", () => {
    expect(matchColumn("cycling", "Current", parseUnit("mA cm-2"))).toBeUndefined();
    expect(matchColumn("cycling", "T", parseUnit("°C"))).toBeUndefined();
    expect(matchColumn("cycling", "Temperature", parseUnit("°C"))).toBe("temperature");
  });

  it("normalises punctuation and case", () => {
    expect(normalizeName(" Cycle_Index ")).toBe("cycle index");
    expect(normalizeName("Cyc#")).toBe("cyc");
  });
});
