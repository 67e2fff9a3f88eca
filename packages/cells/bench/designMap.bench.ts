// The default design map — 50 metal fractions × 20 aspect ratios = 1000 cell simulations of
// 600 h (300 cycles) each — on 2 worker threads and on 1 (target: under 30 s on 2 cores), and
// a check that both give the same map.
//   node --conditions=@lmb/source --import tsx bench/designMap.bench.ts

import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { designMapParallel } from "../src/node.js";

/** Times `designMapParallel()` with its defaults on 2 threads, then 1 (one run each: ~30 s). */
export async function run(): Promise<void> {
  const results = [];
  for (const threads of [2, 1]) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const map = await designMapParallel({ threads });
    const seconds = (performance.now() - start) / 1e3;
    const used = process.cpuUsage(cpu);
    results.push(map);
    const depleted = map.depletionTime.flat().filter((t) => t !== null).length;
    console.log(
      `@lmb/cells designMapParallel: ${map.fractions.length} × ${map.aspectRatios.length} map (${map.protocol.steps} steps per cell), ${threads} thread(s): ${seconds.toFixed(1)} s wall (${((1e3 * seconds) / (map.fractions.length * map.aspectRatios.length)).toFixed(1)} ms per cell; process CPU, all threads: ${((used.user + used.system) / 1e6).toFixed(1)} s); ${depleted} cells ran out of Li`,
    );
  }
  console.log(`identical for 2 and 1 threads: ${isDeepStrictEqual(results[0], results[1])}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
