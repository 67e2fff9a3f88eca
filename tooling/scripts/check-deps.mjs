#!/usr/bin/env node
// Checks that dependencies between workspace packages point the way DESIGN.md says:
//
//   units ← schemas ← io
//   numerics
//   units, schemas, numerics ← kinetics, impedance, nucleation, percolation
//   kinetics, nucleation, percolation, impedance ← cells
//   everything ← cli, docs
//   errors ← everything;  tooling/* (config presets) ← anything, as devDependencies
//   io ← cells in tests only (devDependencies; see TEST_ONLY)
//
//   node tooling/scripts/check-deps.mjs          (root script: pnpm check:deps)
//
// (a) Manifests: every @lmb/* entry in dependencies, peerDependencies, optionalDependencies and
//     devDependencies of packages/*, apps/* and tooling/* is allowed by ALLOWED below; no
//     package depends on an app; the graph has no cycle; a package not in ALLOWED is an error
//     (decide where it sits, here and in DESIGN.md).
// (b) Sources: every `@lmb/…` that a source file imports, re-exports or requires is declared in
//     that package's manifest; for a published library, imports from shipped code (not tests,
//     benchmarks or config) must be in dependencies/peerDependencies, not devDependencies.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readJson, rootDir } from "./_workspace.mjs";

const LIBRARIES = [
  "errors",
  "units",
  "schemas",
  "numerics",
  "io",
  "kinetics",
  "impedance",
  "nucleation",
  "percolation",
  "cells",
];
const SCIENCE = ["kinetics", "impedance", "nucleation", "percolation"];

/** Which workspace packages each package may depend on (short names; errors is added to all). */
const ALLOWED = {
  errors: [],
  units: [],
  schemas: ["units"],
  numerics: [],
  io: ["units", "schemas"],
  ...Object.fromEntries(SCIENCE.map((p) => [p, ["units", "schemas", "numerics"]])),
  cells: ["units", "schemas", "numerics", ...SCIENCE],
  cli: LIBRARIES,
  docs: LIBRARIES,
};

/**
 * Packages a package may use in its tests only (devDependencies; never imported by shipped code,
 * which (b) checks). cells' tests read the real instrument files in ../shared/data through io's
 * readers (issue 9 asks that every fixture runs through its analyses); io never depends on cells,
 * so no cycle can form.
 */
const TEST_ONLY = { cells: ["io"] };

const DEP_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];
const RUNTIME_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];
const SOURCE_FILE = /\.(c|m)?[jt]sx?$|\.vue$/;
const SKIP_DIRS = new Set(["node_modules", "dist", ".turbo", "coverage", "cache", "api"]);
/** Files that never ship: tests, type tests, benchmarks, browser tests, tool configs. */
const DEV_ONLY =
  /(\.test(-d)?\.[cm]?[jt]sx?$)|(^|\/)(bench|e2e|test|tests|__tests__)\/|(^|\/)[^/]+\.config\.[cm]?[jt]s$/;

/** @returns {{ dir: string, relDir: string, group: string, manifest: Record<string, any>, short: string }[]} */
function allPackages() {
  const found = [];
  for (const group of ["packages", "apps", "tooling"]) {
    const groupDir = join(rootDir, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const dir = join(groupDir, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "package.json"))) continue;
      const manifest = readJson(join(dir, "package.json"));
      found.push({ dir, relDir: relative(rootDir, dir), group, manifest, short: entry.name });
    }
  }
  return found;
}

