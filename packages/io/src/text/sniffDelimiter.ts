const CANDIDATES = ["\t", ";", ",", "|"] as const;

/** Splits a line on `delimiter`, honouring double quotes ("a,b" stays one field). */
export function splitFields(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * Guesses the field delimiter of a text table from sample lines (the end of the file, where the
 * data is): the candidate (tab, semicolon, comma, pipe) that splits the most lines into the
 * same number (≥ 2) of fields. Tab and semicolon win ties over comma, because files with a
 * decimal comma use them.
 *
 * @returns The delimiter, or `undefined` when no candidate gives ≥ 2 consistent fields.
 * @example
 * sniffDelimiter(["t;U;I", "0;3,1;0,5"]); // ";"
 */
export function sniffDelimiter(lines: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      if (line.trim() === "") continue;
      const n = splitFields(line, delimiter).length;
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const c of counts.values()) score = Math.max(score, c);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
