import { LmbError } from "@lmb/errors";
import { FARADAY_CONSTANT } from "@lmb/units";

/** Electrolyte inputs of Sand's time (SI units). */
export interface SandElectrolyte {
  /** Salt (ambipolar) diffusion coefficient D, m² s⁻¹ (1 M LiPF6/carbonates ≈ 1.8–3.2e-10). */
  diffusivity: number;
  /** Bulk salt concentration c0, mol m⁻³ (1 M = 1000). */
  concentration: number;
  /** Cation transference number t₊ (0 ≤ t₊ < 1). */
  transferenceNumber: number;
  /** Charge number of the cation z. @default 1 */
  z?: number;
  /**
   * Electrolyte thickness between the electrodes L, m. When given, the limiting current
   * J_lim = 2zFDc0/((1 − t₊)L) is checked: below it the surface concentration never reaches zero
   * and there is no Sand time.
   */
  thickness?: number;
}

/** Result of {@link sandTime}. */
export interface SandResult {
  /** t_Sand = πD(zc0F)²/(4J²(1 − t₊)²), s; absent when J is below the limiting current. */
  time?: number;
  /** Sand capacity Q = J·t_Sand, C m⁻²; absent with the time. */
  capacity?: number;
  /** Limiting current density 2zFDc0/((1 − t₊)L), A m⁻² (only with a thickness). */
  limitingCurrentDensity?: number;
  /** L²/D, s: the semi-infinite formula needs t_Sand ≪ this (only with a thickness). */
  diffusionTime?: number;
  /** True when J exceeds the limiting current (always true without a thickness). */
  applies: boolean;
  /** Why the result does or does not apply. */
  note: string;
}

function validate(current: number, e: SandElectrolyte): void {
  const bad = (what: string, fix: string) => {
    throw new LmbError("E_INVALID_ARGUMENT", what, { fix });
  };
  if (!Number.isFinite(current) || current === 0) {
    bad(
      `the current density must be non-zero, got ${current}`,
      "give it in A m⁻² (5 mA cm⁻² = 50)",
    );
  }
  if (!(e.diffusivity > 0)) bad(`D must be positive, got ${e.diffusivity}`, "give D in m² s⁻¹");
  if (!(e.concentration > 0))
    bad(`c0 must be positive, got ${e.concentration}`, "give c0 in mol m⁻³");
  if (!(e.transferenceNumber >= 0 && e.transferenceNumber < 1)) {
    bad(
      `t₊ must lie in [0, 1), got ${e.transferenceNumber}`,
      "give the cation transference number",
    );
  }
  if (e.thickness !== undefined && !(e.thickness > 0)) {
    bad(`the thickness must be positive, got ${e.thickness}`, "give L in m (25 µm = 2.5e-5)");
  }
}

/**
 * Sand's time: when the Li⁺ concentration at a plating electrode reaches zero under a constant
 * current density J in a binary electrolyte, and growth turns dendritic:
 * t_Sand = πD(z·c0·F)²/(4J²(1 − t₊)²); the Sand capacity is J·t_Sand. It applies only above the
 * limiting current J_lim = 2zFDc0/((1 − t₊)L); below it (coin cells with a 25 µm separator
 * below ~50 mA cm⁻²) there is no Sand time and the result says so instead of giving a number.
 * Valøen–Reimers electrolyte (D = 3.22e-10 m² s⁻¹, t₊ = 0.38, 1 M) at 10 mA cm⁻²: 612.5 s.
 *
 * Source: H. J. S. Sand, Philos. Mag. 1 (1901) 45; P. Bai, J. Li, F. R. Brushett,
 * M. Z. Bazant, Energy Environ. Sci. 9 (2016) 3221; J.-N. Chazalviel, Phys. Rev. A 42 (1990) 7355.
 *
 * @param currentDensity - J, A m⁻² (sign ignored)
 * @throws LmbError `E_INVALID_ARGUMENT` for zero current or out-of-range inputs.
 * @example
 * sandTime(100, { diffusivity: 3.22e-10, concentration: 1000, transferenceNumber: 0.38 }).time; // 612.5 s
 */
