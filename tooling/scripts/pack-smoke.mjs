#!/usr/bin/env node
// The pack-and-install smoke test: does what we would publish work for someone who installs it?
//
//   pnpm build && pnpm check:smoke          (root script; run after the build)
//
// 1. `pnpm pack` every publishable package (packages/*, apps/* that are not private) into a
//    temporary directory outside the workspace.
// 2. Create a project there whose dependencies and npm `overrides` point every @lmb/* package at
//    its local tarball (pnpm pack writes `workspace:^` as `^0.0.0`, which must not be fetched
//    from the registry), and `npm install` it. Third-party dependencies (zod, ml-matrix…) come
//    from the registry as a user would get them.
// 3. For every library: `import` it from ESM and `require` it from CJS, check both expose the
//    same export names, and run one probe: the first entry of PROBES[name] whose `applies` holds
//    for the module, else the `packageName` check of a shell package. The table says which ran.
// 4. For every package with a `bin`: `npx --no <bin> --version` (prints the package version) and
//    the commands in BIN_COMMANDS must exit 0.
//
// Prints a summary table; exits non-zero on any failure.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  elapsed,
  formatTable,
  pnpmPack,
  publishablePackages,
  rootDir,
  run,
  temporaryDirectory,
} from "./_workspace.mjs";

/**
 * Per-package probes. Each runs inside the installed project with `m` the module namespace
 * (ESM) or `require` result (CJS), and returns a short description of what it saw or throws.
 * The functions are sent to a child `node` as source text, so they must not close over
 * anything. The first probe whose `applies(m)` is true runs.
 *
 * @type {Record<string, { name: string, applies: (m: any) => boolean, run: (m: any) => string }[]>}
 */
const PROBES = {
  "@lmb/errors": [
    {
      name: "new LmbError(...)",
      applies: (m) => typeof m.LmbError === "function",
      run: (m) => {
        const e = new m.LmbError("E_SMOKE", "smoke test", { fix: "nothing to fix" });
        if (!(e instanceof Error) || e.code !== "E_SMOKE") throw new Error("not an LmbError");
        if (typeof m.isLmbError === "function" && !m.isLmbError(e)) throw new Error("isLmbError");
        return e.message;
      },
    },
  ],
  "@lmb/units": [
    {
      name: 'convertQuantity("5 mA cm-2", "A m-2")',
      applies: (m) => typeof m.convertQuantity === "function",
      run: (m) => {
        const q = m.convertQuantity("5 mA cm-2", "A m-2");
        if (Math.abs(q.value - 50) > 1e-9) throw new Error(`expected 50, got ${q.value}`);
        return `${q.value} ${q.unit.symbol}`;
      },
    },
    {
      name: 'parseQuantity("5 mA cm-2")',
      applies: (m) => typeof m.parseQuantity === "function",
      run: (m) => {
        const q = m.parseQuantity("5 mA cm-2");
        if (q.value !== 5) throw new Error(`expected 5, got ${q.value}`);
        return `${q.value} ${q.unit.symbol}`;
      },
    },
  ],
  "@lmb/schemas": [
    {
      name: "first schema's .safeParse",
      applies: (m) => Object.values(m).some((v) => typeof v?.safeParse === "function"),
      run: (m) => {
        const [key, schema] = Object.entries(m)
          .filter(([, v]) => typeof v?.safeParse === "function")
          .sort(([a], [b]) => a.localeCompare(b))[0];
        const result = schema.safeParse(undefined);
        if (typeof result?.success !== "boolean")
          throw new Error(`${key}.safeParse returned no result`);
        return `${key}.safeParse(undefined).success = ${result.success}`;
      },
    },
  ],
  "@lmb/numerics": [
    {
      name: "linearRegression(x, 2x + 1)",
      applies: (m) => typeof m.linearRegression === "function",
      run: (m) => {
        const r = m.linearRegression(Float64Array.of(0, 1, 2, 3), Float64Array.of(1, 3, 5, 7));
        if (r === null || typeof r !== "object") throw new Error("no result object");
        if (typeof r.slope === "number" && Math.abs(r.slope - 2) > 1e-9) {
          throw new Error(`expected slope 2, got ${r.slope}`);
        }
        return typeof r.slope === "number" ? `slope ${r.slope}` : `result keys ${Object.keys(r)}`;
      },
    },
  ],
};

