import { Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { LATTICES, type LatticeId } from "@lmb/percolation";
import { length } from "@lmb/units";
import { quantityOption } from "../../input/quantityOption.js";
import { numberOption } from "../nucleation/nucleationOptions.js";

/** The lattice names `--lattice` takes. */
export const LATTICE_IDS = Object.keys(LATTICES) as LatticeId[];

/** `--lattice <name>` (default sc). @example new Command("simulate").addOption(latticeOption()); */
export function latticeOption(fallback: LatticeId = "sc") {
  return new Option(
    "--lattice <name>",
    "lattice: square, triangular, honeycomb (2D); sc, bcc, fcc (3D)",
  )
    .choices(LATTICE_IDS)
    .default(fallback);
}

/** `--seed <n>` (default 1). */
export function seedOption() {
  return new Option(
    "--seed <n>",
    "base seed: the same seed gives the same numbers on any machine",
  ).default("1");
}

/** `--threads <n>` (default: all cores). */
export function threadsOption() {
  return new Option(
    "--threads <n>",
    "worker threads (default: all cores; results do not depend on it)",
  );
}

/**
 * An integer option within [min, max].
 *
 * @throws LmbError `E_INVALID_INPUT` located at `source`, naming the range
 * @example integerOption("64", "--size", 4, 4096); // 64
 */
export function integerOption(
  text: string,
  source: string,
  min: number,
  max: number,
  why = "",
): number {
  const value = numberOption(text, source);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${source} ${text} must be an integer from ${min} to ${max}${why ? ` (${why})` : ""}`,
      {
        location: { source },
        fix: `give ${source} ${Math.min(max, Math.max(min, Math.round(value) || min))}`,
      },
    );
  }
  return value;
}

/**
 * A fraction in [0, 1] (a plain number, or a percentage "30 %").
 *
 * @throws LmbError `E_INVALID_INPUT` for text that is not a number or a value outside [0, 1]
 * @example fractionOption("0.3", "--fractions"); // 0.3
 */
export function fractionOption(text: string, source: string): number {
  const t = text.trim();
  const percent = /%$/.test(t);
  const value = numberOption(percent ? t.slice(0, -1) : t, source) / (percent ? 100 : 1);
  if (!(value >= 0 && value <= 1)) {
    throw new LmbError("E_INVALID_INPUT", `${source} ${text} is outside [0, 1]`, {
      location: { source },
      fix: "give fractions between 0 and 1 (or percentages such as 30 %)",
    });
  }
  return value;
}

/**
 * A comma-separated list of fractions, or a range "from:to:count" (e.g. "0.3:0.8:11").
 *
 * @throws LmbError `E_INVALID_INPUT` for an empty list, a bad range or a value outside [0, 1]
 * @example fractionList("0.3:0.5:3", "--fractions"); // [0.3, 0.4, 0.5]
 */
export function fractionList(text: string, source: string): number[] {
  const range = text.split(":");
  if (range.length === 3) {
    const from = fractionOption(range[0] as string, source);
    const to = fractionOption(range[1] as string, source);
    const count = integerOption(range[2] as string, source, 2, 1000, "points in the range");
    if (!(to > from)) {
      throw new LmbError("E_INVALID_INPUT", `${source} ${text}: the range is empty`, {
        location: { source },
        fix: 'give "from:to:count" with from < to, e.g. "0.3:0.8:11"',
      });
    }
    return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
  }
  const items = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length === 0 || range.length !== 1) {
    throw new LmbError("E_INVALID_INPUT", `${source} "${text}" is not a list of fractions`, {
      location: { source },
      fix: 'give "0.3,0.4,0.5" or a range "0.3:0.8:11"',
    });
  }
  return items.map((s) => fractionOption(s, source));
}

/**
 * A layer thickness in particle diameters: "10 d", "10 diameters", "10", or a length ("50 nm")
 * divided by `--diameter`.
 *
 * @throws LmbError `E_INVALID_INPUT` for a thickness ≤ 0 or a length without a diameter; the unit
 *   parser's errors located at the flag
 * @example thicknessInDiameters("10 d"); // 10
 * @example thicknessInDiameters("50 nm", "5 nm"); // 10
 */
export function thicknessInDiameters(
  text: string,
  diameter?: string,
  source = "--thickness",
): number {
  const m =
    /^\s*([+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-−]?\d+)?)\s*(?:d|D|diam|diameters?)?\s*$/.exec(
      text,
    );
  let h: number;
  if (m) h = numberOption(m[1] as string, source);
  else {
    const thickness = quantityOption(text, source, length).si as number;
    if (diameter === undefined) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `${source} "${text}" is a length, and the particle diameter is not given`,
        {
          location: { source },
          fix: 'give it in particle diameters ("10 d"), or add --diameter "5 nm"',
        },
      );
    }
    const d = quantityOption(diameter, "--diameter", length).si as number;
    if (!(d > 0)) {
      throw new LmbError("E_INVALID_INPUT", `--diameter ${diameter} must be positive`, {
        location: { source: "--diameter" },
        fix: 'give the particle diameter, e.g. "5 nm"',
      });
    }
    h = thickness / d;
  }
  if (!(h > 0) || !Number.isFinite(h)) {
    throw new LmbError("E_INVALID_INPUT", `${source} ${text} must be a positive thickness`, {
      location: { source },
      fix: 'give the layer thickness in particle diameters, e.g. "10 d"',
    });
  }
  return h;
}

/**
 * The particle shape options `--shape sphere|spheroid` and `--aspect a/b`.
 *
 * @throws LmbError `E_INVALID_INPUT` for an aspect ratio ≤ 0, or an aspect with spheres
 * @example particleShapeOptions("spheroid", "5"); // { shape: "spheroid", aspect: 5 }
 */
export function particleShapeOptions(
  shape: "sphere" | "spheroid",
  aspectText: string | undefined,
): { shape: "sphere" | "spheroid"; aspect: number } {
  if (shape === "sphere") {
    if (aspectText !== undefined && numberOption(aspectText, "--aspect") !== 1) {
      throw new LmbError("E_INVALID_INPUT", `--aspect ${aspectText} is given for spheres`, {
        location: { source: "--aspect" },
        fix: "add --shape spheroid for non-spherical particles",
      });
    }
    return { shape, aspect: 1 };
  }
  const aspect = aspectText === undefined ? 5 : numberOption(aspectText, "--aspect");
  if (!(aspect > 0)) {
    throw new LmbError("E_INVALID_INPUT", `--aspect ${aspectText} must be positive`, {
      location: { source: "--aspect" },
      fix: "give a/b > 1 for needles, < 1 for plates (e.g. 5 or 0.2)",
    });
  }
  return { shape, aspect };
}

/** `--shape` with `--aspect`. @example cmd.addOption(shapeOption()).addOption(aspectOption()); */
export function shapeOption() {
  return new Option("--shape <shape>", "particle shape")
    .choices(["sphere", "spheroid"] as const)
    .default("sphere" as const);
}

/** `--aspect <a/b>`. */
export function aspectOption() {
  return new Option(
    "--aspect <ratio>",
    "spheroid aspect ratio a/b (> 1 needles, < 1 plates; default 5)",
  );
}
