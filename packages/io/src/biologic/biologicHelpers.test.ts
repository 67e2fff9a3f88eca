import { describe, expect, it } from "vitest";
import { splitBiologicHeader } from "./biologicColumnNames.js";
import { localIso, oleDateToIso, parseBiologicDateTime } from "./biologicDates.js";
import { MPR_COLUMNS } from "./mprColumnTable.js";
import { repairTime } from "./repairTime.js";
import { defaultKindForTechnique, techniqueFromTitle } from "./techniques.js";

describe("BioLogic helpers", () => {
  it("parses EC-Lab date-times and OLE dates to local ISO", () => {
    expect(parseBiologicDateTime("05/05/2021 15:36:45.513")).toBe(
      Date.UTC(2021, 4, 5, 15, 36, 45, 513),
    );
    expect(parseBiologicDateTime("07/29/2020 10:31:01")).toBe(Date.UTC(2020, 6, 29, 10, 31, 1));
    expect(parseBiologicDateTime("3,2896")).toBeNaN();
    expect(parseBiologicDateTime("13/01/2020 10:00:00")).toBeNaN();
    expect(localIso(Date.UTC(2020, 6, 29, 10, 31, 1))).toBe("2020-07-29T10:31:01");
    expect(oleDateToIso(42809.43951388889)).toBe("2017-03-15T10:32:54");
    expect(oleDateToIso(1e-300)).toBeUndefined();
  });

  it("splits EC-Lab headers at the last slash that starts a unit", () => {
    expect(splitBiologicHeader("Q charge/discharge/mA.h")).toEqual({
      name: "Q charge/discharge",
      unit: "mA.h",
    });
    expect(splitBiologicHeader("cycle number")).toEqual({ name: "cycle number", unit: "1" });
    expect(splitBiologicHeader("-Im(Z)/Ohm")).toEqual({ name: "-Im(Z)", unit: "Ohm" });
  });

  it("covers every column ID named in the research notes (§2.1)", () => {
    const ids = [
      4, 5, 6, 7, 8, 9, 11, 13, 19, 20, 23, 24, 27, 32, 35, 36, 37, 38, 39, 70, 74, 76, 77, 123,
      124, 125, 126, 131, 174, 178, 434, 179, 435, 182, 438, 500, 211, 467, 212, 468, 213, 469, 326,
      441, 462, 471, 498, 499, 501, 502, 505, 509,
    ];
    expect(ids.filter((id) => !MPR_COLUMNS.has(id))).toEqual([]);
    expect(MPR_COLUMNS.get(468)).toEqual({ header: "half cycle", dtype: "u32" });
  });

  it("repairs backward time steps: clamps jitter, shifts restarts", () => {
    const t = new Float64Array([0, 1, 0.999, 2, 0.5, 1.5]);
    const warnings = repairTime(t);
    expect(Array.from(t)).toEqual([0, 1, 1, 2, 2, 3]);
    expect(warnings.map((w) => w.code)).toEqual(["W_TIME_BACKWARDS", "W_TIME_RESTART"]);
    expect(repairTime(new Float64Array([0, 1, 2]))).toEqual([]);
  });

  it("maps technique titles and codes to dataset kinds", () => {
    expect(techniqueFromTitle("Potentio Electrochemical Impedance Spectroscopy")).toBe("PEIS");
    expect(techniqueFromTitle("Chronoamperometry / Chronocoulometry")).toBe("CA");
    expect(defaultKindForTechnique("PEIS")).toBe("impedance");
    expect(defaultKindForTechnique("CVA")).toBe("voltammogram");
    expect(defaultKindForTechnique("CA")).toBe("transient");
    expect(defaultKindForTechnique("MB")).toBe("cycling");
  });
});