/** The check every shell package gets: it exports its own name. */
const PACKAGE_NAME_PROBE = {
  name: "packageName",
  applies: (m) => "packageName" in m,
  run: (m) => m.packageName,
};

/** Extra commands run with each installed bin (besides `--version`). */
const BIN_COMMANDS = { lmb: [["demo"]] };

/** The child script that loads `name` and runs the first applicable probe. */
function probeScript(name, format) {
  const probes = [...(PROBES[name] ?? []), { ...PACKAGE_NAME_PROBE, expect: name }];
  const source = probes
    .map(
      (p) =>
        `{ name: ${JSON.stringify(p.name)}, applies: ${p.applies}, run: ${p.run}, expect: ${JSON.stringify(p.expect)} }`,
    )
    .join(",\n");
  const load =
    format === "esm"
      ? `const m = await import(${JSON.stringify(name)});`
      : `const m = require(${JSON.stringify(name)});`;
  const body = `
    ${load}
    const probes = [${source}];
    const probe = probes.find((p) => p.applies(m));
    if (!probe) throw new Error("no probe applies and no packageName export: add a probe to tooling/scripts/pack-smoke.mjs");
    const result = String(probe.run(m));
    if (probe.expect !== undefined && result !== probe.expect) {
      throw new Error("packageName is " + JSON.stringify(result) + ", expected " + JSON.stringify(probe.expect));
    }
    const keys = Object.keys(m).filter((k) => k !== "default" && k !== "__esModule").sort();
    process.stdout.write(JSON.stringify({ probe: probe.name, result, keys }));
  `;
  return format === "esm"
    ? body
    : `(async () => { ${body} })().catch((e) => { console.error(e); process.exit(1); });`;
}

/** The lines of a child's stderr worth showing: not npm's own warnings. @param {string} stderr */
function problemLine(stderr) {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "" && !/^npm (warn|notice)/i.test(l));
  return lines.find((l) => /error/i.test(l)) ?? lines[0] ?? "";
}

function shorten(text, max = 60) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const started = performance.now();
const packages = publishablePackages();
const workDir = temporaryDirectory("lmb-smoke-");
if (!relative(rootDir, workDir).startsWith("..")) {
  console.error(
    `pack-smoke: ${workDir} is inside the workspace; set TMPDIR to a directory outside it`,
  );
  process.exit(2);
}
const tarballDir = join(workDir, "tarballs");
const projectDir = join(workDir, "project");
mkdirSync(tarballDir);
mkdirSync(projectDir);

/** @type {string[][]} */
const rows = [];
let failures = 0;
const fail = (row) => {
  failures += 1;
  rows.push(row);
};

