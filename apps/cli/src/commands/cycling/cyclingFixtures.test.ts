import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CyclingAnalysisResult, CyclingAnalysisResultSchema } from "@lmb/schemas";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "../../testing/runCaptured.js";

// Every file of ../shared/data/cycling (SOURCES.md) through `lmb cycling analyze FILE --json`
// without options, each read once. None is a Li‖Li or Li‖Cu cell (SOURCES.md: none was found);
// the numbers below are the ones SOURCES.md states (cycle counts, currents, capacities) or that
// the file's own columns give.
const DATA = fileURLToPath(new URL("../../../../../../shared/data/cycling/", import.meta.url));

interface Outcome {
  code: number;
  result?: CyclingAnalysisResult;
  error?: { code: string; message: string };
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  for (const dir of readdirSync(DATA, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(DATA + dir.name)) {
      const path = `${dir.name}/${name}`;
      const run = await runCaptured(["cycling", "analyze", DATA + path, "--json"]);
      if (run.code === 0) {
        outcomes.set(path, {
          code: 0,
          result: CyclingAnalysisResultSchema.parse(JSON.parse(run.stdout)),
        });
      } else {
        const error = JSON.parse(run.stderr) as { code: string; message: string };
        outcomes.set(path, { code: run.code, error });
      }
    }
  }
}, 120_000);

function analysed(path: string): CyclingAnalysisResult {
  const o = outcomes.get(path);
  if (o?.result === undefined) {
    throw new Error(`${path}: exit ${o?.code}, ${o?.error?.code} ${o?.error?.message}`);
  }
  return o.result;
}

const codes = (r: CyclingAnalysisResult) => r.warnings.map((w) => w.code);

