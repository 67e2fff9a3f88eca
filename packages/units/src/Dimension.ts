/**
 * A physical dimension as exponents over the seven SI base dimensions, in the order
 * length L, mass M, time T, electric current I, temperature Θ, amount of substance N,
 * luminous intensity J. Current density is `[-2, 0, 0, 1, 0, 0, 0]` (A m⁻²).
 *
 * @example
 * const currentDensity: Dimension = [-2, 0, 0, 1, 0, 0, 0];
 */
export type Dimension = readonly [number, number, number, number, number, number, number];

/**
 * The dimension of a pure number (ratios, %, C-rates are not: those are per time).
 *
 * @example
 * dimensionsEqual(parseUnit("%").dimension, DIMENSIONLESS); // true
 */
export const DIMENSIONLESS: Dimension = Object.freeze([0, 0, 0, 0, 0, 0, 0]) as Dimension;

// Fractional exponents (s^-1/2 in a Warburg coefficient) are summed in floating point;
// snapping to sixtieths keeps 3 × (1/3) equal to 1 without hiding a real difference.
function snap(x: number): number {
  const grid = Math.round(x * 60) / 60;
  const snapped = Math.abs(x - grid) < 1e-9 ? grid : x;
  return snapped === 0 ? 0 : snapped;
}

function build(f: (i: number) => number): Dimension {
  return [snap(f(0)), snap(f(1)), snap(f(2)), snap(f(3)), snap(f(4)), snap(f(5)), snap(f(6))];
}

/**
 * The dimension of a product: exponents add.
 *
 * @example
 * multiplyDimensions([0, 0, 0, 1, 0, 0, 0], [0, 0, 1, 0, 0, 0, 0]); // charge: [0, 0, 1, 1, 0, 0, 0]
 */
export function multiplyDimensions(a: Dimension, b: Dimension): Dimension {
  return build((i) => (a[i] as number) + (b[i] as number));
}

/**
 * The dimension of a power: exponents scale.
 *
 * @example
 * powerDimension([1, 0, 0, 0, 0, 0, 0], -2); // per area: [-2, 0, 0, 0, 0, 0, 0]
 */
export function powerDimension(d: Dimension, exponent: number): Dimension {
  return build((i) => (d[i] as number) * exponent);
}

/**
 * True when two dimensions have the same exponents.
 *
 * @example
 * dimensionsEqual(parseUnit("mA cm-2").dimension, parseUnit("A/m2").dimension); // true
 */
export function dimensionsEqual(a: Dimension, b: Dimension): boolean {
  for (let i = 0; i < 7; i++) if (a[i] !== b[i]) return false;
  return true;
}
