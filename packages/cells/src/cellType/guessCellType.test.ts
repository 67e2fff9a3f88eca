import { fileURLToPath } from "node:url";
import { enableNodeReaders, readFile } from "@lmb/io/node";
import type { CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { ccdLadderTrace } from "../synthetic/ccdLadderTrace.js";
import { fullCellTrace } from "../synthetic/fullCellTrace.js";
import { lithiumCopperTrace } from "../synthetic/lithiumCopperTrace.js";
import { reservoirCoulombicEfficiencyTrace } from "../synthetic/reservoirCoulombicEfficiencyTrace.js";
import { symmetricCellTrace } from "../synthetic/symmetricCellTrace.js";
import { guessCellType } from "./guessCellType.js";

enableNodeReaders();
const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));

async function cycling(path: string): Promise<CyclingData> {
  const data = await readFile(DATA + path);
  if (data.kind !== "cycling") throw new Error(`${path} is not a cycling record`);
  return data;
}

describe("guessCellType on synthetic traces of each kind", () => {
  it("symmetric Li‖Li: ± tens of mV, sign of V follows I", () => {
    const g = guessCellType(symmetricCellTrace({ overpotentialDrift: 1e-4 }).data);
    expect(g.cellType).toBe("symmetric");
    expect(g.evidence.medianAbsVoltage).toBeAllClose(0.0304, { atol: 2e-3 });
    expect(g.evidence.signAgreement).toBeGreaterThan(0.99);
    expect(g.reasons.at(-1)).toMatch(/symmetric/);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });

  it("symmetric with a hard short and a CCD ladder stay symmetric", () => {
    expect(
      guessCellType(symmetricCellTrace({ hardShort: { time: 20 * 3600 } }).data).cellType,
    ).toBe("symmetric");
    expect(guessCellType(ccdLadderTrace().data).cellType).toBe("symmetric");
  });

  it("asymmetric: the jump to the 5 V limit when the thin Li runs out", () => {
    const { data } = symmetricCellTrace({
      steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 50 }],
      lithiumReservoir: { capacity: 2 * 36_000, coulombicEfficiency: 0.95 },
    });
    const g = guessCellType(data);
    expect(g.cellType).toBe("asymmetric");
    expect(g.evidence.limitEnds).toBe(1);
  });

  it("Li‖Cu (cycle by cycle and the reservoir protocol): strips of one sign end at the +1 V cut-off", () => {
    const g = guessCellType(lithiumCopperTrace({ cycles: 10 }).data);
    expect(g.cellType).toBe("li-cu");
    expect(g.evidence.cutoffEnds).toEqual({ positive: 10, negative: 0 });
    expect(guessCellType(reservoirCoulombicEfficiencyTrace().data).cellType).toBe("li-cu");
  });

  it("full cells Li‖LFP and Li‖NCM: 2.5–4.3 V throughout", () => {
    const lfp = guessCellType(
      fullCellTrace({ steps: [{ cRate: 1, cycles: 5 }], samplingInterval: 60 }).data,
    );
    expect(lfp.cellType).toBe("full");
    expect(lfp.evidence.voltagePercentiles.p50).toBeAllClose(3.45, { atol: 0.1 });
    const ncm = guessCellType(
      fullCellTrace({ cathode: "NCM", steps: [{ cRate: 1, cycles: 5 }], samplingInterval: 60 })
        .data,
    );
    expect(ncm.cellType).toBe("full");
  });
});

describe("guessCellType on real cycler files (SOURCES.md)", () => {
  it("LFP-like BDF csv, LCO solid-state .res and NaCoO₂-vs-Na .mpr are full cells (cathode vs metal)", async () => {
    for (const f of [
      "cellpy/batmo_bdf.csv",
      "navani/arbin_example.res",
      "navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr",
      "navani/test.ndax", // CCCV to 4.4 V, discharge to 1.5 V
    ]) {
      expect(guessCellType(await cycling(f)).cellType, f).toBe("full");
    }
  });

  it("graphite and Si half cells against Li (SOURCES.md: Li‖graphite, graphite vs Li, Si vs Li, Si/C vs Li, anode-type vs Li): half-cell", async () => {
    for (const f of [
      "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv",
      "navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx",
      "cellpy/20160805_test001_45_cc_01.res",
      "cellpy/biol.mpr", // Si/C vs Li, V > 0 at either current sign
      "cellpy/neware_uio.csv",
    ]) {
      const g = guessCellType(await cycling(f));
      expect(g.cellType, f).toBe("half-cell");
      expect(g.reasons.at(-1)).toMatch(/insertion anode \(graphite, Si\) against Li/);
      expect(g.evidence.voltagePercentiles.p02, f).toBeGreaterThan(0);
      expect(g.evidence.voltagePercentiles.p50, f).toBeLessThan(2);
    }
  });
});
