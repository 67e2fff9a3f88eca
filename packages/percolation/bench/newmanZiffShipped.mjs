// One Newman–Ziff sweep of the package as it ships (dist/index.js, plain Node, no loader hooks),
// for bench/newmanZiff.bench.ts: a warm-up sweep (untimed, JIT), then one timed sweep.
// Prints "<permutation ns/site> <sweep ns/site>" in process CPU time, like bench/newmanZiff.c.
//   node bench/newmanZiffShipped.mjs L SEED
// Why a separate plain-Node process: the bench itself runs TypeScript through tsx, whose
// loader detaches an ArrayBuffer; once any ArrayBuffer in an isolate has been detached, V8
// guards every typed-array access against detachment (its "ArrayBuffer detaching" protector
// is invalidated), which costs this memory-bound kernel about 25 %. Users run the built JS.
import { createLatticeGrid, fastPermutation, siteSweep } from "../dist/index.js";

const L = Number(process.argv[2] ?? 128);
const seed = Number(process.argv[3] ?? 1);
const grid = createLatticeGrid("sc", L);
const parent = new Int32Array(grid.sites + 2);
const order = new Int32Array(grid.sites);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
siteSweep(grid, fastPermutation(grid.sites, 999, order), { parent });
const t0 = cpu();
fastPermutation(grid.sites, seed, order);
const t1 = cpu();
siteSweep(grid, order, { parent });
const t2 = cpu();
process.stdout.write(`${((t1 - t0) * 1e6) / grid.sites} ${((t2 - t1) * 1e6) / grid.sites}\n`);
