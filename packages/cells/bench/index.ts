// Runs every bench/*.bench.ts of @lmb/cells (each exports `async function run()`), in name order.
//   pnpm bench
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  const module = (await import(new URL(file, import.meta.url).href)) as {
    run?: () => Promise<void>;
  };
  await module.run?.();
}
