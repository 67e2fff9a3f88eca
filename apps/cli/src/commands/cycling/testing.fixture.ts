import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CyclingData } from "@lmb/schemas";

/** A fresh directory for the cycling tests' files. */
export const fixtureDir = mkdtempSync(join(tmpdir(), "lmb-cycling-"));

/**
 * Writes a cycling record as CSV (time s, voltage V, current mA; no area: the CSV cannot carry
 * one) to `name` in the fixture directory and returns its path.
 *
 * @example writeRecord("lili.csv", symmetricCellTrace().data);
 */
export function writeRecord(name: string, data: CyclingData): string {
  const { time, voltage, current } = data.columns;
  const lines = ["Time (s),Voltage (V),Current (mA)"];
  for (let i = 0; i < time.length; i++) {
    lines.push(
      `${time[i]},${(voltage[i] as number).toPrecision(7)},${((current[i] as number) * 1e3).toPrecision(7)}`,
    );
  }
  const path = join(fixtureDir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** Writes raw CSV lines to `name` in the fixture directory and returns its path. */
export function writeLines(name: string, lines: readonly string[]): string {
  const path = join(fixtureDir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
