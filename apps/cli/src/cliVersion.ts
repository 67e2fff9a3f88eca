// Replaced at build time by tsup (`define`) and in tests by vitest, both from package.json.
declare const __LMB_CLI_VERSION__: string;

/**
 * The version of `@lmb/cli`, from apps/cli/package.json, injected at build time.
 *
 * @example
 * cliVersion; // "0.1.0"
 */
export const cliVersion: string = __LMB_CLI_VERSION__;
