import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { circuitImpedance } from "@lmb/impedance";

/** A fresh temporary directory for the eis CLI tests' files. */
export const fixtureDir = mkdtempSync(join(tmpdir(), "lmb-eis-"));

/** 1 MHz to 10 mHz, 10 points per decade (81 frequencies, Hz). */
export const FREQUENCY = Float64Array.from({ length: 81 }, (_, i) => 1e6 * 10 ** (-i / 10));

/**
 * Writes rows "f,Z′,Z″" (Hz, Ω; Z″ < 0 capacitive) as a header-less CSV, the layout of
 * impedance.py's exampleData.csv, and returns its path.
 *
 * @example writeSpectrumRows("bad.csv", [[1000, 5, -1]]);
 */
export function writeSpectrumRows(
  name: string,
  rows: readonly (readonly [number | string, number | string, number | string])[],
): string {
  const path = join(fixtureDir, name);
  writeFileSync(path, `${rows.map((r) => r.join(",")).join("\n")}\n`);
  return path;
}

/**
 * Writes the exact impedance of `circuit` with parameter values `values` (SI) at
 * {@link FREQUENCY} and returns the path.
 *
 * @example writeSpectrum("cell.csv", "R0-p(R1,C1)", { R0: 5, R1: 20, C1: 1e-6 });
 */
export function writeSpectrum(
  name: string,
  circuit: string,
  values: Readonly<Record<string, number>>,
): string {
  const { zReal, zImag } = circuitImpedance(circuit, FREQUENCY, values);
  return writeSpectrumRows(
    name,
    Array.from(FREQUENCY, (f, i) => [f, zReal[i] as number, zImag[i] as number] as const),
  );
}

const DATA = "../../../../../../shared/data/eis/";

/** A file of the shared EIS test data (shared/data/eis/SOURCES.md), by path under that folder. */
export function eisData(path: string): string {
  return new URL(DATA + path, import.meta.url).pathname;
}
