import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { detectFormat, readBytes } from "../read.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/eis/", import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(DATA + path));
const spectrum = (path: string) => readBytes(bytes(path), { fileName: path }) as ImpedanceSpectrum;
const count = (a: Float64Array, f: (v: number) => boolean) =>
  a.reduce((n, v) => n + (f(v) ? 1 : 0), 0);

// [file, format, points, first f (Hz), last f (Hz), Im(Z) > 0 points (inductive) or undefined]
const FIXTURES: [string, string, number, number, number, number | undefined][] = [
  ["impedance.py/exampleDataGamry.DTA", "gamry-dta", 72, 200015.6, 0.0158898, 0],
  ["hybrid-drt/EISGALV_EISTest3.DTA", "gamry-dta", 71, 1000078, 0.1001603, 26],
  ["impedance.py/exampleDataZPlot.z", "zview-z", 21, 300000, 3000, 0],
  ["impedance.py/exampleDataAutolab.txt", "zview-z", 41, 10000, 0.1, undefined],
  ["impedance.py/exampleData.csv", "impedance-csv", 66, 0.0031623, 10000, 9],
  ["pyDRTtools/LIB_data.txt", "impedance-csv", 107, 999.040405, 0.00500083202, undefined],
  ["pyDRTtools/LIB_data_2.txt", "impedance-csv", 100, 999.040405, 0.0100057628, undefined],
  [
    "hybrid-drt/PEIS_LPSCl_IonBlocking_-25C_RelaxIS.txt",
    "impedance-csv",
    79,
    0.10002180933952332,
    7000018.5,
    0,
  ],
  ["hybrid-drt/PEIS_SSB.derived.csv", "impedance-csv", 89, 7000018.5, 0.00999726355, undefined],
  ["impedance.py/exampleDataPowersuite.txt", "impedance-csv", 30, 0.1, 2e6, 0],
  ["impedance.py/exampleDataParstat.txt", "impedance-csv", 31, 10000, 10, undefined],
];

describe("impedance fixtures (data/eis/SOURCES.md)", () => {
  for (const [file, format, points, f0, f1, inductive] of FIXTURES) {
    it(`${file}: ${format}, ${points} points, ${f0} → ${f1} Hz`, () => {
      expect(detectFormat(bytes(file), file).id).toBe(format);
      const s = spectrum(file);
      expect(s.kind).toBe("impedance");
      const { frequency, zReal, zImag } = s.columns;
      expect(frequency.length).toBe(points);
      expect(frequency[0]).toBeCloseTo(f0, 6);
      expect(frequency[points - 1]).toBeCloseTo(f1, 6);
      expect(zReal.length).toBe(points);
      // capacitive spectra: Im(Z) < 0 for most points, whatever the file's convention
      expect(count(zImag, (v) => v < 0)).toBeGreaterThan(points / 2);
      if (inductive !== undefined) expect(count(zImag, (v) => v > 0)).toBe(inductive);
    });
  }

  it("Gamry: first point and DC columns of exampleDataGamry.DTA", () => {
    const s = spectrum("impedance.py/exampleDataGamry.DTA");
    expect(s.columns.zReal[0]).toBe(825.8584);
    expect(s.columns.zImag[0]).toBe(-1367.239);
    expect(s.columns.bias?.[0]).toBe(-0.3413299);
    expect(s.metadata.startTime).toBe("2018-04-23T16:43:15");
  });

  it("hybrid-drt: the RelaxIS export and the derived CSV of the same lab agree in range (Re Z 359 Ω → 1.8 MΩ; 49 → 2417 Ω)", () => {
    const relaxis = spectrum("hybrid-drt/PEIS_LPSCl_IonBlocking_-25C_RelaxIS.txt").columns.zReal;
    expect(Math.min(...relaxis)).toBeCloseTo(359.24, 1);
    expect(Math.max(...relaxis)).toBeCloseTo(1.799e6, -3);
    const ssb = spectrum("hybrid-drt/PEIS_SSB.derived.csv").columns.zReal;
    expect(ssb[0]).toBeCloseTo(49.0087, 3);
    expect(ssb[ssb.length - 1]).toBeCloseTo(2416.7, 1);
  });
});

describe("Gamry .DTA curves", () => {
  const cv = [
    "EXPLAIN",
    "TAG\tCV",
    "TITLE\tLABEL\tCyclic Voltammetry\tTest &Identifier",
    "SCANRATE\tQUANT\t5.00000E+001\tScan Ra&te (mV/s)",
    "CURVE1\tTABLE\t3",
    "\tPt\tT\tVf\tIm\tVu\tSig\tAch\tIERange\tOver",
    "\t#\ts\tV vs. Ref.\tA\tV\tV\tV\t#\tbits",
    "\t0\t0.02\t0.1\t1E-6\t0\t0\t0\t5\t...........",
    "\t1\t0.04\t0.101\t2E-6\t0\t0\t0\t5\t...........",
    "\t2\t0.06\t0.102\t3E-6\t0\t0\t0\t5\t...........",
    "CURVE2\tTABLE\t2",
    "\tPt\tT\tVf\tIm\tVu\tSig\tAch\tIERange\tOver",
    "\t#\ts\tV vs. Ref.\tA\tV\tV\tV\t#\tbits",
    "\t0\t0.02\t0.1\t4E-6\t0\t0\t0\t5\t...........",
    "\t1\t0.04\t0.101\t5E-6\t0\t0\t0\t5\t...........",
  ].join("\r\n");
  it("reads a CV as a voltammogram, one cycle per CURVE table, time made continuous", () => {
    const d = readBytes(new TextEncoder().encode(cv), { fileName: "cv.DTA" });
    expect(d.kind).toBe("voltammogram");
    if (d.kind !== "voltammogram") return;
    expect(d.columns.cycle).toEqual(Float64Array.of(1, 1, 1, 2, 2));
    expect(d.columns.current[4]).toBe(5e-6);
    expect(
      [...(d.columns.time as Float64Array)].every(
        (t, i, a) => i === 0 || t >= (a[i - 1] as number),
      ),
    ).toBe(true);
    expect(d.scanRate).toBeCloseTo(0.05, 12);
  });
  it("reads a chronoamperogram as a current transient", () => {
    const ca = cv.replace("TAG\tCV", "TAG\tCHRONOA").replace(/CURVE2[\s\S]*$/, "");
    const d = readBytes(new TextEncoder().encode(ca), { fileName: "ca.DTA" });
    expect(d.kind).toBe("transient");
    expect((d.columns as Record<string, Float64Array>).current?.[2]).toBe(3e-6);
  });
});
