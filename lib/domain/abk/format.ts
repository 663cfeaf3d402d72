import { hasAtMostDecimals, truncatedDigits, type Rational } from "./rational";

export interface FormattedFigure {
  text: string;
  /** False when the value has more decimals than the text shows. */
  exact: boolean;
}

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
export function formatExact(a: Rational, maxDecimals = 4): FormattedFigure {
  const exact = hasAtMostDecimals(a, maxDecimals);
  if (exact) {
    const [i, f] = truncatedDigits(a, maxDecimals);
    return { text: indonesian(a, i, f.replace(/0+$/, "")), exact };
  }
  const [i, f] = truncatedDigits(a, decimalsForTwoSignificant(a, maxDecimals));
  return { text: indonesian(a, i, f), exact };
}

/** Decimals enough to show two significant digits of a tiny value (0,000013, not 0,0000). */
function decimalsForTwoSignificant(a: Rational, maxDecimals: number): number {
  let places = maxDecimals;
  while (places < 12 && truncatedDigits(a, places).join("").replace(/^0+/, "").length < 2) places++;
  return places;
}

/** A ratio with a fixed number of decimals (1,50; 0,75), or ≥ that many when needed (≈ 0,3333). */
export function formatRatio(a: Rational, decimals = 2, maxDecimals = 4): FormattedFigure {
  if (hasAtMostDecimals(a, decimals)) {
    const [i, f] = truncatedDigits(a, decimals);
    return { text: indonesian(a, i, f), exact: true };
  }
  const exact = hasAtMostDecimals(a, maxDecimals);
  const [i, f] = truncatedDigits(a, exact ? maxDecimals : decimalsForTwoSignificant(a, maxDecimals));
  // 1,125 rather than 1,1250 when exact; an inexact value keeps every digit it shows.
  const shown = exact ? f.slice(0, decimals) + f.slice(decimals).replace(/0+$/, "") : f;
  return { text: indonesian(a, i, shown), exact };
}

/** "= 1,50" or "≈ 0,3333". */
export const equalsSign = (f: FormattedFigure) => `${f.exact ? "=" : "≈"} ${f.text}`;
