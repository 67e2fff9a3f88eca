#!/usr/bin/env node
import { Command } from "@commander-js/extra-typings";

const program = new Command("lmb").description("lmb — analyse lithium-metal battery experiments");
program.command("demo").action(() => {
  process.stdout.write("lmb demo\n");
});
program.parse();
