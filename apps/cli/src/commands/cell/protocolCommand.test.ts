import { CellProtocolSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

describe("lmb cell protocol", () => {
  it("prints the expanded step table in customary units", async () => {
    const run = await runCaptured([
      "cell",
      "protocol",
      "Rest for 10 min\n(Plate at 0.5 mA cm-2 for 1 h, Strip at 0.5 mA cm-2 for 1 h or until 1 V) x 2",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "5 steps, 3 cycles",
        "#  cycle  step   current      ends                  tags",
        "1  0      rest                for 10 min",
        "2  1      plate  0.5 mA cm-2  for 1 h",
        "3  1      strip  0.5 mA cm-2  for 1 h or until 1 V",
        "4  2      plate  0.5 mA cm-2  for 1 h",
        "5  2      strip  0.5 mA cm-2  for 1 h or until 1 V",
        "",
      ].join("\n"),
    );
  });

  it("--json prints the CellProtocol in SI (0.5 mA cm⁻² = 5 A m⁻², 1 mAh cm⁻² = 36 000 C m⁻²)", async () => {
    const protocol = CellProtocolSchema.parse(
      await runJson(["cell", "protocol", "Strip at 0.5 mA cm-2 for 1 mAh cm-2"]),
    );
    expect(protocol.steps).toEqual([
      {
        kind: "galvanostatic",
        direction: "strip",
        current: { kind: "density", value: 5 },
        limits: [{ kind: "areal-capacity", value: 36_000 }],
        cycle: 0,
        tags: [],
        source: { text: "Strip at 0.5 mA cm-2 for 1 mAh cm-2", offset: 0 },
      },
    ]);
  });

  it("reads the protocol from standard input with '-', and tags reservoir steps", async () => {
    const run = await runCaptured(["cell", "protocol", "-"], {
      stdin: "Reservoir at 0.5 mA cm-2: 5 mAh cm-2, 1 mAh cm-2 x 1, cut-off 1 V\n",
    });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("6 steps, 2 cycles");
    expect(run.stdout).toContain("reservoir-final-strip");
  });

  it("exits 1 with the word, line, column and a caret on a bad protocol", async () => {
    const run = await runCaptured(["cell", "protocol", "Rest for 1 h\nHold at 4.2 V for 1 h"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("E_PROTOCOL_PARSE");
    expect(run.stderr).toContain("line 2, column 1");
    expect(run.stderr).toContain("  Hold at 4.2 V for 1 h\n  ^^^^");
  });
});
