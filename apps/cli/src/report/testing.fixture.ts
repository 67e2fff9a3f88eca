import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ccdLadderTrace, fullCellTrace, lithiumCopperTrace, symmetricCellTrace } from "@lmb/cells";
import { toCsv } from "@lmb/io";
import type { CyclingData, Dataset, DatasetMetadata, ImpedanceSpectrum } from "@lmb/schemas";
import { FARADAY_CONSTANT as FARADAY, GAS_CONSTANT } from "@lmb/units";

const metadata = (): DatasetMetadata =>
  ({ format: "csv", columns: [], warnings: [] }) as DatasetMetadata;

/** Electrode area of every synthetic file, m² (1 cm²). */
export const AREA = 1e-4;

/** Known parameters of the synthetic folder. */
export const TRUTH = {
  /** Activation energy of R1 in the impedance spectra, J mol⁻¹. */
  activationEnergy: 40_000,
  /** Temperatures of the spectra, °C. */
  temperatures: [10, 25, 40, 60],
  /** R1 at 25 °C, Ω. */
  r1At25: 50,
  /** Voltammogram scan rates, V s⁻¹, and peak-current slope dI_p/d√v, A (V/s)^−½. */
  scanRates: [0.01, 0.04, 0.09],
  peakSlope: 2e-3,
  /** Concentration for D, mol m⁻³ (1 M). */
  concentration: 1000,
} as const;

/** D the Randles–Sevcik relation gives from the synthetic peak slope (reversible, n = 1, 25 °C). */
export function expectedDiffusionCoefficient(): number {
  const f = FARADAY / (GAS_CONSTANT * 298.15);
  // I_p = 0.4463·n·F·A·C·√(n·F·v·D/(R·T)) → slope = 0.4463·F·A·C·√(f·D)
  const k = 0.4463 * FARADAY * AREA * TRUTH.concentration * Math.sqrt(f);
  return (TRUTH.peakSlope / k) ** 2;
}

function cycling(time: number[], voltage: number[], current: number[]): CyclingData {
  return {
    kind: "cycling",
    columns: {
      time: Float64Array.from(time),
      voltage: Float64Array.from(voltage),
      current: Float64Array.from(current),
    },
    metadata: metadata(),
  };
}

/** A triangular sweep 0 → 0.5 → 0 V at `rate` with bell-shaped peaks of height slope·√v. */
export function syntheticVoltammogram(rate: number): CyclingData {
  const t: number[] = [];
  const v: number[] = [];
  const i: number[] = [];
  const ip = TRUTH.peakSlope * Math.sqrt(rate);
  const bell = (x: number) => 1 / Math.cosh(x / 0.03) ** 2;
  const n = 400;
  for (let cycle = 0; cycle < 2; cycle++) {
    for (let k = 0; k < 2 * n; k++) {
      const up = k < n;
      const e = up ? (0.5 * k) / n : 0.5 - (0.5 * (k - n)) / n;
      t.push(((cycle * 2 * n + k) * (0.5 / n)) / rate);
      v.push(e);
      i.push(up ? ip * bell(e - 0.25) : -ip * bell(e - 0.22));
    }
  }
  return cycling(t, v, i);
}

/** A Scharifker–Hills instantaneous transient at a held −0.1 V (t_m = 2 s, I_m = 1 mA). */
export function syntheticTransient(): CyclingData {
  const t: number[] = [];
  const v: number[] = [];
  const i: number[] = [];
  for (let k = 1; k <= 400; k++) {
    const x = (k * 0.05) / 2;
    const ratio2 = (1.9542 / x) * (1 - Math.exp(-1.2564 * x)) ** 2;
    t.push(k * 0.05);
    v.push(-0.1);
    i.push(-1e-3 * Math.sqrt(ratio2));
  }
  return cycling(t, v, i);
}

/** R0 + R1‖CPE1 at temperature θ (°C), R1 Arrhenius with {@link TRUTH}. */
export function syntheticSpectrum(celsius: number): ImpedanceSpectrum {
  const T = celsius + 273.15;
  const r1 =
    TRUTH.r1At25 * Math.exp((TRUTH.activationEnergy / GAS_CONSTANT) * (1 / T - 1 / 298.15));
  const r0 = 5;
  const q = 1e-5;
  const nExp = 0.9;
  const f: number[] = [];
  const re: number[] = [];
  const im: number[] = [];
  for (let k = 0; k < 50; k++) {
    const freq = 10 ** (6 - (7 * k) / 49);
    const w = 2 * Math.PI * freq;
    // Y = 1/R1 + Q (jω)^n
    const a = q * w ** nExp;
    const yr = 1 / r1 + a * Math.cos((nExp * Math.PI) / 2);
    const yi = a * Math.sin((nExp * Math.PI) / 2);
    const d = yr * yr + yi * yi;
    f.push(freq);
    re.push(r0 + yr / d);
    im.push(-yi / d);
  }
  return {
    kind: "impedance",
    columns: {
      frequency: Float64Array.from(f),
      zReal: Float64Array.from(re),
      zImag: Float64Array.from(im),
    },
    metadata: metadata(),
  };
}

async function put(dir: string, name: string, dataset: Dataset): Promise<void> {
  await mkdir(join(dir, ...name.split("/").slice(0, -1)), { recursive: true });
  await writeFile(join(dir, name), toCsv(dataset));
}

/** Options of {@link writeSyntheticFolder}: which files to write. */
export type SyntheticFile = "lili" | "licu" | "full" | "ccd" | "transient" | "cv" | "eis";

/**
 * Writes a folder of synthetic experiments with known parameters (CSV, no area in the files):
 * Li‖Li (`lili.csv`), Li‖Cu (`licu.csv`), full cell (`full.csv`), CCD ladder (`ccd.csv`),
 * a nucleation transient (`ca.csv`), voltammograms at three scan rates (`cv/cv-10.csv` …),
 * impedance spectra at four temperatures (`eis/eis-25C.csv` …).
 */
export async function writeSyntheticFolder(
  dir: string,
  which: readonly SyntheticFile[] = ["lili", "licu", "full", "ccd", "transient", "cv", "eis"],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const sampling = { samplingInterval: 60, area: AREA, seed: 1 };
  if (which.includes("lili")) {
    await put(
      dir,
      "lili.csv",
      symmetricCellTrace({
        ...sampling,
        steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 12 }],
      }).data,
    );
  }
  if (which.includes("licu"))
    await put(dir, "licu.csv", lithiumCopperTrace({ ...sampling, cycles: 12 }).data);
  if (which.includes("full"))
    await put(
      dir,
      "full.csv",
      fullCellTrace({ ...sampling, steps: [{ cRate: 1, cycles: 12 }] }).data,
    );
  if (which.includes("ccd"))
    await put(dir, "ccd.csv", ccdLadderTrace({ ...sampling, criticalCurrentDensity: 16 }).data);
  if (which.includes("transient")) await put(dir, "ca.csv", syntheticTransient());
  if (which.includes("cv")) {
    for (const rate of TRUTH.scanRates)
      await put(dir, `cv/cv-${rate * 1e3}.csv`, syntheticVoltammogram(rate));
  }
  if (which.includes("eis")) {
    for (const t of TRUTH.temperatures) await put(dir, `eis/eis-${t}C.csv`, syntheticSpectrum(t));
  }
}
