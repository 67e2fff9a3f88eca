import { Readable } from "node:stream";
import { runCli } from "../runCli.js";

/** What a captured run of `lmb` produced. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Test helper: runs `lmb` in-process with string collectors for stdout and stderr (and
 * optionally text on stdin) and returns the exit code and what was written.
 *
 * @example
 * const { code, stdout } = await runCaptured(["units", "constants", "--json"]);
 */
export async function runCaptured(
  argv: readonly string[],
  options: { stdin?: string } = {},
): Promise<CapturedRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([options.stdin]) }),
  });
  return { code, stdout, stderr };
}

/**
 * Test helper: runs `lmb … --json`, expects exit code 0 and nothing on stderr, and returns
 * stdout parsed as JSON (validate it with the command's schema).
 *
 * @example
 * const result = CycleCountResultSchema.parse(await runJson(["units", "cycles", …]));
 */
export async function runJson(argv: readonly string[]): Promise<unknown> {
  const run = await runCaptured([...argv, "--json"]);
  if (run.code !== 0 || run.stderr !== "") {
    throw new Error(`lmb ${argv.join(" ")} --json exited ${run.code}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout);
}
