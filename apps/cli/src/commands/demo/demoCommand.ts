import { Command } from "@commander-js/extra-typings";
import { type DemoResult, DemoResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { DEMO_SECTIONS } from "./demoSections.js";
import { formatDemo } from "./formatDemo.js";
import { readDemoProtocol } from "./readDemoProtocol.js";

const EXAMPLES = `
Examples:
  $ lmb demo                      # the bundled example protocol
  $ lmb demo my-protocol.json     # your own (schema: @lmb/schemas DemoProtocol)
  $ cat my-protocol.json | lmb demo - --json`;

/**
 * `lmb demo [protocol] [--json]`: walks through a small Li-metal study (bundled example, a
 * file, or `-` for stdin) with what lmb computes today — Li inventory, symmetric-cycle timing,
 * full-cell currents, conductivity, activation energy. It grows as packages land
 * (see `DEMO_SECTIONS`).
 *
 * @example
 * // lmb demo
 * // lmb demo: Coated Li foil: …
 * //
 * // Li inventory of the foil
 * //   Li foil thickness          50 µm
 * //   areal capacity (dense Li)  10.31 mAh cm⁻²  q_Li = l·ρ·F/M
 */
export function demoCommand(io: CliIo) {
  return new Command("demo")
    .description("walk through an example Li-metal study with lmb's calculations")
    .argument("[protocol]", "a protocol JSON file, - for stdin (default: the bundled example)")
    .addOption(jsonOption("DemoResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (path, options) => {
      const { protocol, input } = await readDemoProtocol(path, io);
      const result: DemoResult = {
        title: protocol.title,
        input,
        sections: DEMO_SECTIONS.map((build) => build(protocol)),
      };
      writeResult(io, options.json, DemoResultSchema, result, () => formatDemo(result));
    });
}