describe("lmb cycling analyze on every file of ../shared/data/cycling (SOURCES.md)", () => {
  it("reads every file once: each either analyses or fails with a stable LmbError code", () => {
    expect(outcomes.size).toBeGreaterThanOrEqual(50);
    const errors = new Set<string>();
    for (const [path, o] of outcomes) {
      if (o.code === 0) continue;
      expect(o.code, path).toBe(1);
      errors.add(o.error?.code as string);
    }
    expect([...errors].sort()).toEqual([
      "E_INSUFFICIENT_DATA",
      "E_INVALID_INPUT",
      "E_NO_CURRENT",
      "E_NO_DATA",
      "E_UNKNOWN_FORMAT",
    ]);
  });

  it("rest-only and OCV records: E_NO_CURRENT, never a number", () => {
    for (const path of [
      "battery-data-format/GCPL-0.mpr",
      "battery-data-format/MB-0.mpr",
      "battery-data-format/filetype14-0.ndax",
      "battery-data-format/mits7-0.res.gz",
      "beep/FastCharge_000025_CH8.csv", // SOURCES.md: rest only at 3.301 V
      "beep/maccor_test_file_4267-66-6519.041",
      "cellpy/custom_data_001.csv", // SOURCES.md: current/capacity columns all 0
      "cellpy/maccor_two.txt", // SOURCES.md: rest only
      "fastnda/21_10_7_85.ndax", // SOURCES.md: rest-only tiny file
      "fastnda/interp-test.ndax",
      "fastnda/interp-test.csv",
      "navani/00_test_01_OCV_C01.mpr",
    ]) {
      expect(outcomes.get(path)?.error?.code, path).toBe("E_NO_CURRENT");
      expect(outcomes.get(path)?.error?.message, path).toMatch(/never exceeds the zero threshold/);
    }
    // MB-1: 13 points of one charge whose current flows for < 2 points in a row.
    expect(outcomes.get("battery-data-format/MB-1.mpr")?.error?.code).toBe("E_INSUFFICIENT_DATA");
  });

  it("files that are not cycling records: a clear error naming what they are", () => {
    expect(outcomes.get("biologic-converter/jdb11-1.mps")?.error?.code).toBe("E_NO_DATA");
    expect(outcomes.get("beep/test_loopsnewoutput_MB_CE1_short10k.mpl")?.error?.code).toBe(
      "E_NO_DATA",
    );
    expect(outcomes.get("beep/FastCharge_000025_CH8_Metadata.csv")?.error?.code).toBe("E_NO_DATA");
    expect(outcomes.get("fastnda/TestFile.parquet")?.error?.code).toBe("E_UNKNOWN_FORMAT");
    // BTSDA reference exports (SOURCES.md): said to be Parquet, pointing at the instrument file
    expect(outcomes.get("fastnda/TestFile.parquet")?.error?.message).toMatch(/Apache Parquet/);
    const eis = outcomes.get("beep/maccor_test_file_4267-66-6519.EDA0001.041")?.error;
    expect(eis?.code).toBe("E_INVALID_INPUT");
    expect(eis?.message).toMatch(/holds a impedance dataset, not a cycling record/);
  });

  it("BioLogic GCPL NaCoO₂ vs Na (navani jdb11-1): 0.21 mAh initial, then 0.99/0.85 … 0.956/0.880 mAh", () => {
    const r = analysed("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr");
    expect(r.cell).toBe("full");
    expect(r.segmentation.halfCycles[0]?.capacity).toBeAllClose(0.21, { rtol: 0.03 });
    expect(r.segmentation.maxAbsCurrent).toBeAllClose(0.0888, { rtol: 0.01 }); // ±88.8 µA
    const cycles = r.fullCell?.cycles ?? [];
    expect(cycles[0]?.chargeCapacity).toBeAllClose(0.99, { rtol: 0.01 });
    expect(cycles[0]?.dischargeCapacity).toBeAllClose(0.85, { rtol: 0.01 });
    expect(cycles[0]?.coulombicEfficiency).toBeAllClose((100 * 0.853) / 0.987, { rtol: 0.01 });
    expect(cycles.at(-1)?.chargeCapacity).toBeAllClose(0.956, { rtol: 0.01 });
    expect(cycles.at(-1)?.dischargeCapacity).toBeAllClose(0.88, { rtol: 0.01 });
    // "5cycles": its settings (biologic-converter/jdb11-1.mps) have Ns3 "goto Ns' 2, nc cycles 5",
    // so the charge (Ns2)/discharge (Ns3) pair runs 1 + 5 = 6 times after the initial discharge.
    expect(r.segmentation.halfCycleCount).toBe(13);
    expect(cycles).toHaveLength(6);
    // 10 mg active mass in the file: mAh g⁻¹ = mAh / 0.01 g.
    expect(cycles[0]?.specificDischargeCapacity).toBeAllClose(85.3, { rtol: 0.01 });
    expect(codes(r)).toContain("W_NO_AREA");
    expect(codes(r)).not.toContain("W_NOT_GALVANOSTATIC");
  });

  it("BioLogic LNMO GCPL (jdb11-4): 61 half cycles, 31 cycles", () => {
    const r = analysed("biologic-converter/jdb11-4.mpr");
    expect(r.segmentation.halfCycleCount).toBe(61);
    expect(r.segmentation.cycleCount).toBe(31);
    expect(r.fullCell?.cycles).toHaveLength(30); // the lone first discharge opens no cycle
    // Cycle 25 follows the step back from 0.46 to 0.115 mA: its slow discharge returns charge left
    // by the fast cycles before it (102.6 %): flagged, the others (≤ 100.5 %) not.
    expect(r.fullCell?.cycles[24]?.coulombicEfficiency).toBeAllClose(102.6, { atol: 0.05 });
    expect(r.warnings.find((w) => w.code === "W_CE_ABOVE_100")?.message).toContain(
      "in 1 of 30 cycle(s): 25 (102.6 %);",
    );
  });

  it("BDF CSV, LFP-like (cellpy batmo_bdf): 109 cycles of ~159 mAh at ±0.121 A", () => {
    const r = analysed("cellpy/batmo_bdf.csv");
    expect(r.cell).toBe("full");
    expect(r.fullCell?.cycles).toHaveLength(109);
    expect(r.segmentation.maxAbsCurrent).toBeAllClose(121, { rtol: 0.01 }); // mA
    expect(r.fullCell?.cycles[0]?.dischargeCapacity).toBeAllClose(159, { rtol: 0.01 });
  });

  it("Arbin .res Si vs Li (cellpy): 18 cycles, ≤ 1.75 mAh, ±0.306 mA; a half cell, CE = delithiation/lithiation as the file's own columns give it", () => {
    const r = analysed("cellpy/20160805_test001_45_cc_01.res");
    expect(r.segmentation.cycleCount).toBe(18);
    const q = r.segmentation.halfCycles.map((h) => h.capacity);
    expect(Math.max(...q)).toBeAllClose(1.75, { rtol: 0.01 });
    expect(r.segmentation.maxAbsCurrent).toBeAllClose(0.306, { rtol: 0.01 });
    expect(r.guess?.cellType).toBe("half-cell");
    expect(r.cell).toBe("half-cell");
    expect(codes(r)).not.toContain("W_CELL_UNKNOWN");
    const f = r.fullCell;
    expect(f?.convention.electrode).toBe("anode");
    expect(f?.order).toBe("discharge-first");
    // The file's Charge_/Discharge_Capacity columns: cycle 1 lithiation 1.7551, delithiation
    // 1.6254 mAh (92.61 %); cycle 2 1.5675 / 1.6996 mAh (108.4 %: this cell's delithiation
    // exceeds the lithiation before it from cycle 2 on, in the file's own counters too).
    expect(f?.cycles[0]?.dischargeCapacity).toBeAllClose(1.7551, { rtol: 1e-3 });
    expect(f?.cycles[0]?.chargeCapacity).toBeAllClose(1.6254, { rtol: 1e-3 });
    expect(f?.cycles[0]?.coulombicEfficiency).toBeAllClose(92.61, { atol: 0.05 });
    expect(f?.cycles[1]?.coulombicEfficiency).toBeAllClose(108.43, { atol: 0.05 });
    expect(f?.cycles).toHaveLength(17); // the 18th lithiation stops early, unpaired
    expect(codes(r)).toContain("W_CE_ABOVE_100"); // > 102 % from cycle 2 on: flagged, not hidden
    // SOURCES.md: MASS = 0.000853 g → mAh g⁻¹
    expect(f?.cycles[0]?.specificChargeCapacity).toBeAllClose(1.6254 / 0.000853, { rtol: 2e-3 });
  });

  it("graphite vs Li half cells (navani Arbin xlsx, cellpy Neware CSV, SINTEF Landt): each lithiation paired with the delithiation after it, CE ≤ 100 %", () => {
    // navani bs542 graphite vs Li, 50 µA: the file's columns give 5.7980 mAh lithiation and
    // 5.6981 mAh delithiation (98.28 %).
    const gr = analysed("navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx");
    expect(gr.cell).toBe("half-cell");
    expect(gr.fullCell?.cycles[0]?.dischargeCapacity).toBeAllClose(5.798, { rtol: 1e-3 });
    expect(gr.fullCell?.cycles[0]?.chargeCapacity).toBeAllClose(5.6981, { rtol: 1e-3 });
    expect(gr.fullCell?.cycles[0]?.coulombicEfficiency).toBeAllClose(98.28, { atol: 0.05 });
    // cellpy neware_uio ("anode-type half cell vs Li"): each lithiation is three discharge steps
    // (0.25, 0.1, 0.05 mA; the file's per-step capacities 4.6803 + 0.2818 + 0.1241 mAh), the
    // delithiation one charge step (4.2493 mAh): 83.55 %; cycle 2 4.2467 / (4.0647 + 0.1982 +
    // 0.1055) = 97.21 %.
    const nw = analysed("cellpy/neware_uio.csv");
    expect(nw.cell).toBe("half-cell");
    expect(nw.fullCell?.cycles[0]?.dischargeCapacity).toBeAllClose(4.6803 + 0.2818 + 0.1241, {
      rtol: 1e-3,
    });
    expect(nw.fullCell?.cycles[0]?.coulombicEfficiency).toBeAllClose(83.55, { atol: 0.05 });
    expect(nw.fullCell?.cycles[1]?.coulombicEfficiency).toBeAllClose(97.21, { atol: 0.05 });
    // SINTEF Li‖graphite: lithiation then delithiation; the file's capacity columns (0.1 mAh
    // resolution) give 3.2 / 6.3 mAh, i.e. 49.6–52.0 % within their rounding.
    const si = analysed("battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv");
    expect(si.cell).toBe("half-cell");
    expect(si.fullCell?.cycles).toHaveLength(1);
    const ce = si.fullCell?.cycles[0]?.coulombicEfficiency ?? 0;
    expect(ce).toBeGreaterThan(49.6);
    expect(ce).toBeLessThan(52);
    // Its current column reads 0.2000 mA but the counters grew at ≈ 0.177 mA: the capacities
    // (7.14 vs 6.3 mAh) disagree, and the result says so rather than passing 7.14 as the truth.
    expect(codes(si)).toContain("W_CAPACITY_DISAGREES");
    expect(codes(gr)).not.toContain("W_CAPACITY_DISAGREES");
    expect(codes(nw)).not.toContain("W_CAPACITY_DISAGREES");
    for (const r of [gr, nw, si]) expect(codes(r)).not.toContain("W_CE_ABOVE_100");
  });

  it("Si/C vs Li with GEIS at each step (cellpy biol.mpr): a half cell that is only delithiated — no cycle, said so", () => {
    const r = analysed("cellpy/biol.mpr");
    expect(r.guess?.cellType).toBe("half-cell");
    expect(codes(r)).not.toContain("W_CELL_UNKNOWN");
    const skipped = r.warnings.find((w) => w.code === "W_ANALYSIS_SKIPPED");
    expect(skipped?.message).toMatch(/oxidation \(charge, delithiation\) only/);
    expect(r.fullCell).toBeUndefined();
  });

  it("Arbin .res LCO solid-state (navani): ~0.48 mAh per cycle at ±86.6 µA", () => {
    const r = analysed("navani/arbin_example.res");
    expect(r.segmentation.maxAbsCurrent).toBeAllClose(0.0866, { rtol: 0.01 });
    for (const c of r.fullCell?.cycles ?? []) {
      expect(c.chargeCapacity).toBeAllClose(0.48, { rtol: 0.03 });
      expect(c.dischargeCapacity).toBeAllClose(0.48, { rtol: 0.03 });
    }
    expect(r.fullCell?.cycles).toHaveLength(4);
  });

  it("Neware CSV (cellpy neware_uio): ±0.99 mA, 4.2–5.1 mAh; its cycle 3 holds two charge/discharge pairs", () => {
    const r = analysed("cellpy/neware_uio.csv");
    expect(r.segmentation.maxAbsCurrent).toBeAllClose(0.99, { rtol: 0.01 });
    const cycles = r.fullCell?.cycles ?? [];
    // 4 file cycles; the 3rd has a 0.21 mA and a 0.99 mA pair: 5 charge/discharge pairs.
    expect(cycles).toHaveLength(5);
    expect(cycles[1]?.chargeCapacity).toBeAllClose(4.25, { rtol: 0.01 });
    expect(r.segmentation.rateSteps.length).toBeGreaterThanOrEqual(2);
  });

  it("Maccor exports: maccor_002 2 cycles ≤ 0.162 mA; maccor_three 15 cycles, −897 mA, V read in V", () => {
    const two = analysed("cellpy/maccor_002.txt");
    expect(two.segmentation.cycleCount).toBe(2);
    expect(two.segmentation.maxAbsCurrent).toBeAllClose(0.162, { rtol: 0.01 });
    const three = analysed("cellpy/maccor_three.txt");
    expect(three.segmentation.cycleCount).toBe(15);
    expect(three.segmentation.maxAbsCurrent).toBeAllClose(897, { rtol: 0.01 });
    expect(three.fullCell?.cycles[1]?.averageDischargeVoltage).toBeLessThan(4);
  });

  it("Landt Li‖graphite (SINTEF): 2 cycles at ±0.2 mA", () => {
    const r = analysed("battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv");
    expect(r.segmentation.cycleCount).toBe(2);
    expect(r.segmentation.maxAbsCurrent).toBeAllClose(0.2, { rtol: 0.01 });
  });

  it("Neware layered CSV, .ndax and .nda: cycles and currents as their files give them", () => {
    const ife = analysed("cellpy/nw_regular_export_ife_example.csv");
    expect(ife.fullCell?.cycles).toHaveLength(20);
    // The file's own cycle row 1: Chg. 0.02256 Ah, DChg. 0.33067 Ah, Eff 1465.46 % — the cell
    // rested at 4.3185 V (already charged) when the record began. Reported as measured, flagged.
    expect(ife.fullCell?.cycles[0]?.chargeCapacity).toBeAllClose(22.56, { rtol: 5e-3 });
    expect(ife.fullCell?.cycles[0]?.dischargeCapacity).toBeAllClose(330.67, { rtol: 5e-3 });
    expect(codes(ife)).toContain("W_CE_ABOVE_100");
    expect(ife.warnings.find((w) => w.code === "W_CE_ABOVE_100")?.message).toMatch(
      /in 1 of 20 cycle\(s\): 1 \(14\d\d\.\d %\)/,
    );
    const tc = analysed("fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax");
    expect(tc.segmentation.maxAbsCurrent).toBeAllClose(1000, { rtol: 0.01 }); // CC 1000 mA
    expect(tc.fullCell?.cycles[0]?.coulombicEfficiency).toBeAllClose(100, { rtol: 0.01 });
    const ndax = analysed("navani/test.ndax"); // CCCV 0.12 mA charge, then discharge
    expect(ndax.segmentation.halfCycleCount).toBe(2);
    expect(ndax.segmentation.maxAbsCurrent).toBeAllClose(0.12, { rtol: 0.01 });
    const nw4 = analysed("fastnda/nw4-120-1-6-53.ndax"); // CCCV 1.94 mA / CC 1.94 mA; 0.39 mA blocks
    expect(nw4.segmentation.maxAbsCurrent).toBeAllClose(1.94, { rtol: 0.01 });
    expect(nw4.segmentation.rateSteps.some((s) => Math.abs(s.current - 0.39) < 0.01)).toBe(true);
    expect(
      analysed("navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx").segmentation
        .maxAbsCurrent,
    ).toBeAllClose(0.05, { rtol: 0.06 });
  });

  it("one half cycle only (a 6 C charge, a discharge, a formation charge): half cycles reported, analysis skipped with a warning", () => {
    for (const [path, current] of [
      ["beep/2017-05-09_test-TC-contact_CH33.csv", 6600],
      ["beep/PredictionDiagnostics_000151_test.052", 4840],
      ["beep/test_Nova_Form-CH01-01_short.csv", 53.9],
    ] as const) {
      const r = analysed(path);
      expect(r.segmentation.halfCycleCount, path).toBe(1);
      expect(r.segmentation.maxAbsCurrent, path).toBeAllClose(current, { rtol: 0.01 });
      expect(codes(r), path).toContain("W_ANALYSIS_SKIPPED");
      expect(r.fullCell, path).toBeUndefined();
    }
    // Novonix formation: ≤ 29.5 mAh (SOURCES.md).
    expect(
      analysed("beep/test_Nova_Form-CH01-01_short.csv").segmentation.halfCycles[0]?.capacity,
    ).toBeLessThanOrEqual(29.5);
  });

  it("a cyclic voltammogram read as a cycling record is flagged W_NOT_GALVANOSTATIC", () => {
    expect(codes(analysed("ixdat/Pt_poly_cv_CUT.mpt"))).toContain("W_NOT_GALVANOSTATIC");
  });

  it("a potentiostatic record (V held at −0.40 V) is flagged W_NOT_GALVANOSTATIC", () => {
    expect(codes(analysed("biologic-converter/test.mpr"))).toContain("W_NOT_GALVANOSTATIC");
  });

  it("no file gives an area: every per-cm² number is null and W_NO_AREA says why", () => {
    for (const [path, o] of outcomes) {
      if (o.result === undefined || o.result.segmentation.area !== null) continue;
      expect(codes(o.result), path).toContain("W_NO_AREA");
      for (const h of o.result.segmentation.halfCycles) expect(h.arealCapacity).toBeNull();
    }
  });
});
