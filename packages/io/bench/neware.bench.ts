import { runBenchSuite } from "@lmb/bench";
import { ByteReader } from "../src/binary/ByteReader.js";
import { decodeNdcMain } from "../src/neware/ndcMain.js";

const PAGE = 4096;
const RECORDS = 1_000_000;

/** A synthetic ndc v14 main stream of `records` float32 V/I records (all slots valid). */
function syntheticNdc14(records: number): Uint8Array {
  const perPage = Math.floor((PAGE - 132 - 1) / 8);
  const pages = Math.ceil(records / perPage);
  const bytes = new Uint8Array(PAGE * (pages + 1));
  const view = new DataView(bytes.buffer);
  bytes[0] = 1;
  bytes[2] = 14;
  let k = 0;
  for (let p = 1; p <= pages; p++) {
    const page = p * PAGE;
    for (let s = 0; s < perPage && k < records; s++, k++) {
      bytes[page + 4 + (s >> 3)] = (bytes[page + 4 + (s >> 3)] as number) | (1 << (s & 7));
      view.setFloat32(page + 132 + s * 8, 3.7 + 0.1 * Math.sin(k / 1000), true);
      view.setFloat32(page + 136 + s * 8, 1e-3 * Math.sign(Math.sin(k / 5000)), true);
    }
  }
  return bytes;
}

/** Decodes a synthetic 1M-record ndc v14 data stream; reports bytes/s (target ≥ 300 MB/s). */
export async function run(): Promise<void> {
  const ndc = syntheticNdc14(RECORDS);
  const reader = new ByteReader(ndc, "bench.ndc");
  await runBenchSuite("@lmb/io neware", [
    {
      name: `decode ndc v14 main, ${RECORDS / 1e6}M records (${(ndc.length / 1e6).toFixed(1)} MB)`,
      fn: () => decodeNdcMain(reader, 14),
      items: ndc.length,
      itemName: "B",
    },
  ]);
}
