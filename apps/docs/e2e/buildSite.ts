import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Paths (relative to the docs app) that are build output, not input. */
const OUTPUTS = [
  "docs/api",
  "docs/.vitepress/dist",
  "docs/.vitepress/cache",
  "docs/.vitepress/.temp",
];
const SKIP_DIRS = new Set(["node_modules", "dist", ".turbo", "coverage", "bench"]);

function newestMtime(path: string, skip: (path: string) => boolean): number {
  if (!existsSync(path) || skip(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Files only: building touches directories (VitePress removes .vitepress/.temp at the end).
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name), skip));
  }
  return newest;
}

/**
 * Whether `docs/.vitepress/dist` is missing or older than any input: the site's pages, config,
 * theme and scripts, and every workspace package's source and manifest.
 */
export function siteIsStale(appRoot: string): boolean {
  const built = join(appRoot, "docs/.vitepress/dist/index.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const outputs = OUTPUTS.map((p) => join(appRoot, p));
  const skip = (path: string) => outputs.includes(path);
  const repoRoot = join(appRoot, "../..");
  const inputs = [
    join(appRoot, "docs"),
    join(appRoot, "scripts"),
    join(appRoot, "package.json"),
    join(repoRoot, "packages"),
  ];
  return inputs.some((input) => newestMtime(input, skip) > builtAt);
}

/**
 * Builds the site like `pnpm run docs` (API reference, then `vitepress build docs`) with
 * output captured, so a passing test stays quiet and a failing build shows why.
 */
export async function buildSite(appRoot: string): Promise<void> {
  const vitepress = join(appRoot, "node_modules/vitepress/bin/vitepress.js");
  const steps: string[][] = [["scripts/api.mjs"], [vitepress, "build", "docs"]];
  // vitest sets NODE_ENV=test and VITEST*; the site must build as in production.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  for (const args of steps) {
    try {
      await run(process.execPath, args, { cwd: appRoot, env, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(`building the docs failed (node ${args.join(" ")}):\n${stdout}\n${stderr}`);
    }
  }
}
