/** One column of an EC-Lab text export: its header (`quantity/unit`) and values. */
export interface MptColumn {
  header: string;
  values: ArrayLike<number>;
  /** Significant digits written. @default 7 */
  digits?: number;
}

/** What {@link writeMpt} puts in the header block. */
export interface MptHeaderFields {
  /** Technique title as EC-Lab writes it, e.g. `"Galvanostatic Cycling with Potential Limitation"`. */
  technique: string;
  /** Electrode surface area, cm². */
  areaSquareCentimetres?: number;
  /** Free text for the `Comments :` line. */
  comments?: string;
  /** `Electrode material :` line. */
  electrodeMaterial?: string;
  /** `Electrolyte :` line. */
  electrolyte?: string;
}

function formatValue(x: number, digits: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const text = x.toPrecision(digits);
  // strip trailing zeros of a plain decimal ("1.230000" → "1.23")
  return text.includes("e") || !text.includes(".") ? text : text.replace(/\.?0+$/, "");
}

/**
 * An EC-Lab ASCII export (`.mpt`) as bytes: `EC-Lab ASCII FILE`, `Nb header lines : N`, the
 * technique title, the settings lines @lmb/io reads (area, comments, electrode material,
 * electrolyte), the tab-separated column line and the rows; Windows-1252 like EC-Lab writes it.
 *
 * @example
 * writeMpt({ technique: "Chronoamperometry / Chronocoulometry" }, [{ header: "time/s", values: t }]);
 */
export function writeMpt(fields: MptHeaderFields, columns: readonly MptColumn[]): Buffer {
  const settings = [
    "",
    fields.technique,
    "",
    "Run on channel : 1 (simulated)",
    ...(fields.electrodeMaterial === undefined
      ? []
      : [`Electrode material : ${fields.electrodeMaterial}`]),
    ...(fields.electrolyte === undefined ? [] : [`Electrolyte : ${fields.electrolyte}`]),
    ...(fields.comments === undefined ? [] : [`Comments : ${fields.comments}`]),
    ...(fields.areaSquareCentimetres === undefined
      ? []
      : [`Electrode surface area : ${fields.areaSquareCentimetres.toFixed(4)} cm²`]),
    "",
  ];
  const lines = ["EC-Lab ASCII FILE", `Nb header lines : ${settings.length + 3}`, ...settings];
  lines.push(columns.map((c) => c.header).join("\t"));
  const n = columns[0]?.values.length ?? 0;
  for (let i = 0; i < n; i++) {
    lines.push(columns.map((c) => formatValue(c.values[i] as number, c.digits ?? 7)).join("\t"));
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
