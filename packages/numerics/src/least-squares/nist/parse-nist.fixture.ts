/**
 * Test fixture (not part of the published API): a reader for the NIST StRD nonlinear regression
 * `.dat` files — starting values, certified values and standard deviations, certified residual sum
 * of squares, and the data columns.
 *
 * Source of the format: NIST/ITL Statistical Reference Datasets, nonlinear regression,
 * https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One parsed NIST StRD nonlinear problem. */
export interface NistDataset {
  /** Dataset name as in the file header, e.g. `"MGH09"`. */
  name: string;
  /** Parameter names in order: `b1`, `b2`, … */
  parameterNames: string[];
  /** Starting values: `starts[0]` is Start 1, `starts[1]` is Start 2. */
  starts: [number[], number[]];
  /** Certified parameter values. */
  certifiedValues: number[];
  /** Certified standard deviations of the parameters. */
  certifiedStdDevs: number[];
  /** Certified residual sum of squares. */
  residualSumOfSquares: number;
  /** Certified residual standard deviation. */
  residualStandardDeviation: number;
  /** Degrees of freedom n − p. */
  degreesOfFreedom: number;
  /** Response column. */
  y: Float64Array;
  /** Predictor columns (one for every problem but Nelson, which has two). */
  x: Float64Array[];
}

/**
 * Path of the NIST StRD data folder: the repository root (five levels above this file's folder)
 * then `../shared/data/nist-strd`.
 */
export function nistDataDirectory(): string {
  const repoRoot = new URL("../../../../../", import.meta.url);
  return fileURLToPath(new URL("../shared/data/nist-strd/", repoRoot));
}

const parameterLine = /^\s*b(\d+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$/;

function numberAfterColon(lines: string[], label: string): number {
  const line = lines.find((l) => l.trimStart().startsWith(label));
  if (line === undefined) throw new Error(`NIST file: no "${label}" line`);
  const value = Number(line.slice(line.indexOf(":") + 1).trim());
  if (!Number.isFinite(value)) throw new Error(`NIST file: bad number on "${label}" line`);
  return value;
}

/** Parses the text of one NIST StRD nonlinear `.dat` file. */
export function parseNistDataset(text: string): NistDataset {
  const lines = text.split(/\r?\n/);
  const nameMatch = /Dataset Name:\s+(\S+)/.exec(text);
  if (!nameMatch?.[1]) throw new Error("NIST file: no dataset name");
  const starts: [number[], number[]] = [[], []];
  const certifiedValues: number[] = [];
  const certifiedStdDevs: number[] = [];
  const parameterNames: string[] = [];
  for (const line of lines) {
    const m = parameterLine.exec(line);
    if (!m) continue;
    parameterNames.push(`b${m[1]}`);
    starts[0].push(Number(m[2]));
    starts[1].push(Number(m[3]));
    certifiedValues.push(Number(m[4]));
    certifiedStdDevs.push(Number(m[5]));
  }
  const dataHeader = lines.findIndex((l) => /^Data:\s+y\b/.test(l));
  if (dataHeader < 0) throw new Error("NIST file: no data header");
  const rows = lines
    .slice(dataHeader + 1)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(/\s+/).map(Number));
  const columns = rows[0]?.length ?? 0;
  const y = Float64Array.from(rows, (r) => r[0] as number);
  const x: Float64Array[] = [];
  for (let c = 1; c < columns; c++) x.push(Float64Array.from(rows, (r) => r[c] as number));
  return {
    name: nameMatch[1],
    parameterNames,
    starts,
    certifiedValues,
    certifiedStdDevs,
    residualSumOfSquares: numberAfterColon(lines, "Residual Sum of Squares"),
    residualStandardDeviation: numberAfterColon(lines, "Residual Standard Deviation"),
    degreesOfFreedom: numberAfterColon(lines, "Degrees of Freedom"),
    y,
    x,
  };
}

/** Reads and parses `<name>.dat` from {@link nistDataDirectory}. */
export function readNistDataset(name: string): NistDataset {
  return parseNistDataset(readFileSync(`${nistDataDirectory()}${name}.dat`, "utf8"));
}