/** Source files of a package: git's view (tracked + untracked, not ignored), else a walk. */
function sourceFiles(dir) {
  try {
    const out = execFileSync(
      "git",
      ["ls-files", "--cached", "--others", "--exclude-standard", "--", "."],
      {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    return out
      .split("\n")
      .filter((f) => SOURCE_FILE.test(f) && existsSync(join(dir, f)))
      .filter((f) => !f.split("/").some((part) => part === "node_modules"));
  } catch {
    const files = [];
    const walk = (sub) => {
      for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
        const rel = sub ? `${sub}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith("."))
          walk(rel);
        else if (entry.isFile() && SOURCE_FILE.test(entry.name)) files.push(rel);
      }
    };
    if (statSync(dir).isDirectory()) walk("");
    return files;
  }
}

/** Workspace packages a file imports, re-exports or requires, with line numbers. */
function workspaceImports(text) {
  // Drop comments so TSDoc examples (`import { x } from "@lmb/units"`) do not count.
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/^\s*\/\/.*$/gm, "");
  const found = [];
  const pattern =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["'](@lmb\/[a-z0-9._-]+)/g;
  for (const match of code.matchAll(pattern)) {
    const line = code.slice(0, match.index).split("\n").length;
    found.push({ name: match[1], line });
  }
  return found;
}

const problems = [];
const packages = allPackages();
const byName = new Map(packages.map((p) => [p.manifest.name, p]));
const isApp = (name) => byName.get(name)?.group === "apps";
const isTooling = (name) => byName.get(name)?.group === "tooling";

// (a) Manifests.
/** @type {Map<string, Set<string>>} */
const graph = new Map();
for (const pkg of packages) {
  const { name } = pkg.manifest;
  const edges = new Set();
  graph.set(name, edges);
  const allowed = pkg.group === "tooling" ? [] : ALLOWED[pkg.short];
  if (allowed === undefined) {
    problems.push(
      `${pkg.relDir}: ${name} is not in ALLOWED in tooling/scripts/check-deps.mjs; decide where it sits in DESIGN.md's graph and add it`,
    );
    continue;
  }
  for (const field of DEP_FIELDS) {
    for (const dep of Object.keys(pkg.manifest[field] ?? {})) {
      if (!byName.has(dep)) continue; // not a workspace package
      edges.add(dep);
      const where = `${pkg.relDir}/package.json ${field}.${dep}`;
      if (isTooling(dep)) {
        if (field !== "devDependencies" && pkg.manifest.private !== true) {
          problems.push(`${where}: tooling presets belong in devDependencies`);
        }
        continue;
      }
      if (pkg.group === "tooling") problems.push(`${where}: tooling depends on no lmb package`);
      else if (isApp(dep)) problems.push(`${where}: no package depends on an app`);
      else if (
        field === "devDependencies" &&
        (TEST_ONLY[pkg.short] ?? []).includes(byName.get(dep).short)
      ) {
      } else if (dep !== "@lmb/errors" && !allowed.includes(byName.get(dep).short)) {
        problems.push(
          `${where}: ${pkg.short} may not depend on ${byName.get(dep).short} (DESIGN.md: ${describeAllowed(pkg.short)})`,
        );
      }
    }
  }
}

function describeAllowed(short) {
  const list = ["errors", ...ALLOWED[short]];
  return `${short} may use ${list.join(", ")}`;
}

// No cycles (depth-first search with colours).
const colour = new Map();
const stack = [];
function visit(name) {
  colour.set(name, "grey");
  stack.push(name);
  for (const dep of graph.get(name) ?? []) {
    if (colour.get(dep) === "grey") {
      problems.push(`dependency cycle: ${[...stack.slice(stack.indexOf(dep)), dep].join(" → ")}`);
    } else if (!colour.has(dep)) visit(dep);
  }
  stack.pop();
  colour.set(name, "black");
}
for (const name of graph.keys()) if (!colour.has(name)) visit(name);

// (b) Sources.
let filesScanned = 0;
for (const pkg of packages) {
  const { manifest } = pkg;
  const isPublishedLibrary = manifest.private !== true && (manifest.exports || manifest.main);
  for (const file of sourceFiles(pkg.dir)) {
    filesScanned += 1;
    const text = readFileSync(join(pkg.dir, file), "utf8");
    for (const { name, line } of workspaceImports(text)) {
      if (name === manifest.name) continue; // a package may name itself (examples, self-reference)
      const where = `${pkg.relDir}/${file}:${line}`;
      const field = DEP_FIELDS.find((f) => manifest[f]?.[name] !== undefined);
      if (!byName.has(name))
        problems.push(`${where}: imports ${name}, which is no workspace package`);
      else if (!field)
        problems.push(
          `${where}: imports ${name} but ${pkg.relDir}/package.json does not declare it`,
        );
      else if (isPublishedLibrary && !DEV_ONLY.test(file) && !RUNTIME_FIELDS.includes(field)) {
        problems.push(
          `${where}: shipped code imports ${name}, declared only in ${field}; move it to dependencies`,
        );
      }
    }
  }
}

const edgeCount = [...graph.values()].reduce((n, s) => n + s.size, 0);
if (problems.length > 0) {
  console.error(`check-deps: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `check-deps: ${packages.length} packages, ${edgeCount} workspace dependencies, ${filesScanned} source files: the graph follows DESIGN.md, no cycles, every import declared`,
);
