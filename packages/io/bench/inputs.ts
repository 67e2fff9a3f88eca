import { readFileSync } from "node:fs";
import { decodeMpr } from "../src/biologic/decodeMpr.js";
import { repeatMprRecords } from "../src/biologic/repeatMprRecords.js";

/** Synthetic benchmark inputs (also written to files for the memory benchmark's child processes). */

/** A real GCPL `.mpr` whose records the synthetic BioLogic files repeat. */
export const MPR_FIXTURE = new URL(
  "../../../../shared/data/cycling/navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr",
  import.meta.url,
);

/** The fixture's bytes. */
export function mprFixture(): Uint8Array {
  return new Uint8Array(readFileSync(MPR_FIXTURE));
}

/** A `.mpr` of `points` records repeated from the fixture. */
export function syntheticMpr(points: number, fixture = mprFixture()): Uint8Array {
  return repeatMprRecords(fixture, points);
}

/** An EC-Lab-style .mpt (tab-separated, GCPL columns) of `rows` records repeated from an .mpr. */
export function syntheticMpt(rows: number, mpr = mprFixture()): Uint8Array {
  const raw = decodeMpr(mpr);
  const columns = raw.columns;
  const values = columns.map((c) => c.values);
  const lines = [
    "EC-Lab ASCII FILE",
    "Nb header lines : 5",
    "",
    "Galvanostatic Cycling with Potential Limitation",
    columns.map((c) => c.header).join("\t"),
  ];
  for (let i = 0; i < rows; i++) {
    const r = i % raw.points;
    lines.push(
      values
        .map((v) => {
          const x = v[r] as number;
          return Number.isInteger(x) ? String(x) : x.toExponential(9);
        })
        .join("\t"),
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/** A synthetic cycler export: 8 unit-bearing columns, `rows` records (~58 MB for 1M rows). */
export function syntheticCsv(rows: number): Uint8Array {
  const lines = [
    "Time (s),Voltage (V),Current (mA),Capacity (mAh),Energy (mWh),Cycle,Step,Temperature (°C)",
  ];
  for (let k = 0; k < rows; k++) {
    const t = k * 10;
    const i = Math.sign(Math.sin(k / 5000)) * 1.5;
    const v = 3.7 + 0.4 * Math.sin(k / 1000);
    lines.push(
      `${t},${v.toFixed(6)},${i.toFixed(4)},${(k * 0.0041667).toFixed(6)},${(k * 0.0154).toFixed(5)},${1 + Math.floor(k / 10000)},${1 + (k % 4)},${(25 + 0.01 * (k % 100)).toFixed(2)}`,
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}
