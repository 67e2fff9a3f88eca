import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { LmbError } from "@lmb/errors";

/** A file found under the report's inputs. */
export interface DiscoveredFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to its input folder, `/`-separated (what config `match` patterns see). */
  relative: string;
  /** Path shown in the report: `relative`, prefixed by the input's name when there are several. */
  display: string;
  /** Index of the input (folder or file) it came from. */
  root: number;
  bytes: number;
}

/** Options of {@link discoverFiles}. */
export interface DiscoverOptions {
  /** Absolute paths never to descend into (the output folder and its temporary siblings). */
  excludeDirectories?: readonly string[];
  /** Absolute paths of files to leave out (the config file). */
  excludeFiles?: readonly string[];
}

/** Notes and configs that sit beside data but are never instrument files. */
const NOT_DATA = /(\.md|\.markdown|^lmb\.json)$/i;

async function walk(dir: string, options: DiscoverOptions, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (options.excludeDirectories?.some((d) => d === path)) continue;
      await walk(path, options, found);
    } else if (entry.isFile()) {
      if (NOT_DATA.test(entry.name) || options.excludeFiles?.includes(path)) continue;
      found.push(path);
    }
  }
}

/**
 * Finds the files of a report: every regular file under each input folder (recursively, in
 * name order), or the input itself when it is a file. Hidden entries (`.name`), the output
 * folder, the config file, and notes (`*.md`, `lmb.json`) are left out.
 *
 * @param inputs - folders or files, as given on the command line
 * @param options - folders and files to leave out (absolute paths)
 * @returns the files, each with its path relative to its input and the path shown in the report
 * @throws LmbError `E_FILE` for an input that does not exist
 * @example
 * const files = await discoverFiles(["data/"], { excludeDirectories: [resolve("report")] });
 */
export async function discoverFiles(
  inputs: readonly string[],
  options: DiscoverOptions = {},
): Promise<DiscoveredFile[]> {
  const out: DiscoveredFile[] = [];
  const prefix = inputs.length > 1;
  for (const [root, input] of inputs.entries()) {
    const absoluteRoot = resolve(input);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absoluteRoot);
    } catch (error) {
      throw new LmbError("E_FILE", `cannot read ${input}: ${(error as Error).message}`, {
        location: { source: input },
        fix: "give an existing folder or instrument file",
        cause: error,
      });
    }
    const name = basename(absoluteRoot);
    const paths: string[] = [];
    if (info.isDirectory()) await walk(absoluteRoot, options, paths);
    else paths.push(absoluteRoot);
    for (const absolute of paths) {
      const rel = info.isDirectory()
        ? relative(absoluteRoot, absolute).split(sep).join("/")
        : basename(absolute);
      const bytes = (await stat(absolute)).size;
      out.push({
        absolute,
        relative: rel,
        display: prefix && info.isDirectory() ? `${name}/${rel}` : rel,
        root,
        bytes,
      });
    }
  }
  return out;
}
