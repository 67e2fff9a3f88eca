/**
 * A table as CSV text (RFC 4180): a header row, then one line per row; text with a comma,
 * quote or line break is quoted, null is an empty cell, numbers are written in full precision.
 *
 * @example
 * toCsvText(["cycle", "η (mV)"], [[1, 42.1]]); // "cycle,η (mV)\n1,42.1\n"
 */
export function toCsvText(
  columns: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const cell = (v: string | number | boolean | null): string => {
    if (v === null) return "";
    const text = String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[columns, ...rows].map((row) => row.map(cell).join(",")).join("\n")}\n`;
}
