/**
 * Seeded, platform-independent random numbers: xoshiro128** with splitmix32 seeding, uniform,
 * normal, integer, permutation and shuffle.
 *
 * @packageDocumentation
 */
export { createRng, createRngFromState, type Rng } from "./rng.js";
export { seedState, splitmix32, Xoshiro128StarStar } from "./xoshiro128.js";
