// The spheroid spanning case of bench/continuum.bench.ts run on the package as it ships
// (dist/index.js, plain Node, no loader hooks; see newmanZiffShipped.mjs for why that differs):
// one untimed warm-up, then REPEATS timed runs. Prints "min median" CPU ms and the mean particles.
//   node bench/continuumShipped.mjs [REPEATS]
import { penetrableSlabSpanning, spheroidShape } from "../dist/index.js";

const REPEATS = Number(process.argv[2] ?? 9) || 9;
const needles = spheroidShape(5);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
penetrableSlabSpanning({ lateral: 72, thickness: 72, runs: 1, seed: 999 }, needles);
const times = [];
let particles = 0;
for (let r = 0; r < REPEATS; r++) {
  const c0 = cpu();
  const result = penetrableSlabSpanning(
    { lateral: 72, thickness: 72, runs: 1, seed: 1000 + r },
    needles,
  );
  times.push(cpu() - c0);
  particles += result.particles[0];
}
times.sort((a, b) => a - b);
process.stdout.write(
  `${times[0]} ${times[times.length >> 1]} ${Math.round(particles / REPEATS)}\n`,
);
