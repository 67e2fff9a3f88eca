import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { LmbError } from "@lmb/errors";
import { type ReportConfig, ReportConfigSchema, type ReportFileSettings } from "@lmb/schemas";
import { globMatch } from "./globMatch.js";

/** A config as loaded: the validated object, where it came from and its SHA-256. */
export interface LoadedReportConfig {
  config: ReportConfig;
  /** Path as given, or null for the empty default config. */
  file: string | null;
  sha256: string | null;
}

/**
 * Reads and validates an `lmb report` config file (`lmb.json`, {@link ReportConfigSchema}).
 *
 * @param path - the `--config` path
 * @throws LmbError `E_FILE` when unreadable, `E_CONFIG` for invalid JSON or a field the schema
 *   rejects (naming the field path and the reason)
 * @example
 * const { config } = await loadReportConfig("lmb.json");
 */
export async function loadReportConfig(path: string): Promise<LoadedReportConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LmbError("E_FILE", `cannot read the config ${path}: ${(error as Error).message}`, {
      location: { source: path },
      fix: "check the --config path (lmb report --init DIR writes a starting lmb.json)",
      cause: error,
    });
  }
  return { ...parseReportConfig(text, path), file: path };
}

/**
 * Parses config text (JSON) and validates it against {@link ReportConfigSchema}.
 *
 * @throws LmbError `E_CONFIG` naming the field and the fix
 * @example
 * parseReportConfig('{"defaults":{"area":"1.13 cm2"}}', "lmb.json").config.defaults?.area;
 */
export function parseReportConfig(
  text: string,
  source: string,
): { config: ReportConfig; sha256: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LmbError("E_CONFIG", `${source} is not valid JSON: ${(error as Error).message}`, {
      location: { source },
      fix: "fix the JSON syntax (lmb report --init DIR writes a valid starting config)",
    });
  }
  const parsed = ReportConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top level)";
    throw new LmbError("E_CONFIG", `${source}: ${where}: ${issue?.message ?? "invalid"}`, {
      location: { source: `${source}#${where}` },
      fix: "correct that field; the config's JSON Schema is @lmb/schemas/json-schema/ReportConfig.json",
    });
  }
  return { config: parsed.data, sha256: createHash("sha256").update(text).digest("hex") };
}

/** Command-line settings that apply to every file (`--area`, `--mass`, `--temperature`). */
export type CliFileSettings = Pick<ReportFileSettings, "area" | "mass" | "temperature">;

/** The settings of one file after the defaults, overrides and command line are merged. */
export interface ResolvedFileSettings extends ReportFileSettings {
  skip?: boolean;
  label?: string;
  group?: string;
  /** Where each set field came from, e.g. `{ area: "config files[0] (eis/*)" }`. */
  sources: Record<string, string>;
}

const FIELDS = [
  "area",
  "mass",
  "temperature",
  "time",
  "scanRate",
  "thickness",
  "concentration",
  "cellType",
  "kind",
  "cycles",
  "skip",
  "label",
  "group",
] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The settings of a file: the config's `defaults`, then every `files[]` override whose `match`
 * fits the path (in order), then the command line. Two overrides that set one field to
 * different values are a conflict, and so is a command-line option that disagrees with the
 * config for this file: both stop the report (a report must be reproducible from its config).
 *
 * @param config - the validated config
 * @param path - the file's path relative to its input folder (`/` separators)
 * @param cli - `--area`, `--mass`, `--temperature` as given
 * @throws LmbError `E_CONFIG_CONFLICT` naming both sources and the field
 * @example
 * resolveFileSettings({ defaults: { area: "1 cm2" } }, "a.mpt", {}).area; // "1 cm2"
 */
export function resolveFileSettings(
  config: ReportConfig,
  path: string,
  cli: CliFileSettings,
): ResolvedFileSettings {
  const out: ResolvedFileSettings = { sources: {} };
  const record = out as unknown as Record<string, unknown>;
  const overridden = new Set<string>();
  for (const field of FIELDS) {
    const value = (config.defaults as Record<string, unknown> | undefined)?.[field];
    if (value !== undefined) {
      record[field] = value;
      out.sources[field] = "config defaults";
    }
  }
  (config.files ?? []).forEach((override, i) => {
    if (!globMatch(override.match, path)) return;
    const source = `config files[${i}] ("${override.match}")`;
    for (const field of FIELDS) {
      const value = (override as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (overridden.has(field) && !same(record[field], value)) {
        throw new LmbError(
          "E_CONFIG_CONFLICT",
          `${path}: ${out.sources[field]} sets ${field} = ${JSON.stringify(record[field])} but ${source} sets ${field} = ${JSON.stringify(value)}`,
          {
            location: { source: path },
            fix: "make the overrides agree, or narrow one's match so that only one applies to this file",
          },
        );
      }
      record[field] = value;
      out.sources[field] = source;
      overridden.add(field);
    }
  });
  for (const [field, value] of Object.entries(cli)) {
    if (value === undefined) continue;
    if (record[field] !== undefined && !same(record[field], value)) {
      throw new LmbError(
        "E_CONFIG_CONFLICT",
        `--${field} "${value}" disagrees with ${out.sources[field]}, which sets ${field} = ${JSON.stringify(record[field])} for ${path}`,
        {
          location: { source: `--${field}` },
          fix: `drop --${field} and let the config decide, or change the config (a report is reproducible from its config alone)`,
        },
      );
    }
    record[field] = value;
    out.sources[field] = `--${field}`;
  }
  return out;
}

/**
 * Whether the config excludes a file (`exclude` globs).
 *
 * @example isExcluded({ exclude: ["scratch/**"] }, "scratch/a.csv"); // true
 */
export function isExcluded(config: ReportConfig, path: string): boolean {
  return (config.exclude ?? []).some((pattern) => globMatch(pattern, path));
}
