#!/usr/bin/env node
// The `lmb` executable: wires the process streams to runCli and sets the exit code.
import { runCli } from "./runCli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
