import { Option } from "@commander-js/extra-typings";

/**
 * The `--json` option every command that prints a result has.
 *
 * @param schemaName - The `@lmb/schemas` schema the JSON follows, named in the help.
 * @example
 * new Command("cycles").addOption(jsonOption("CycleCountResult"));
 */
export function jsonOption(schemaName: string) {
  return new Option("--json", `print the result as JSON (schema: @lmb/schemas ${schemaName})`);
}
