#!/usr/bin/env node
// Checks one package the way a user will get it: from its packed tarball.
//
// Run from a package directory (each package's `check:pack` script; `pnpm check:pack` runs all
// of them through turbo after the build):
//
//   node ../../tooling/scripts/check-pack.mjs [--no-types]
//
// 1. `pnpm pack` into a temporary directory (pnpm rewrites `workspace:` ranges).
// 2. The tarball's manifest: no `workspace:` range left in any dependency field.
// 3. exports ↔ files: every file named by `exports`, `main`, `module`, `types`, `bin` is in the
//    tarball, and every built entry (dist/*.js|cjs|mjs|d.ts|d.cts|d.mts) is named by one of
//    them; no test files are shipped; every `bin` file starts with a shebang.
// 4. `publint --strict` on the tarball (warnings fail too).
// 5. `attw` (Are The Types Wrong, full "strict" profile) on the tarball, unless `--no-types`
//    (the CLI is a bundled executable without declarations).
//
// Exits non-zero when any check fails, and always removes the temporary directory.

import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pnpmPack, readJson, rootBin, run, temporaryDirectory } from "./_workspace.mjs";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--no-types");
if (unknown.length > 0) {
  console.error(
    `check-pack: unknown argument(s) ${unknown.join(" ")}; usage: check-pack.mjs [--no-types]`,
  );
  process.exit(2);
}
const checkTypes = !args.includes("--no-types");

const packageDir = process.cwd();
const manifestPath = join(packageDir, "package.json");
if (!existsSync(manifestPath)) {
  console.error(`check-pack: no package.json in ${packageDir}; run it from a package directory`);
  process.exit(2);
}
const name = readJson(manifestPath).name;

/** @type {{ check: string, ok: boolean, detail?: string }[]} */
const results = [];
const record = (check, problems) =>
  results.push({ check, ok: problems.length === 0, detail: problems.join("\n    ") });

/**
 * Every string target in an `exports` value, with where it was found.
 *
 * @param {unknown} value
 * @param {string} where
 * @returns {{ where: string, target: string }[]}
 */
