import { hasAtMostDecimals, truncatedDigits, type Rational } from "./rational";

/** Indonesian digits: "." groups thousands, "," marks decimals (112.500; 1,50). */
function indonesian(a: Rational, intPart: string, fracPart: string): string {
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const negative = a.num < 0n ? "-" : "";
  return negative + grouped + (fracPart ? `,${fracPart}` : "");
}

/**
 * An exact figure for explanations: whole numbers without decimals, others with at most
 * `maxDecimals`. Returns whether the text is exact, so the caller can write "≈" when it is not.
 * Truncates rather than rounds, so a display never shows a boundary the value has not reached
 * (1,4999… stays "1,4999", not "1,5000", next to "dibulatkan standar = 1").
 */
export function formatAngkaEksak(a: Rational, maxDecimals = 4): { teks: string; eksak: boolean } {
  const eksak = hasAtMostDecimals(a, maxDecimals);
  const [i, f] = truncatedDigits(a, maxDecimals);
  return { teks: indonesian(a, i, f.replace(/0+$/, "")), eksak };
}

/** A ratio with a fixed number of decimals (1,50; 0,75), or ≥ that many when needed (≈ 0,3333). */
export function formatRasio(a: Rational, decimals = 2, maxDecimals = 4): { teks: string; eksak: boolean } {
  if (hasAtMostDecimals(a, decimals)) {
    const [i, f] = truncatedDigits(a, decimals);
    return { teks: indonesian(a, i, f), eksak: true };
  }
  const [i, f] = truncatedDigits(a, maxDecimals);
  const eksak = hasAtMostDecimals(a, maxDecimals);
  // 1,125 rather than 1,1250 when exact; an inexact value keeps every digit it shows.
  const shown = eksak ? f.slice(0, decimals) + f.slice(decimals).replace(/0+$/, "") : f;
  return { teks: indonesian(a, i, shown), eksak };
}

/** "= 1,50" or "≈ 0,3333". */
export const samaDengan = (f: { teks: string; eksak: boolean }) => `${f.eksak ? "=" : "≈"} ${f.teks}`;
