// Helpers shared by the release-check scripts in tooling/scripts: where the workspace is,
// which packages it has, how to pack one, how to run a command and time it.
// Plain Node ESM with no dependencies, so the scripts run before anything is built.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root (two levels above tooling/scripts). */
export const rootDir = fileURLToPath(new URL("../..", import.meta.url));

/** The root's node_modules/.bin, where publint, attw and friends live. */
export const rootBin = join(rootDir, "node_modules", ".bin");

/** The folders whose children are workspace packages that this script family looks at. */
export const packageGroups = ["packages", "apps"];

/** @param {string} file */
export function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Every package under packages/* and apps/*, in name order.
 *
 * @returns {{ dir: string, relDir: string, group: string, manifest: Record<string, any> }[]}
 */
export function workspacePackages() {
  const found = [];
  for (const group of packageGroups) {
    const groupDir = join(rootDir, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const dir = join(groupDir, entry.name);
      const manifestPath = join(dir, "package.json");
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      found.push({ dir, relDir: relative(rootDir, dir), group, manifest: readJson(manifestPath) });
    }
  }
  return found.sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/**
 * Packages that are published: not `private`, under packages/ or apps/.
 */
export function publishablePackages() {
  return workspacePackages().filter((p) => p.manifest.private !== true);
}

/**
 * Runs a command. By default its output goes to ours; with `capture` it is returned.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, capture?: boolean, env?: Record<string, string | undefined>, input?: string }} [options]
 * @returns {{ status: number, stdout: string, stderr: string }}
 */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    input: options.input ?? "",
    stdio: options.capture ? ["pipe", "pipe", "pipe"] : ["pipe", "inherit", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    return { status: 127, stdout: "", stderr: `${command}: ${result.error.message}` };
  }
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/**
 * `pnpm pack` a package into `destination`. pnpm rewrites `workspace:` ranges to real ones.
 *
 * @param {string} packageDir
 * @param {string} destination
 * @returns {{ tarball: string, files: string[] }}
 */
export function pnpmPack(packageDir, destination) {
  const result = run("pnpm", ["pack", "--pack-destination", destination, "--json"], {
    cwd: packageDir,
    capture: true,
  });
  if (result.status !== 0) {
    throw new Error(`pnpm pack failed in ${packageDir}:\n${result.stderr || result.stdout}`);
  }
  // pnpm prints the JSON report last; anything before it (lifecycle output) is not ours.
  const json = result.stdout.slice(result.stdout.indexOf("{"));
  const report = JSON.parse(json);
  return { tarball: report.filename, files: report.files.map((f) => f.path) };
}

/**
 * A new directory under the OS temp dir that an interrupt does not leave behind. Turbo stops
 * sibling tasks with SIGINT/SIGTERM when one fails; without a handler Node dies at once and
 * skips the caller's `finally`. With one, a synchronous script runs on to its `finally` (the
 * signal waits for the event loop), and an idle one removes the directory here.
 *
 * @param {string} prefix
 */
export function temporaryDirectory(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  return dir;
}

/** Milliseconds since `start`, as "12.3 s". @param {number} start */
export function elapsed(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

/**
 * A plain-text table: columns padded to their widest cell.
 *
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function formatTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
