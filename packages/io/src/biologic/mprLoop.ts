import type { ByteReader } from "../binary/ByteReader.js";
import type { MprModule } from "./mprModules.js";

/**
 * Reads the `VMP loop` module: `n u32`, then `n × u32` start indices of the loops; trailing
 * zeros (unused slots) are dropped. `n` is checked against the module length before reading.
 *
 * @example
 * readMprLoops(reader, loopModule); // [0, 1203, 2406]
 */
export function readMprLoops(reader: ByteReader, module: MprModule): number[] {
  if (module.length < 4) return [];
  const count = Math.min(reader.u32(module.bodyOffset), Math.floor((module.length - 4) / 4));
  const loops: number[] = [];
  for (let i = 0; i < count; i++) loops.push(reader.u32(module.bodyOffset + 4 + 4 * i));
  while (loops.length > 1 && loops[loops.length - 1] === 0) loops.pop();
  return loops;
}
