import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temporary directory for the kinetics CLI tests' files. */
export const fixtureDir = mkdtempSync(join(tmpdir(), "lmb-kinetics-"));

/**
 * Writes a generic-CSV voltammogram (Potential (V), Current (mA), Cycle) and returns its path.
 *
 * @example writeVoltammogram("cv.csv", [[0, 0.1, 1]]);
 */
export function writeVoltammogram(
  name: string,
  rows: readonly (readonly [number, number, number])[],
): string {
  const path = join(fixtureDir, name);
  const lines = [
    "# lmb kind: voltammogram",
    "Potential (V),Current (mA),Cycle",
    ...rows.map((r) => r.join(",")),
  ];
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** The real BioLogic CV of ixdat's test data (Pt, 5 cycles; shared/data/cycling/SOURCES.md). */
export const PT_CV = new URL(
  "../../../../../../shared/data/cycling/ixdat/Pt_poly_cv_CUT.mpt",
  import.meta.url,
).pathname;
