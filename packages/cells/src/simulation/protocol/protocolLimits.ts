/** Most steps a protocol may expand to (a guard against typos such as `x 1000000000`). */
export const MAX_PROTOCOL_STEPS = 1_000_000;
