import type { CommandUnknownOpts } from "@commander-js/extra-typings";
import type { CliIo } from "./CliIo.js";

/** Options of {@link applyCliConventions}. */
export interface CliConventionOptions {
  /** `--json` was given: usage errors are reported as JSON by `reportError`, not as text. */
  json: boolean;
}

function commandPath(command: CommandUnknownOpts): string {
  const names: string[] = [];
  for (let c: CommandUnknownOpts | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/**
 * Applies lmb's CLI conventions to a command and all its subcommands: output goes to the
 * injected streams (never `process.*` directly), commander never calls `process.exit`
 * (errors are thrown as `CommanderError` and mapped to exit codes by `reportError`), help
 * wraps at the terminal width (80 when not a terminal), and a usage error is followed by a
 * pointer to `--help`.
 *
 * Subcommands built with `new Command()` do not inherit these settings, hence the walk.
 *
 * @example
 * applyCliConventions(program, io, { json: argv.includes("--json") });
 */
export function applyCliConventions(
  command: CommandUnknownOpts,
  io: CliIo,
  { json }: CliConventionOptions,
): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    getOutHelpWidth: () => io.stdout.columns ?? 80,
    getErrHelpWidth: () => io.stderr.columns ?? 80,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
    outputError: (text, write) => {
      if (!json) write(text);
    },
  });
  if (!json) command.showHelpAfterError(`(run "${commandPath(command)} --help" for usage)`);
  for (const sub of command.commands) applyCliConventions(sub, io, { json });
}
