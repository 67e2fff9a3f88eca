import { fileURLToPath } from "node:url";
import { enableNodeReaders, readFile } from "@lmb/io/node";
import type { CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { analyzeSymmetricCycling } from "./analyzeSymmetricCycling.js";

// SOURCES.md: "No Li||Li symmetric or Li||Cu raw cycler file was found in any reachable public
// fixture set". The real files are half and full cells; run through the Li‖Li analysis they must
// keep SOURCES.md's cycle counts, report no short, and say that they are not Li‖Li records.
enableNodeReaders();
const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));

async function cycling(path: string): Promise<CyclingData> {
  const data = await readFile(DATA + path);
  if (data.kind !== "cycling") throw new Error(`${path} is not a cycling record`);
  return data;
}

const CASES: [path: string, halfCycles: number, cycles: number][] = [
  ["navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr", 13, 7],
  ["biologic-converter/jdb11-4.mpr", 61, 31], // SOURCES.md: 61 half cycles
  ["cellpy/20160805_test001_45_cc_01.res", 35, 18], // SOURCES.md: 18 cycles
  ["cellpy/maccor_three.txt", 30, 15], // SOURCES.md: cycles 0–14
  ["battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv", 3, 2], // 2 cycles
];

describe("analyzeSymmetricCycling on real (non-Li‖Li) cycler files", () => {
  for (const [path, halfCycles, cycles] of CASES) {
    it(`${path}: ${halfCycles} half cycles, ${cycles} cycles, no short, W_NOT_LI_LI`, async () => {
      const r = analyzeSymmetricCycling(await cycling(path));
      expect(r.halfCycles).toHaveLength(halfCycles);
      expect(r.cycles).toHaveLength(cycles);
      expect(r.failures.hardShort).toBeNull();
      expect(r.failures.softShortCount).toBe(0);
      expect(r.polarity).toBeLessThan(0.9);
      expect(r.warnings.map((w) => w.code)).toContain("W_NOT_LI_LI");
      for (const h of r.halfCycles) {
        expect(Number.isFinite(h.plateau) && Number.isFinite(h.peak)).toBe(true);
      }
    });
  }
});