try {
  // 1. Pack.
  let t = performance.now();
  const tarballs = {};
  for (const { dir, manifest } of packages) {
    tarballs[manifest.name] = pnpmPack(dir, tarballDir).tarball;
  }
  console.log(`pack-smoke: packed ${packages.length} packages into ${tarballDir} (${elapsed(t)})`);

  // 2. Install, every @lmb/* from its tarball.
  t = performance.now();
  const local = Object.fromEntries(
    Object.entries(tarballs).map(([n, file]) => [n, `file:${file}`]),
  );
  const project = {
    name: "lmb-pack-smoke",
    version: "0.0.0",
    private: true,
    description: "Temporary project: installs the packed lmb tarballs as a user would",
    dependencies: local,
    overrides: local,
  };
  writeFileSync(join(projectDir, "package.json"), `${JSON.stringify(project, null, 2)}\n`);
  const install = run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"],
    { cwd: projectDir, capture: true, env: { npm_config_update_notifier: "false" } },
  );
  if (install.status !== 0) {
    throw new Error(`npm install failed in ${projectDir}:\n${install.stdout}\n${install.stderr}`);
  }
  // Every @lmb/* package in the tree must be one of ours, never a registry copy.
  const lock = JSON.parse(readFileSync(join(projectDir, "package-lock.json"), "utf8"));
  const fromRegistry = Object.entries(lock.packages ?? {})
    .filter(
      ([path, entry]) =>
        /(^|\/)node_modules\/@lmb\//.test(path) && !String(entry.resolved).startsWith("file:"),
    )
    .map(([path, entry]) => `${path} (${entry.resolved})`);
  if (fromRegistry.length > 0) {
    throw new Error(
      `@lmb packages not installed from the local tarballs: ${fromRegistry.join(", ")}`,
    );
  }
  console.log(`pack-smoke: npm install of the tarballs in ${projectDir} (${elapsed(t)})`);

  // 3. Import every library from ESM and CJS and run its probe.
  for (const { manifest } of packages) {
    if (!manifest.exports && !manifest.main) continue; // bin-only package: step 4
    const seen = {};
    for (const format of ["esm", "cjs"]) {
      const args =
        format === "esm"
          ? ["--input-type=module", "-e", probeScript(manifest.name, format)]
          : ["--input-type=commonjs", "-e", probeScript(manifest.name, format)];
      const r = run(process.execPath, args, { cwd: projectDir, capture: true });
      if (r.status !== 0) {
        fail([manifest.name, format, "FAIL", "-", shorten(problemLine(r.stderr))]);
        continue;
      }
      seen[format] = JSON.parse(r.stdout);
      rows.push([manifest.name, format, "ok", seen[format].probe, shorten(seen[format].result)]);
    }
    if (seen.esm && seen.cjs && seen.esm.keys.join() !== seen.cjs.keys.join()) {
      const onlyEsm = seen.esm.keys.filter((k) => !seen.cjs.keys.includes(k));
      const onlyCjs = seen.cjs.keys.filter((k) => !seen.esm.keys.includes(k));
      fail([
        manifest.name,
        "esm=cjs",
        "FAIL",
        "same exports",
        `esm only: ${onlyEsm}; cjs only: ${onlyCjs}`,
      ]);
    }
  }

  // 4. Run every installed bin.
  for (const { manifest } of packages) {
    const bins =
      typeof manifest.bin === "string"
        ? { [manifest.name.split("/").pop()]: manifest.bin }
        : (manifest.bin ?? {});
    for (const bin of Object.keys(bins)) {
      for (const command of [["--version"], ...(BIN_COMMANDS[bin] ?? [])]) {
        const label = `npx ${bin} ${command.join(" ")}`;
        const r = run("npx", ["--no", "--", bin, ...command], { cwd: projectDir, capture: true });
        const out = r.stdout.trim();
        if (r.status !== 0) {
          fail([
            manifest.name,
            "bin",
            "FAIL",
            label,
            shorten(`exit ${r.status}: ${problemLine(r.stderr) || out}`),
          ]);
        } else if (command[0] === "--version" && !out.includes(manifest.version)) {
          fail([
            manifest.name,
            "bin",
            "FAIL",
            label,
            shorten(`printed "${out}", not ${manifest.version}`),
          ]);
        } else {
          rows.push([manifest.name, "bin", "ok", label, shorten(out.split("\n")[0] ?? "")]);
        }
      }
    }
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`pack-smoke: ${message}`);
  fail(["(setup)", "-", "FAIL", "-", shorten(message)]);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

console.log(`\n${formatTable(["package", "how", "result", "probe", "saw"], rows)}\n`);
console.log(
  `pack-smoke: ${failures === 0 ? "all passed" : `${failures} FAILED`} (${rows.length - failures} ok) in ${elapsed(started)}`,
);
process.exit(failures === 0 ? 0 : 1);
