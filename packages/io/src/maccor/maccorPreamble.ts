/** What the lines above a Maccor table say about the test. */
export interface MaccorPreamble {
  /** Key/value pairs (`Name`, `Channel`, `Tester`, `Procedure`, `SCap`, …), cleaned of control bytes. */
  notes: Record<string, string>;
  /** `Started` / `Date of Test` as written. */
  started?: string;
  /** The test procedure (`Procedure`). */
  procedure?: string;
  /** `Description` or `Comment/Barcode`. */
  comments?: string;
  /** `Tester` (e.g. `Maccor #4`). */
  tester?: string;
}

/** Drops control bytes and runs of mis-decoded filler (`ÿÿÿ`) that some exports leave in headers. */
function clean(text: string): string {
  let printable = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    printable += code < 32 || code === 127 || code === 0xff ? " " : ch;
  }
  return printable.replace(/\s+/g, " ").trim();
}

const ONE_LINE_KEYS = ["Today's Date", "Date of Test", "Filename", "Procedure", "Comment/Barcode"];

/** The BEEP/Maccor one-line header: `Today's Date …  Date of Test:\t… Filename:\t… Procedure: …`. */
function oneLineHeader(line: string, notes: Record<string, string>): void {
  const pattern = new RegExp(
    `(${ONE_LINE_KEYS.map((k) => k.replace(/[/']/g, (c) => (c === "'" ? "'{1,2}" : "\\/"))).join("|")}):?`,
    "g",
  );
  const hits = [...line.matchAll(pattern)];
  hits.forEach((hit, i) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const end = hits[i + 1]?.index ?? line.length;
    const key = (hit[1] as string).replace("''", "'");
    const value = clean(line.slice(start, end));
    if (value !== "") notes[key] = value;
  });
}

/**
 * Reads the metadata lines above a Maccor table. Two layouts exist: a block of `key<TAB>value`
 * lines (`Name:`, `Channel:`, `Tester`, `Procedure`, `Description`, `Started`, `SCap`, …, the
 * MaccorExport/cellpy layout), and a single line of `key: value` pairs (`Today's Date`,
 * `Date of Test:`, `Filename:`, `Procedure:`, `Comment/Barcode:`, the raw-file export BEEP reads).
 *
 * @example
 * parseMaccorPreamble(["Name:\tcell-1", "Started\t5/11/2021 3:40:24 PM"]).started; // "5/11/2021 3:40:24 PM"
 */
export function parseMaccorPreamble(lines: readonly string[]): MaccorPreamble {
  const notes: Record<string, string> = {};
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (/Date of Test|Filename:|Comment\/Barcode/i.test(line)) {
      oneLineHeader(line, notes);
      continue;
    }
    const tab = line.indexOf("\t");
    const colon = line.indexOf(":");
    const cut = tab >= 0 ? tab : colon;
    if (cut <= 0) continue;
    const key = clean(line.slice(0, cut)).replace(/:$/, "").replace("''", "'");
    const value = clean(line.slice(cut + 1));
    if (key !== "" && value !== "") notes[key] = value;
  }
  const started = notes.Started ?? notes["Date of Test"];
  const procedure = notes.Procedure;
  const comments = notes.Description ?? notes["Comment/Barcode"];
  const tester = notes.Tester;
  return {
    notes,
    ...(started === undefined ? {} : { started }),
    ...(procedure === undefined ? {} : { procedure }),
    ...(comments === undefined ? {} : { comments }),
    ...(tester === undefined ? {} : { tester }),
  };
}
