import { type ResolvedSymbol, resolveSymbol, suggestFor } from "./resolveSymbol.js";
import { tokenizeUnit, type UnitToken, unitParseError } from "./tokenizeUnit.js";

/** One unit symbol raised to a power, as written: `cm` with exponent −2 in "mA cm⁻²". */
export interface UnitFactor {
  readonly unit: ResolvedSymbol;
  readonly exponent: number;
}

const MAX_DEPTH = 16;
const MAX_EXPONENT = 24;

function describeToken(t: UnitToken): string {
  switch (t.kind) {
    case "exponent":
      return `exponent "${t.text}"`;
    case "symbol":
      return `"${t.text}"`;
    case "close":
      return '")"';
    case "div":
      return '"/"';
    case "open":
      return '"("';
    case "one":
      return '"1"';
    default:
      return '"·"';
  }
}

const isOperandStart = (t: UnitToken | undefined): boolean =>
  t !== undefined && (t.kind === "symbol" || t.kind === "one" || t.kind === "open");

class FactorParser {
  private pos = 0;
  constructor(
    private readonly tokens: UnitToken[],
    private readonly endColumn: number,
  ) {}

  parse(): UnitFactor[] {
    const factors = this.product(0);
    const extra = this.tokens[this.pos];
    if (extra)
      throw unitParseError(
        `unmatched ")" at column ${extra.column}`,
        extra.column,
        'remove it or add "("',
      );
    return factors;
  }

  private peek(): UnitToken | undefined {
    return this.tokens[this.pos];
  }

  private column(): number {
    return this.peek()?.column ?? this.endColumn;
  }

  // product := operand ((mul | div | juxtaposition) operand)*
  private product(depth: number): UnitFactor[] {
    if (depth > MAX_DEPTH)
      throw unitParseError("parentheses nested too deeply", this.column(), "simplify the unit");
    const out: UnitFactor[] = [];
    let sign = 1;
    let previousWasDivisor = false;
    for (;;) {
      const start = this.peek();
      if (!isOperandStart(start)) {
        const what = start === undefined ? "the end" : describeToken(start);
        throw unitParseError(
          `expected a unit at column ${this.column()}, found ${what}`,
          this.column(),
          'write e.g. "mA cm-2" or "mA/cm2"',
        );
      }
      for (const f of this.operand(depth)) out.push({ unit: f.unit, exponent: f.exponent * sign });
      const next = this.peek();
      if (next === undefined || next.kind === "close") return out;
      if (next.kind === "div") {
        this.pos++;
        sign = -1;
        previousWasDivisor = true;
        continue;
      }
      if (next.kind === "mul") this.pos++;
      else if (!isOperandStart(next)) {
        throw unitParseError(
          `unexpected ${describeToken(next)} at column ${next.column}`,
          next.column,
          'write e.g. "mA cm-2"',
        );
      }
      const following = this.peek();
      if (previousWasDivisor && following !== undefined && isOperandStart(following)) {
        throw unitParseError(
          `ambiguous ${describeToken(following)} at column ${following.column}: after "/" it is unclear whether this unit divides or multiplies`,
          following.column,
          'group the denominator, e.g. "J/(mol K)", or use exponents, e.g. "J mol-1 K-1"',
        );
      }
      sign = 1;
    }
  }

  // operand := symbol exponent? | "1" | "(" product ")" exponent?
  private operand(depth: number): UnitFactor[] {
    const t = this.tokens[this.pos++] as UnitToken;
    if (t.kind === "one") return [];
    let factors: UnitFactor[];
    if (t.kind === "open") {
      factors = this.product(depth + 1);
      const close = this.tokens[this.pos++];
      if (close?.kind !== "close")
        throw unitParseError(`unclosed "(" at column ${t.column}`, t.column, 'add ")"');
    } else if (t.kind === "symbol") {
      factors = [{ unit: this.symbol(t), exponent: 1 }];
    } else {
      throw unitParseError(
        `expected a unit at column ${t.column}`,
        t.column,
        'write e.g. "mA cm-2"',
      );
    }
    const exponent = this.peek();
    if (exponent?.kind !== "exponent") return factors;
    this.pos++;
    if (
      !Number.isFinite(exponent.value) ||
      exponent.value === 0 ||
      Math.abs(exponent.value) > MAX_EXPONENT
    ) {
      throw unitParseError(
        `exponent "${exponent.text}" at column ${exponent.column} is out of range`,
        exponent.column,
        `use a non-zero exponent between -${MAX_EXPONENT} and ${MAX_EXPONENT}`,
      );
    }
    return factors.map((f) => ({ unit: f.unit, exponent: f.exponent * exponent.value }));
  }

  private symbol(t: Extract<UnitToken, { kind: "symbol" }>): ResolvedSymbol {
    const next = this.peek();
    const r = resolveSymbol(t.text);
    if (r.kind === "unit") {
      // "° C" and "deg C" read as angle × coulomb, which nobody means.
      if (
        r.unit.symbol === "°" &&
        next?.kind === "symbol" &&
        (next.text === "C" || next.text === "F")
      ) {
        throw unitParseError(
          `ambiguous "${t.text} ${next.text}" at column ${t.column}: angle degree times ${next.text === "C" ? "coulomb" : "farad"}?`,
          t.column,
          'write the temperature unit without a space: "°C" or "degC"',
          { token: t.text },
        );
      }
      return r.unit;
    }
    if (r.kind === "rejected")
      throw unitParseError(`"${t.text}" at column ${t.column} ${r.reason}`, t.column, r.fix, {
        token: t.text,
      });
    if (r.kind === "ambiguous") {
      const readings = r.readings.map((x) => `${x.symbol} (${x.unit.name})`).join(" or ");
      throw unitParseError(
        `ambiguous unit "${t.text}" at column ${t.column}: ${readings}`,
        t.column,
        "write the unit in another way",
        { token: t.text },
      );
    }
    throw unitParseError(
      `unknown unit "${t.text}" at column ${t.column}`,
      t.column,
      suggestFor(t.text),
      { token: t.text },
    );
  }
}

/**
 * Parses a unit expression into its factors, in the order written, denominators with
 * negative exponents. `base` is the column of `text[0]` in the caller's input.
 */
export function parseFactors(text: string, base = 1): UnitFactor[] {
  const tokens = tokenizeUnit(text, base);
  if (tokens.length === 0) {
    throw unitParseError(
      "empty unit",
      base,
      'write a unit such as "mA cm-2", or "1" for a pure number',
    );
  }
  return new FactorParser(tokens, base + text.length).parse();
}
