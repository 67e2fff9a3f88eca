#!/usr/bin/env node
// The `lmb` executable: wires the process streams to runCli and sets the exit code.
import { runCli } from "./runCli.js";

// `lmb read big.mpr --to csv | head` closes the pipe early; that is the reader's choice, not an
// error, so stop quietly instead of crashing with an unhandled EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
