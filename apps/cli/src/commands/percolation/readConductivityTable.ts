import { LmbError } from "@lmb/errors";
import { decodeText, parseDelimitedTable, splitHeader } from "@lmb/io";
import { conductivity, parseQuantity } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { readInputBytes } from "../read/readInputBytes.js";

/** Volume fractions and conductivities (S m⁻¹) read from a table. */
export interface ConductivityTable {
  fraction: number[];
  conductivity: number[];
  /** The headers the columns came from. */
  columns: { fraction: string; conductivity: string };
}

const FRACTION_NAME = /frac|v_?f\b|^v$|phi|φ|vol|metal|content|loading/i;
const SIGMA_NAME = /σ|sigma|conduct|kappa|κ/i;

function pick(
  headers: readonly string[],
  wanted: string | undefined,
  pattern: RegExp,
  fallback: number,
  source: string,
  file: string,
): number {
  if (wanted !== undefined) {
    const n = Number(wanted);
    if (Number.isInteger(n) && n >= 1 && n <= headers.length) return n - 1;
    const i = headers.findIndex(
      (h) =>
        h.toLowerCase() === wanted.toLowerCase() ||
        splitHeader(h).name.toLowerCase() === wanted.toLowerCase(),
    );
    if (i < 0) {
      throw new LmbError("E_INVALID_INPUT", `${file} has no column "${wanted}"`, {
        location: { source },
        fix: `give a header (${headers.join(", ")}) or a 1-based column number`,
      });
    }
    return i;
  }
  const i = headers.findIndex((h) => pattern.test(splitHeader(h).name));
  return i >= 0 ? i : fallback;
}

/** The factor that turns the column's unit into S m⁻¹. */
function conductivityFactor(header: string, file: string): number {
  const { unitText } = splitHeader(header);
  if (unitText === "") return 1;
  try {
    return conductivity(parseQuantity(`1 ${unitText.replace(/\//g, " /")}`));
  } catch {
    throw new LmbError(
      "E_UNIT_MISMATCH",
      `the conductivity column "${header}" of ${file} is not in a conductivity unit`,
      {
        location: { source: file, line: 1 },
        fix: 'write the unit in the header, e.g. "sigma (S/cm)" or "σ (mS cm-1)"; a header without a unit is read as S m⁻¹',
      },
    );
  }
}

/** The factor that turns the column into a fraction: 1/100 for "%", 1 without a unit. */
function fractionFactor(header: string, file: string): number {
  const { unitText } = splitHeader(header);
  const unit = unitText.replace(/\s/g, "").toLowerCase();
  if (unit === "") return /%/.test(header) ? 0.01 : 1;
  if (unit === "%" || unit === "vol%" || unit === "v%") return 0.01;
  if (unit === "1" || unit === "-" || unit === "fraction") return 1;
  throw new LmbError(
    "E_INVALID_INPUT",
    `the volume-fraction column "${header}" of ${file} has the unit "${unitText}"`,
    {
      location: { source: file, line: 1 },
      fix: 'give volume fractions as plain numbers (0–1) or in percent, e.g. "V_f (%)"',
    },
  );
}

/**
 * Reads a CSV/TSV of metal volume fraction and conductivity (any delimiter, units in the
 * headers: "V_f (%)", "sigma (S/cm)"), picking the columns by name (fraction: V_f, phi, φ,
 * fraction, vol…; conductivity: σ, sigma, conductivity, κ) or position (first and second), or as
 * given by `--fraction-column` / `--conductivity-column`; rows with an empty cell are skipped.
 *
 * @param file - path, or "-" for standard input
 * @throws LmbError `E_FILE`, `E_FORMAT` from the table reader; `E_UNIT_MISMATCH` for a
 *   conductivity column in another unit; `E_INVALID_INPUT` for fractions outside [0, 1], σ ≤ 0
 *   (with the line), or fewer than 3 rows
 * @example
 * const { fraction, conductivity } = await readConductivityTable("cu.csv", io);
 */
export async function readConductivityTable(
  file: string,
  io: CliIo,
  columns: { fraction?: string | undefined; conductivity?: string | undefined } = {},
): Promise<ConductivityTable> {
  const bytes = await readInputBytes(file, io);
  const table = parseDelimitedTable(decodeText(bytes).text, { source: file });
  const { headers } = table;
  if (headers.length < 2) {
    throw new LmbError(
      "E_FORMAT",
      `${file} has ${headers.length} column; it needs volume fraction and conductivity`,
      {
        location: { source: file },
        fix: "give two columns, e.g. V_f,sigma (S/m)",
      },
    );
  }
  const fi = pick(headers, columns.fraction, FRACTION_NAME, 0, "--fraction-column", file);
  const si = pick(
    headers,
    columns.conductivity,
    SIGMA_NAME,
    fi === 1 ? 0 : 1,
    "--conductivity-column",
    file,
  );
  if (fi === si) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `the same column "${headers[fi]}" was taken for V_f and σ`,
      {
        location: { source: file },
        fix: "name the columns with --fraction-column and --conductivity-column",
      },
    );
  }
  const fHeader = headers[fi] as string;
  const sHeader = headers[si] as string;
  const ff = fractionFactor(fHeader, file);
  const sf = conductivityFactor(sHeader, file);
  const fraction: number[] = [];
  const sigma: number[] = [];
  const fx = table.numbers[fi] as Float64Array;
  const sx = table.numbers[si] as Float64Array;
  for (let r = 0; r < table.rowCount; r++) {
    const f = (fx[r] as number) * ff;
    const s = (sx[r] as number) * sf;
    if (Number.isNaN(f) && Number.isNaN(s)) continue;
    const line = table.firstDataLine + r;
    if (!(f >= 0 && f <= 1)) {
      throw new LmbError("E_INVALID_INPUT", `V_f = ${fx[r]} in ${file} is outside [0, 1]`, {
        location: { source: file, line },
        fix:
          ff === 1
            ? 'give fractions 0–1, or mark percent in the header, e.g. "V_f (%)"'
            : "give percentages 0–100",
      });
    }
    if (!(s > 0)) {
      throw new LmbError("E_INVALID_INPUT", `σ = ${sx[r]} in ${file} is not positive`, {
        location: { source: file, line },
        fix: "a log-scale fit needs σ > 0; give the measured conductivity (or the instrument floor)",
      });
    }
    fraction.push(f);
    sigma.push(s);
  }
  if (fraction.length < 3) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${file} has ${fraction.length} data rows; a fit needs at least 3`,
      {
        location: { source: file },
        fix: "measure more volume fractions",
      },
    );
  }
  return { fraction, conductivity: sigma, columns: { fraction: fHeader, conductivity: sHeader } };
}
