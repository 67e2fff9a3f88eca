import type { DemoResult } from "@lmb/schemas";
import { formatTable } from "../../output/formatTable.js";

/**
 * The human-readable demo walkthrough: a header, then each section as an indented table of
 * label, value and formula.
 *
 * @example
 * io.stdout.write(formatDemo(result));
 */
export function formatDemo(result: DemoResult): string {
  let text = `lmb demo: ${result.title}\ninput: ${result.input}\n`;
  for (const section of result.sections) {
    const rows = section.lines.map((line) => [line.label, line.text, line.formula ?? ""]);
    text += `\n${section.title}\n${formatTable(rows, "  ")}`;
  }
  return text;
}
