/**
 * Lays out rows of cells as left-aligned columns separated by two spaces, one line per row,
 * without trailing spaces. Cells are plain strings (formatted quantities, labels, formulas).
 *
 * @param rows - Rows of cells; rows may have fewer cells than others.
 * @param indent - Prefix of every line. @default ""
 * @example
 * formatTable([["cycle duration", "0.4 h", "2q/j"], ["cycles", "750"]]);
 * // "cycle duration  0.4 h  2q/j\ncycles          750\n"
 */
export function formatTable(rows: readonly (readonly string[])[], indent = ""): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  let text = "";
  for (const row of rows) {
    const cells = row.map((cell, i) =>
      i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - displayWidth(cell)),
    );
    text += `${indent}${cells.join("  ")}`.trimEnd();
    text += "\n";
  }
  return text;
}

// Code points, not UTF-16 units; lmb's output has no wide or combining characters.
function displayWidth(text: string): number {
  return [...text].length;
}
