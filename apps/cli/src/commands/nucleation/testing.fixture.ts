import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { instantaneousCurrentDensity, LITHIUM_MOLAR_VOLUME } from "@lmb/nucleation";
import { createRng } from "@lmb/numerics";
import { FARADAY_CONSTANT } from "@lmb/units";

/** A fresh temporary directory for the nucleation CLI tests' files. */
export const fixtureDir = mkdtempSync(join(tmpdir(), "lmb-nucleation-"));

/** Writes `lines` (a header and rows) to `name` in the fixture directory and returns its path. */
export function writeLines(name: string, lines: readonly string[]): string {
  const path = join(fixtureDir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** The synthetic transient's truth: D = 1e-6 cm² s⁻¹, N0 = 1e6 cm⁻², Li at 1 M. */
export const TRANSIENT_TRUTH = { diffusivity: 1e-10, siteDensity: 1e10 } as const;

/**
 * A chronoamperometric plating transient (generic CSV: `# lmb kind: transient`, Time (s),
 * Current (mA)) from the instantaneous Scharifker–Hills model with {@link TRANSIENT_TRUTH} on
 * `areaCm2` cm², negative (reduction), with seeded relative noise; t_m ≈ 0.70 s,
 * j_m ≈ 46.5 mA cm⁻².
 *
 * @example writeInstantaneousTransient("ca.csv", 1, 0.002);
 */
export function writeInstantaneousTransient(name: string, areaCm2: number, noise = 0): string {
  const rng = createRng(7);
  const li1M = { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME };
  const rows: string[] = [];
  for (let i = 1; i <= 1000; i++) {
    const t = 0.007 * i;
    const j = instantaneousCurrentDensity(
      t,
      TRANSIENT_TRUTH.diffusivity,
      TRANSIENT_TRUTH.siteDensity,
      li1M,
      FARADAY_CONSTANT,
    );
    const mA = -j * (1 + noise * rng.normal()) * areaCm2 * 1e-4 * 1e3;
    rows.push(`${t.toPrecision(6)},${mA.toPrecision(8)}`);
  }
  return writeLines(name, ["# lmb kind: transient", "Time (s),Current (mA)", ...rows]);
}

/**
 * A Li‖Cu first plating record (generic CSV: Time (s), Voltage (V), Current (mA)): rest at 2.8 V,
 * then `currentMa` mA; the voltage falls (τ = 4 s), dips to −`tipV` at 60 s into the step and
 * relaxes to −`plateauV` (η_nuc = tipV − plateauV).
 *
 * @example writePlatingRecord("cu.csv", 0.064, 0.02, -0.5);
 */
export function writePlatingRecord(
  name: string,
  tipV: number,
  plateauV: number,
  currentMa: number,
): string {
  const rows: string[] = [];
  for (let t = 0; t < 4000; t++) {
    if (t < 60) {
      rows.push(`${t},2.8,0`);
      continue;
    }
    const s = t - 60;
    const dip = (tipV - plateauV) * Math.exp(-(((s - 60) / 25) ** 2));
    const v = 2.8 * Math.exp(-s / 4) - plateauV * (1 - Math.exp(-s / 4)) - dip;
    rows.push(`${t},${v.toPrecision(8)},${currentMa}`);
  }
  return writeLines(name, ["Time (s),Voltage (V),Current (mA)", ...rows]);
}
