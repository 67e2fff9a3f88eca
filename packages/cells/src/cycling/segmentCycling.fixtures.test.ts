import { fileURLToPath } from "node:url";
import { enableNodeReaders, readFile } from "@lmb/io/node";
import type { CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { segmentCycling } from "./segmentCycling.js";

// Real cycler files from ../shared/data/cycling (SOURCES.md). None is a Li‖Li or Li‖Cu cell
// (SOURCES.md: "No Li||Li symmetric or Li||Cu raw cycler file was found"), so these check the
// segmentation across readers against the cycle counts and capacities SOURCES.md gives.
enableNodeReaders();
const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const MAH = 3.6; // C per mAh

async function cycling(path: string): Promise<CyclingData> {
  const data = await readFile(DATA + path);
  if (data.kind !== "cycling") throw new Error(`${path} is not a cycling record`);
  return data;
}

describe("segmentCycling on real cycler files (SOURCES.md)", () => {
  it("BioLogic .mpr GCPL NaCoO₂ vs Na (navani jdb11-1): 0.21 mAh initial half cycle, then ~0.99/0.85 mAh", async () => {
    const seg = segmentCycling(
      await cycling("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"),
    );
    const q = seg.halfCycles.map((h) => h.charge / MAH);
    expect(q[0]).toBeAllClose(0.21, { rtol: 0.03 });
    expect(q[1]).toBeAllClose(0.99, { rtol: 0.01 });
    expect(q[2]).toBeAllClose(0.85, { rtol: 0.01 });
    // ±88.8 µA (the .mps setting) throughout: one rate step.
    expect(seg.rateSteps).toHaveLength(1);
    expect(seg.rateSteps[0]?.absCurrent).toBeAllClose(88.796e-6, { rtol: 0.01 });
    expect(seg.halfCycles[0]?.sign).toBe(-1); // Ns1 is the −88.8 µA discharge
    expect(seg.warnings.map((w) => w.code)).toEqual(["W_NO_AREA"]);
  });

  it("BioLogic .mpr LNMO GCPL (biologic-converter jdb11-4): 61 half cycles", async () => {
    const seg = segmentCycling(await cycling("biologic-converter/jdb11-4.mpr"));
    expect(seg.halfCycles).toHaveLength(61);
    expect(seg.cycleCount).toBe(31);
  });

  it("Arbin .res Si vs Li (cellpy): 18 cycles, ≤ 1.75 mAh", async () => {
    const seg = segmentCycling(await cycling("cellpy/20160805_test001_45_cc_01.res"));
    expect(seg.cycleCount).toBe(18);
    const q = seg.halfCycles.map((h) => h.charge / MAH);
    expect(Math.max(...q)).toBeAllClose(1.75, { rtol: 0.01 });
    // The file's own cycle index agrees: our cycle k is the file's Cycle_Index k + 1.
    expect(seg.halfCycles.map((h) => h.fileCycle)).toEqual(seg.halfCycles.map((h) => h.cycle + 1));
  });

  it("BDF-style csv, LFP-like (cellpy batmo_bdf): 109 file cycles of ~0.159 Ah", async () => {
    const seg = segmentCycling(await cycling("cellpy/batmo_bdf.csv"));
    // A partial first charge, then 109 discharge/charge pairs: 219 half cycles.
    expect(seg.halfCycles).toHaveLength(219);
    expect((seg.halfCycles[2]?.charge ?? 0) / 3600).toBeAllClose(0.159, { rtol: 0.01 });
    expect(seg.halfCycles[218]?.fileCycle).toBe(109);
  });

  it("Landt csv Li‖graphite CR2032 (battery-data-format): 2 cycles, ±0.2 mA", async () => {
    const seg = segmentCycling(
      await cycling("battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv"),
    );
    expect(seg.cycleCount).toBe(2);
    expect(seg.halfCycles[0]?.sign).toBe(-1); // lithiation of graphite first
    expect(Math.abs(seg.halfCycles[1]?.meanCurrent ?? 0)).toBeAllClose(2e-4, { rtol: 0.02 });
  });

  it("Maccor text with mislabelled mV (cellpy maccor_three): cycles 0–14 → 15 cycles", async () => {
    const seg = segmentCycling(await cycling("cellpy/maccor_three.txt"));
    expect(seg.cycleCount).toBe(15);
  });

  it("Neware BTSDA csv (cellpy neware_uio): ±0.99 mA, 4.2–5.1 mAh half cycles", async () => {
    const seg = segmentCycling(await cycling("cellpy/neware_uio.csv"));
    expect(seg.halfCycles).toHaveLength(10);
    expect((seg.halfCycles[1]?.charge ?? 0) / MAH).toBeAllClose(4.25, { rtol: 0.01 });
    expect(seg.maxAbsCurrent).toBeAllClose(0.99e-3, { rtol: 0.02 });
  });

  it('boundaries "file": BioLogic half-cycle column agrees with the current; Neware steps split a 3-rate discharge', async () => {
    const mpr = await cycling("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr");
    const byFile = segmentCycling(mpr, { boundaries: "file" });
    expect(byFile.boundarySource).toBe("file-half-cycle");
    expect(byFile.halfCycles.map((h) => h.charge)).toEqual(
      segmentCycling(mpr).halfCycles.map((h) => h.charge),
    );
    const neware = segmentCycling(await cycling("cellpy/neware_uio.csv"), { boundaries: "file" });
    expect(neware.boundarySource).toBe("file-step");
    expect(neware.halfCycles).toHaveLength(16);
    // Steps 2, 4, 6 are successive discharge rates of one lithiation; their charges add up to
    // the single current-sign half cycle's 5.09 mAh.
    const parts = neware.halfCycles.slice(0, 3).reduce((sum, h) => sum + h.charge, 0);
    expect(parts / MAH).toBeAllClose(5.086, { rtol: 0.001 });
  });

  it("a rest-only file (beep FastCharge_000025) is an E_NO_CURRENT error, not zero cycles", async () => {
    await expect(
      cycling("../cycling/beep/FastCharge_000025_CH8.csv").then((d) => segmentCycling(d)),
    ).rejects.toThrowError(/E_NO_CURRENT/);
  });
});
