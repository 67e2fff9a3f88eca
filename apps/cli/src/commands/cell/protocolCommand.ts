import { Command } from "@commander-js/extra-typings";
import { formatProtocolCurrent, formatProtocolLimit, parseProtocol } from "@lmb/cells";
import { type CellProtocol, CellProtocolSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { readInputBytes } from "../read/readInputBytes.js";

const EXAMPLES = `
Examples:
  $ lmb cell protocol "Plate at 0.5 mA cm-2 for 1 h, Strip at 0.5 mA cm-2 until 1 V"
  $ lmb cell protocol "(Plate at 1 mA cm-2 for 1 mAh cm-2, Strip at 1 mA cm-2 for 1 mAh cm-2) x 100" --json
  $ lmb cell protocol "Ramp plate/strip from 0.1 mA cm-2 by 0.1 mA cm-2 to 3 mA cm-2 for 1 h each x 5"
  $ lmb cell protocol "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 10, cut-off 1 V"
  $ lmb cell protocol - < protocol.txt

Steps: Plate|Strip|Charge|Discharge at <current> for <duration|capacity> [or until <voltage>];
Rest for <duration>; separated by ',', ';' or new lines; "(…) x n" repeats a group and "… x n"
at the end of a line repeats the line. Grammar: the "Protocols" section of @lmb/cells' README.`;

/** The step table: number, cycle, step, current, limits and tags of each step. */
export function formatProtocolTable(protocol: CellProtocol): string {
  const cycles = new Set(protocol.steps.map((s) => s.cycle)).size;
  const rows: string[][] = [["#", "cycle", "step", "current", "ends", "tags"]];
  for (const [i, step] of protocol.steps.entries()) {
    const tags = step.tags.join(" ");
    if (step.kind === "rest")
      rows.push([
        `${i + 1}`,
        `${step.cycle}`,
        "rest",
        "",
        formatProtocolLimit({ kind: "duration", seconds: step.seconds }),
        tags,
      ]);
    else
      rows.push([
        `${i + 1}`,
        `${step.cycle}`,
        step.direction,
        formatProtocolCurrent(step.current),
        step.limits.map(formatProtocolLimit).join(" or "),
        tags,
      ]);
  }
  const head = `${protocol.steps.length} step${protocol.steps.length === 1 ? "" : "s"}, ${cycles} cycle${cycles === 1 ? "" : "s"}\n`;
  return head + formatTable(rows);
}

/**
 * `lmb cell protocol TEXT`: parses a protocol written in lmb's protocol language
 * (`parseProtocol` of `@lmb/cells`) and prints the expanded step table, or the CellProtocol
 * as JSON.
 *
 * @example
 * // lmb cell protocol "Rest for 10 min, Plate at 0.5 mA cm-2 for 1 h" --json
 */
export function protocolCommand(io: CliIo) {
  return new Command("protocol")
    .description("expand a protocol written as text into its steps (SI in --json)")
    .argument(
      "<text>",
      'the protocol, e.g. "Plate at 0.5 mA cm-2 for 1 h", or "-" for standard input',
    )
    .addOption(jsonOption("CellProtocol"))
    .addHelpText("after", EXAMPLES)
    .action(async (text, options) => {
      const source = text === "-" ? new TextDecoder().decode(await readInputBytes("-", io)) : text;
      const protocol = parseProtocol(source);
      writeResult(io, options.json, CellProtocolSchema, protocol, () =>
        formatProtocolTable(protocol),
      );
    });
}
