/**
 * Tiny exact rationals on bigint. ABK figures decide whole people at boundaries (exactly 1.0, 2.0,
 * EJ 0.90), so nothing in the formula may pass through a float.
 * A Rational is always reduced, with a positive denominator.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (a: bigint) => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(num: bigint | number, den: bigint | number = 1n): Rational {
  const n = typeof num === "bigint" ? num : BigInt(num);
  const d = typeof den === "bigint" ? den : BigInt(den);
  if (d === 0n) throw new RangeError("Penyebut nol.");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { num: (sign * n) / g, den: (sign * d) / g };
}

export const ZERO = rat(0n);
export const ONE = rat(1n);

export const add = (a: Rational, b: Rational) => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) => rat(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => rat(a.num * b.num, a.den * b.den);
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError("Pembagian dengan nol.");
  return rat(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const isZero = (a: Rational) => a.num === 0n;
export const isPositive = (a: Rational) => a.num > 0n;
export const sum = (xs: readonly Rational[]) => xs.reduce(add, ZERO);

/** Largest integer ≤ a (bigint division truncates toward zero, so negatives need a step down). */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

export const ceil = (a: Rational): bigint => -floor(rat(-a.num, a.den));

/** Half up: 1.5 → 2, 1.49 → 1 (for the non-negative values the formula sees). */
export const roundHalfUp = (a: Rational): bigint => floor(add(a, rat(1n, 2n)));

// Bounds the exponent of decimal text, so a hostile "1e999999999" cannot make a giant bigint.
const MAX_EXPONENT = 400;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Exact value of a decimal written as text or a JS number ("0.1" is 1/10, not 0.1000000000000000055…).
 * A number is read through its shortest round-trip text, which is exactly what Prisma Decimal and JSON
 * carry. Returns null for NaN, ±Infinity, empty or malformed text.
 */
export function parseDecimal(value: number | string): Rational | null {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const text = String(value).trim();
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, sign, intPart = "", fracPart = "", expPart] = m;
  if (intPart === "" && fracPart === "") return null;
  const exp = expPart === undefined ? 0 : Number(expPart);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > MAX_EXPONENT) return null;
  let num = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, "") || "0");
  if (sign === "-") num = -num;
  const scale = exp - fracPart.length;
  return scale >= 0 ? rat(num * 10n ** BigInt(scale)) : rat(num, 10n ** BigInt(-scale));
}

/** "p/q" (or "p" when whole): exact, JSON-safe; read back with parseFraction. */
export const toFraction = (a: Rational): string => (a.den === 1n ? `${a.num}` : `${a.num}/${a.den}`);

export function parseFraction(text: string): Rational {
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`Pecahan tidak sah: ${text}`);
  return rat(BigInt(m[1]), BigInt(m[2] ?? "1"));
}

/** Nearest double (correctly rounded while numerator and denominator fit in 53 bits). */
export function toNumber(a: Rational): number {
  const limit = 2n ** 53n;
  if (abs(a.num) <= limit && a.den <= limit) return Number(a.num) / Number(a.den);
  // Otherwise carry ~20 significant digits through decimal text, which parseFloat rounds once.
  const digits = (x: bigint) => abs(x).toString().length;
  const k = Math.max(0, 20 - (digits(a.num) - digits(a.den)));
  const scaled = (abs(a.num) * 10n ** BigInt(k)) / a.den;
  return (a.num < 0n ? -1 : 1) * Number.parseFloat(`${scaled}e-${k}`);
}

/** True when a has at most `places` decimals (so a fixed-point display of it is exact). */
export const hasAtMostDecimals = (a: Rational, places: number) => (10n ** BigInt(places)) % a.den === 0n;

/** Digits of |a| truncated to `places` decimals: [integer part, fraction digits]. */
export function truncatedDigits(a: Rational, places: number): [string, string] {
  const scaled = (abs(a.num) * 10n ** BigInt(places)) / a.den;
  const text = scaled.toString().padStart(places + 1, "0");
  return [text.slice(0, text.length - places), text.slice(text.length - places)];
}