function exportTargets(value, where) {
  if (typeof value === "string") return [{ where, target: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => exportTargets(v, `${where}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      exportTargets(v, `${where}[${JSON.stringify(k)}]`),
    );
  }
  return []; // null: an explicitly blocked subpath
}

/** "./dist/*.js" → a RegExp over tarball paths ("dist/x.js"). @param {string} target */
function targetPattern(target) {
  const path = target.replace(/^\.\//, "");
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".+");
  return new RegExp(`^${escaped}$`);
}

/** @param {Record<string, any>} manifest */
function declaredTargets(manifest) {
  const targets = exportTargets(manifest.exports, "exports");
  for (const field of ["main", "module", "types", "typings", "browser"]) {
    if (typeof manifest[field] === "string")
      targets.push({ where: field, target: manifest[field] });
  }
  if (typeof manifest.bin === "string") targets.push({ where: "bin", target: manifest.bin });
  else if (manifest.bin) targets.push(...exportTargets(manifest.bin, "bin"));
  return targets;
}

const workDir = temporaryDirectory("lmb-check-pack-");
let exitCode = 0;
try {
  console.log(`check-pack ${name}: packing into ${workDir}`);
  const { tarball, files } = pnpmPack(packageDir, workDir);
  const fileSet = new Set(files);
  // npm tarballs hold everything under package/.
  const untar = run("tar", ["-xzf", tarball, "-C", workDir], { capture: true });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  const extracted = join(workDir, "package");
  const packed = readJson(join(extracted, "package.json"));

  // 2. No workspace protocol left behind.
  const depFields = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];
  record(
    "no workspace: ranges in the packed package.json",
    depFields.flatMap((field) =>
      Object.entries(packed[field] ?? {})
        .filter(([, range]) => String(range).startsWith("workspace:"))
        .map(([dep, range]) => `${field}.${dep} is still "${range}"`),
    ),
  );

  // 3a. Every declared file exists in the tarball.
  const targets = declaredTargets(packed);
  const targetProblems = [];
  if (targets.length === 0)
    targetProblems.push("no exports, main or bin: nothing to import or run");
  for (const { where, target } of targets) {
    if (!target.startsWith("./"))
      targetProblems.push(`${where} = "${target}" must start with "./"`);
    const pattern = targetPattern(target);
    const present = target.includes("*")
      ? files.some((f) => pattern.test(f))
      : fileSet.has(target.replace(/^\.\//, ""));
    if (!present) targetProblems.push(`${where} = "${target}" is not in the tarball`);
  }
  record("every exports/main/types/bin target is in the tarball", targetProblems);

  // 3b. Every built entry is reachable (the unjs "built but not exported" check): named by
  // exports/main/types/bin, or a shared chunk (tsup's `FormatReader-Hash.d.ts`) that a reachable
  // file imports.
  const patterns = targets.map((t) => targetPattern(t.target));
  const entries = files.filter((f) => /^dist\/[^/]+\.(c|m)?js$|^dist\/[^/]+\.d\.(c|m)?ts$/.test(f));
  const reachable = new Set(entries.filter((f) => patterns.some((p) => p.test(f))));
  for (let grew = true; grew; ) {
    grew = false;
    const texts = [...reachable].map((f) => readFileSync(join(extracted, f), "utf8"));
    for (const f of entries) {
      if (reachable.has(f)) continue;
      const stem = f.slice("dist/".length).replace(/\.d\.(c|m)?ts$|\.(c|m)?js$/, "");
      if (
        texts.some(
          (text) =>
            text.includes(`./${stem}.`) ||
            text.includes(`./${stem}"`) ||
            text.includes(`./${stem}'`),
        )
      ) {
        reachable.add(f);
        grew = true;
      }
    }
  }
  record(
    "every built dist entry is named by exports/main/types/bin or imported by one",
    entries.filter((f) => !reachable.has(f)).map((f) => `${f} is built but not exported`),
  );

  // 3c. No tests shipped; bin files are executable scripts.
  record(
    "no test files in the tarball",
    files.filter((f) => /\.test(-d)?\.[cm]?[jt]sx?$/.test(f)).map((f) => `${f} is shipped`),
  );
  const binProblems = [];
  for (const { where, target } of targets.filter((t) => t.where.startsWith("bin"))) {
    const file = join(extracted, target);
    if (existsSync(file) && !readFileSync(file, "utf8").startsWith("#!")) {
      binProblems.push(`${where} = "${target}" has no "#!/usr/bin/env node" line`);
    }
  }
  record("bin files start with a shebang", binProblems);

  // 4. publint --strict.
  console.log(`check-pack ${name}: publint --strict`);
  const publint = run(join(rootBin, "publint"), ["--strict", tarball], { cwd: workDir });
  record("publint --strict", publint.status === 0 ? [] : [`publint exited ${publint.status}`]);

  // 5. attw, full profile.
  if (checkTypes) {
    console.log(`check-pack ${name}: attw (profile strict)`);
    const attw = run(
      join(rootBin, "attw"),
      [tarball, "--no-definitely-typed", "--format", "table"],
      {
        cwd: workDir,
        env: { FORCE_COLOR: "0" },
      },
    );
    record("attw (strict profile)", attw.status === 0 ? [] : [`attw exited ${attw.status}`]);
  } else {
    console.log(`check-pack ${name}: attw skipped (--no-types)`);
  }
} catch (error) {
  results.push({
    check: "pack",
    ok: false,
    detail: error instanceof Error ? error.message : String(error),
  });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

for (const r of results) {
  console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.check}${r.ok ? "" : `\n    ${r.detail}`}`);
  if (!r.ok) exitCode = 1;
}
console.log(`check-pack ${name}: ${exitCode === 0 ? "passed" : "FAILED"}`);
process.exit(exitCode);
