import type {
  CircuitFitResult,
  InterfaceImpedanceResult,
  InterfaceResistancesResult,
  ResistanceTotal,
} from "@lmb/schemas";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { formatEstimate } from "../kinetics/formatEstimate.js";
import { printWarnings } from "../kinetics/printWarnings.js";

/**
 * A number to `digits` significant digits, in exponent form when tiny or huge.
 *
 * @example formatValue(7e6); // "7e6"; formatValue(0.016518, 4); // "0.01652"
 */
export function formatValue(x: number, digits = 4): string {
  const m = Math.abs(x);
  if (m !== 0 && (m < 1e-3 || m >= 1e6)) {
    return x
      .toExponential(digits - 1)
      .replace(/\.?0+e/, "e")
      .replace("e+", "e");
  }
  return formatCount(x, digits);
}

/**
 * The fitted parameters as a table: name, value ± SE, unit, interval (or "fixed").
 *
 * @example io.stdout.write(parameterTable(result.fit));
 */
export function parameterTable(fit: CircuitFitResult): string {
  return formatTable([
    [
      "parameter",
      "value",
      "unit",
      `${Math.round(fit.statistics.confidenceLevel * 100)} % interval`,
    ],
    ...fit.parameters.map((p) => [
      p.alias === p.name ? p.name : `${p.name} (${p.alias})`,
      p.standardError === undefined
        ? formatValue(p.value)
        : `${formatValue(p.value)} ± ${formatValue(p.standardError, 2)}`,
      p.unit,
      p.fixed
        ? "fixed"
        : p.interval === undefined
          ? ""
          : `[${formatValue(p.interval.lower)}, ${formatValue(p.interval.upper)}]`,
    ]),
  ]);
}

/**
 * The fit's summary lines: circuit, points and frequency range, χ², RMSE and convergence.
 *
 * @example io.stdout.write(fitSummary(result.fit));
 */
export function fitSummary(fit: CircuitFitResult): string {
  const f = fit.frequency;
  const s = fit.statistics;
  return formatTable([
    ["circuit", fit.circuit],
    [
      "data",
      `${s.pointCount} points, ${formatValue(Math.max(...f))} Hz to ${formatValue(Math.min(...f))} Hz, weighting ${fit.weighting}`,
    ],
    [
      "fit",
      `χ² ${formatValue(s.chiSquare, 3)}, RMSE ${formatValue(s.rootMeanSquareError, 3)} Ω, ${fit.convergence.converged ? "converged" : "NOT converged"} (${fit.convergence.reason}, ${fit.convergence.starts} start${fit.convergence.starts === 1 ? "" : "s"})`,
    ],
  ]);
}

const ROWS: [
  keyof InterfaceResistancesResult & ("bulk" | "sei" | "chargeTransfer" | "interphase"),
  string,
][] = [
  ["bulk", "R_bulk"],
  ["sei", "R_SEI"],
  ["chargeTransfer", "R_ct"],
  ["interphase", "R_int"],
];

function cell(total: ResistanceTotal | undefined, pick: (t: ResistanceTotal) => unknown): string {
  const e = total === undefined ? undefined : pick(total);
  return e === undefined
    ? "—"
    : formatEstimate(e as Parameters<typeof formatEstimate>[0], 4, false);
}

/**
 * The Li-metal resistances as a table: R as fitted, per interface and area-specific.
 *
 * @example io.stdout.write(resistanceTable(result.resistances));
 */
export function resistanceTable(r: InterfaceResistancesResult): string {
  const halves = r.interfaceCount === 2;
  const header = [
    "",
    "R (Ω)",
    ...(halves ? ["per interface (Ω)"] : []),
    ...(r.area === undefined ? [] : [halves ? "ASR per interface (Ω cm²)" : "ASR (Ω cm²)"]),
    "elements",
  ];
  return formatTable([
    header,
    ...ROWS.filter(([k]) => r[k] !== undefined).map(([k, label]) => {
      const total = r[k] as ResistanceTotal;
      return [
        label,
        cell(total, (t) => t.resistance),
        ...(halves ? [k === "bulk" ? "" : cell(total, (t) => t.interfaceResistance)] : []),
        ...(r.area === undefined ? [] : [cell(total, (t) => t.areaSpecificResistance)]),
        total.parameters.join(" + "),
      ];
    }),
  ]);
}

/**
 * The whole human-readable report of `lmb eis fit`.
 *
 * @example io.stdout.write(formatInterfaceImpedance(result));
 */
export function formatInterfaceImpedance(result: InterfaceImpedanceResult): string {
  const r = result.resistances;
  const convention =
    r.convention === "cell"
      ? "symmetric cell: two interfaces in series, each half of R_SEI, R_ct, R_int"
      : "one interface";
  const lines = [
    fitSummary(result.fit),
    parameterTable(result.fit),
    formatTable([
      ["convention", convention],
      ...(r.area === undefined ? [] : [["area", `${formatCount(r.area.value, 5)} ${r.area.unit}`]]),
      [
        "roles",
        r.resistances
          .map((x) => {
            const fc =
              x.characteristicFrequency === undefined
                ? ""
                : ` @ ${formatValue(x.characteristicFrequency, 3)} Hz`;
            return `${x.element}${fc} → ${x.role}${x.assignedBy === "override" ? " (given)" : ""}`;
          })
          .join(", "),
      ],
    ]),
    resistanceTable(r),
  ];
  const j0 = result.exchangeCurrent;
  if (j0 !== undefined) {
    lines.push(
      formatTable([
        [
          "j0",
          formatEstimate(j0.exchangeCurrentDensity, 4),
          `per interface, at ${formatCount(j0.temperature.value - 273.15, 4)} °C: ${j0.relation}`,
        ],
      ]),
    );
  }
  return (
    lines.join("\n") + printWarnings([...result.fit.warnings, ...r.warnings, ...result.warnings])
  );
}
