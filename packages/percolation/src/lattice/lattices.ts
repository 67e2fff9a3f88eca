/** The lattices lmb simulates. */
export type LatticeId = "square" | "triangular" | "honeycomb" | "sc" | "bcc" | "fcc";

/** A lattice: its neighbour offsets in integer lattice coordinates and literature thresholds. */
export interface LatticeDefinition {
  id: LatticeId;
  title: string;
  dimension: 2 | 3;
  /** Coordination number z. */
  coordination: number;
  /**
   * Half of the nearest-neighbour offsets (the other half are their negatives), in the lattice's
   * own basis: sheared for triangular, bcc and fcc, so that every lattice lives on a plain
   * L×L(×L) index grid. Honeycomb is the brick-wall form (see `brickWall`).
   */
  halfOffsets: readonly (readonly number[])[];
  /** Honeycomb as a brick wall: ±x neighbours plus one vertical neighbour, +y when x + y is even, −y otherwise. */
  brickWall?: boolean;
  /** Best-known site threshold and its source. */
  siteThreshold: { value: number; uncertainty: number; source: string };
  /** Best-known bond threshold and its source. */
  bondThreshold: { value: number; uncertainty: number; source: string };
  /** Correlation-length exponent ν of the dimension (4/3 in 2D; 0.8765 in 3D). */
  nu: number;
}

const XU_2014 = "Xu, Wang, Lv, Deng, Front. Phys. 9 (2014) 113, Table V";

/**
 * Supported lattices with their best-known thresholds (shared/research/percolation.md §2.1).
 * In lattice coordinates: triangular has neighbours ±(1,0), ±(0,1), ±(1,−1); bcc ±(1,0,0),
 * ±(0,1,0), ±(0,0,1), ±(1,1,1) (primitive vectors (±1,±1,±1)/2); fcc ±(1,0,0), ±(0,1,0),
 * ±(0,0,1), ±(1,−1,0), ±(0,1,−1), ±(1,0,−1).
 *
 * @example
 * LATTICES.sc.siteThreshold.value; // 0.31160768
 */
export const LATTICES: Readonly<Record<LatticeId, LatticeDefinition>> = {
  square: {
    id: "square",
    title: "square (z = 4)",
    dimension: 2,
    coordination: 4,
    halfOffsets: [
      [1, 0],
      [0, 1],
    ],
    siteThreshold: {
      value: 0.59274605079,
      uncertainty: 1e-11,
      source: "Jacobsen, J. Phys. A 48 (2015) 454003",
    },
    bondThreshold: { value: 0.5, uncertainty: 0, source: "exact (Kesten 1980)" },
    nu: 4 / 3,
  },
  triangular: {
    id: "triangular",
    title: "triangular (z = 6)",
    dimension: 2,
    coordination: 6,
    halfOffsets: [
      [1, 0],
      [0, 1],
      [1, -1],
    ],
    siteThreshold: { value: 0.5, uncertainty: 0, source: "exact (Sykes & Essam 1964)" },
    bondThreshold: {
      value: 2 * Math.sin(Math.PI / 18),
      uncertainty: 0,
      source: "exact (Sykes & Essam 1964)",
    },
    nu: 4 / 3,
  },
  honeycomb: {
    id: "honeycomb",
    title: "honeycomb (z = 3)",
    dimension: 2,
    coordination: 3,
    halfOffsets: [[1, 0]],
    brickWall: true,
    siteThreshold: {
      value: 0.69704023,
      uncertainty: 5e-9,
      source: "Jacobsen, J. Phys. A 47 (2014) 135001",
    },
    bondThreshold: {
      value: 1 - 2 * Math.sin(Math.PI / 18),
      uncertainty: 0,
      source: "exact (Sykes & Essam 1964)",
    },
    nu: 4 / 3,
  },
  sc: {
    id: "sc",
    title: "simple cubic (z = 6)",
    dimension: 3,
    coordination: 6,
    halfOffsets: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    siteThreshold: { value: 0.31160768, uncertainty: 1.5e-7, source: XU_2014 },
    bondThreshold: { value: 0.24881185, uncertainty: 1e-7, source: XU_2014 },
    nu: 0.8765,
  },
  bcc: {
    id: "bcc",
    title: "body-centred cubic (z = 8)",
    dimension: 3,
    coordination: 8,
    halfOffsets: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 1, 1],
    ],
    siteThreshold: { value: 0.2459615, uncertainty: 2e-7, source: XU_2014 },
    bondThreshold: { value: 0.18028762, uncertainty: 2e-7, source: XU_2014 },
    nu: 0.8765,
  },
  fcc: {
    id: "fcc",
    title: "face-centred cubic (z = 12)",
    dimension: 3,
    coordination: 12,
    halfOffsets: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, -1, 0],
      [0, 1, -1],
      [1, 0, -1],
    ],
    siteThreshold: { value: 0.19923517, uncertainty: 2e-7, source: XU_2014 },
    bondThreshold: { value: 0.12016377, uncertainty: 1.5e-7, source: XU_2014 },
    nu: 0.8765,
  },
};
