import { LmbError } from "@lmb/errors";
import type { CellProtocol, InterphaseConfig, QuantityInput } from "@lmb/schemas";
import { requireNumber } from "../../internal/requireOption.js";
import { type ComparisonCellSpec, comparisonCellSpec } from "../compare/comparisonCell.js";
import {
  DEFAULT_COMPARISON_CELL,
  DEFAULT_COMPARISON_INTERPHASE,
  DEFAULT_COMPARISON_PROTOCOL,
  DEFAULT_THICK_ELECTRODE,
  type SharedCellConfig,
} from "../compare/comparisonDefaults.js";
import { parseProtocol } from "../protocol/parseProtocol.js";

/** Options of `designMap`. */
export interface DesignMapOptions {
  /** The interphase; its metal fraction and aspect ratio are varied. @default DEFAULT_COMPARISON_INTERPHASE */
  interphase?: InterphaseConfig;
  /** The protocol, as text or parsed. @default DEFAULT_COMPARISON_PROTOCOL */
  protocol?: string | CellProtocol;
  /** Everything else about the cell. @default DEFAULT_COMPARISON_CELL */
  cell?: SharedCellConfig;
  /** The thick (counter) Li. @default "100 um" */
  thick?: QuantityInput;
  /** The thin (working) Li whose depletion is mapped. @default "20 um" */
  thin?: QuantityInput;
  /** Metal volume fractions V_f, increasing, in [0, 1]. @default 0.01, 0.02, …, 0.5 (50) */
  fractions?: readonly number[];
  /** Particle aspect ratios, increasing, > 0. @default 20 values from 0.1 to 10, evenly spaced in log */
  aspectRatios?: readonly number[];
}

/** A design map's inputs, checked and with defaults filled in: what each worker receives. */
export interface DesignMapPlan {
  interphase: InterphaseConfig;
  protocol: CellProtocol;
  cell: SharedCellConfig;
  spec: ComparisonCellSpec;
  fractions: number[];
  aspectRatios: number[];
}

/** 50 metal fractions 0.01 … 0.5. */
export const DEFAULT_MAP_FRACTIONS: readonly number[] = Array.from(
  { length: 50 },
  (_, i) => (i + 1) / 100,
);

/** 20 aspect ratios from 0.1 (plates) to 10 (needles), evenly spaced in log. */
export const DEFAULT_MAP_ASPECT_RATIOS: readonly number[] = Array.from({ length: 20 }, (_, i) =>
  Number((10 ** (-1 + (2 * i) / 19)).toPrecision(3)),
);

function increasing(
  values: readonly number[],
  field: string,
  range: { min: number; max?: number; exclusiveMin?: boolean },
  fix: string,
): number[] {
  if (values.length === 0) {
    throw new LmbError("E_INVALID_INPUT", `${field} is empty`, {
      location: { source: field },
      fix,
    });
  }
  values.forEach((v, i) => {
    requireNumber(v, `${field}[${i}]`, field, range, fix);
    if (i > 0 && !(v > (values[i - 1] as number))) {
      throw new LmbError("E_INVALID_INPUT", `${field} must increase: ${values[i - 1]} then ${v}`, {
        location: { source: `${field}[${i}]` },
        fix: "give the values in increasing order without repeats",
      });
    }
  });
  return [...values];
}

/**
 * Checks a design map's options and fills in the defaults (the protocol is parsed here, once).
 *
 * @throws LmbError `E_INVALID_INPUT` naming the option (empty or non-increasing grid, fraction
 *   outside [0, 1], aspect ratio ≤ 0, an interphase without metal, a bad thickness);
 *   `E_PROTOCOL_PARSE` for protocol text
 * @example planDesignMap({ fractions: [0.1, 0.3], aspectRatios: [1] }).spec.label; // "100 µm | 20 µm"
 */
export function planDesignMap(options: DesignMapOptions = {}): DesignMapPlan {
  const interphase = options.interphase ?? DEFAULT_COMPARISON_INTERPHASE;
  if (interphase.metal === undefined) {
    throw new LmbError(
      "E_INVALID_INPUT",
      "a design map varies the interphase's metal, but it has none",
      {
        location: { source: "interphase.metal" },
        fix: 'give interphase.metal, e.g. { fraction: 0.3, particleDiameter: "5 nm" }',
      },
    );
  }
  return {
    interphase,
    protocol:
      typeof options.protocol === "object"
        ? options.protocol
        : parseProtocol(options.protocol ?? DEFAULT_COMPARISON_PROTOCOL),
    cell: options.cell ?? DEFAULT_COMPARISON_CELL,
    spec: comparisonCellSpec(options.thick ?? DEFAULT_THICK_ELECTRODE, options.thin ?? "20 um"),
    fractions: increasing(
      options.fractions ?? DEFAULT_MAP_FRACTIONS,
      "fractions",
      { min: 0, max: 1 },
      "give metal volume fractions between 0 and 1 (not percent), e.g. 0.05,0.1,0.2",
    ),
    aspectRatios: increasing(
      options.aspectRatios ?? DEFAULT_MAP_ASPECT_RATIOS,
      "aspectRatios",
      { min: 0, exclusiveMin: true },
      "give positive aspect ratios (1 spheres, > 1 needles, < 1 plates)",
    ),
  };
}
