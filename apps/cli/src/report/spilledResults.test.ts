import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportResult } from "@lmb/schemas";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  SPILL_FOLDER,
  spillResult,
  withoutSpilledResults,
  writeResultsJson,
} from "./spilledResults.js";

const report = (results: Array<Record<string, unknown> | undefined>): ReportResult =>
  ({
    schemaVersion: 1,
    title: "t",
    experiments: results.map((r, i) => ({
      id: `e${i}`,
      title: `E ${i}`,
      ...(r === undefined ? {} : { result: r }),
      after: "stays after the result",
    })),
    summary: [],
  }) as unknown as ReportResult;

describe("spilled experiment results", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lmb-spill-"));
    await mkdir(join(dir, SPILL_FOLDER));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("results.json is byte for byte what JSON.stringify of the whole report prints", async () => {
    const values = fc.sample(
      fc.array(fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }), {
        maxLength: 5,
      }),
      { numRuns: 40, seed: 7 },
    );
    for (const results of values) {
      const clean = results.map((r) =>
        r === undefined ? undefined : (JSON.parse(JSON.stringify(r)) as Record<string, unknown>),
      );
      const spilled = report(
        await Promise.all(
          clean.map((r, i) => (r === undefined ? r : spillResult(r, `e${i}`, dir))),
        ),
      );
      await writeResultsJson(spilled, dir);
      const text = await readFile(join(dir, "results.json"), "utf8");
      expect(text).toBe(`${JSON.stringify(report(clean), null, 2)}\n`);
      // the spill folder is gone, the light report has no stand-ins left
      expect((await readdir(dir)).sort()).toEqual(["results.json"]);
      await mkdir(join(dir, SPILL_FOLDER));
      const light = withoutSpilledResults(spilled);
      expect(light.experiments.every((e) => e.result === undefined)).toBe(true);
      expect(light.experiments).toHaveLength(clean.length);
    }
  });
});