export function sandTime(currentDensity: number, electrolyte: SandElectrolyte): SandResult {
  validate(currentDensity, electrolyte);
  const j = Math.abs(currentDensity);
  const z = electrolyte.z ?? 1;
  const ta = 1 - electrolyte.transferenceNumber;
  const zcF = z * electrolyte.concentration * FARADAY_CONSTANT;
  const time = (Math.PI * electrolyte.diffusivity * zcF * zcF) / (4 * j * j * ta * ta);
  if (electrolyte.thickness === undefined) {
    return {
      time,
      capacity: j * time,
      applies: true,
      note: "semi-infinite electrolyte assumed (no thickness given): valid only above the cell's limiting current",
    };
  }
  const limitingCurrentDensity = (2 * zcF * electrolyte.diffusivity) / (ta * electrolyte.thickness);
  const diffusionTime = electrolyte.thickness ** 2 / electrolyte.diffusivity;
  if (j <= limitingCurrentDensity) {
    return {
      limitingCurrentDensity,
      diffusionTime,
      applies: false,
      note: `no Sand time: J = ${(j / 10).toPrecision(3)} mA cm⁻² is below the limiting current ${(limitingCurrentDensity / 10).toPrecision(3)} mA cm⁻², so the surface concentration never reaches zero`,
    };
  }
  return {
    time,
    capacity: j * time,
    limitingCurrentDensity,
    diffusionTime,
    applies: true,
    note:
      time < diffusionTime
        ? "above the limiting current; t_Sand < L²/D, so the semi-infinite formula holds"
        : "above the limiting current, but t_Sand ≥ L²/D: the finite cell thickness matters, treat t_Sand as an estimate",
  };
}

/**
 * The current density at which Sand's time equals `seconds`: J = (zc0F/(2(1 − t₊)))·(πD/t)^½,
 * A m⁻² (the inverse of {@link sandTime}).
 *
 * @example
 * sandCurrentForTime(612.5, { diffusivity: 3.22e-10, concentration: 1000, transferenceNumber: 0.38 }); // 100 A m⁻²
 */
export function sandCurrentForTime(seconds: number, electrolyte: SandElectrolyte): number {
  validate(1, electrolyte);
  if (!(seconds > 0)) {
    throw new LmbError("E_INVALID_ARGUMENT", `the time must be positive, got ${seconds}`, {
      fix: "give the time in s",
    });
  }
  const zcF = (electrolyte.z ?? 1) * electrolyte.concentration * FARADAY_CONSTANT;
  return (
    (zcF / (2 * (1 - electrolyte.transferenceNumber))) *
    Math.sqrt((Math.PI * electrolyte.diffusivity) / seconds)
  );
}

/**
 * The current density at which the Sand capacity J·t_Sand equals `capacity` (C m⁻²):
 * J = πD(zc0F)²/(4(1 − t₊)²·Q), A m⁻².
 *
 * @example
 * sandCurrentForCapacity(61250, electrolyte); // 100 A m⁻² (61 250 C m⁻² = 1.70 mAh cm⁻²)
 */
export function sandCurrentForCapacity(capacity: number, electrolyte: SandElectrolyte): number {
  validate(1, electrolyte);
  if (!(capacity > 0)) {
    throw new LmbError("E_INVALID_ARGUMENT", `the capacity must be positive, got ${capacity}`, {
      fix: "give the areal capacity in C m⁻² (1 mAh cm⁻² = 36 000)",
    });
  }
  const zcF = (electrolyte.z ?? 1) * electrolyte.concentration * FARADAY_CONSTANT;
  const ta = 1 - electrolyte.transferenceNumber;
  return (Math.PI * electrolyte.diffusivity * zcF * zcF) / (4 * ta * ta * capacity);
}

/**
 * Compares a measured short-circuit (or voltage-divergence) time with Sand's time at the same
 * current density: ratio = t_measured/t_Sand (≈ 1 suggests Sand-type dendrite onset; ≫ 1 that
 * growth was not diffusion-limited).
 *
 * @example
 * compareWithSand(700, 100, electrolyte).ratio; // 1.14
 */
export function compareWithSand(
  measuredTime: number,
  currentDensity: number,
  electrolyte: SandElectrolyte,
): SandResult & { measuredTime: number; ratio?: number } {
  const sand = sandTime(currentDensity, electrolyte);
  if (!(measuredTime > 0)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `the measured time must be positive, got ${measuredTime}`,
      {
        fix: "give the short-circuit time in s",
      },
    );
  }
  return sand.time === undefined
    ? { ...sand, measuredTime }
    : { ...sand, measuredTime, ratio: measuredTime / sand.time };
}
