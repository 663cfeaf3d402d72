/**
 * Splitting a bagan over printed pages (pure). A bagan that fits one page at a readable scale is one
 * page. A larger one gets a summary page (the unit and its direct sub-units) and then one page per
 * branch, each split the same way, so every box is printed at least at `minScale`, except a single
 * unit that alone is larger than the page (then it is printed scaled down to fit).
 */

import { layoutBagan, type BaganCellInput, type BaganLayout, type BaganUnitInput } from "./layout";

/** Printable area in CSS pixels (96 px per inch) below the page's title line. */
export const KERTAS = Object.freeze({
  A4: { width: Math.floor(((297 - 16) / 25.4) * 96), height: Math.floor(((210 - 16) / 25.4) * 96) - 48 },
  A3: { width: Math.floor(((420 - 16) / 25.4) * 96), height: Math.floor(((297 - 16) / 25.4) * 96) - 48 },
});
export type Kertas = keyof typeof KERTAS;

export interface BaganPage {
  layout: BaganLayout;
  /** Name of the page's top unit. */
  judul: string;
  /** Only the top unit and its direct sub-units; their branches follow on their own pages. */
  ringkasan: boolean;
  /** ≤ 1: the factor the page is drawn at. */
  scale: number;
}

export const MIN_PRINT_SCALE = 0.55;

const fit = (l: BaganLayout, area: { width: number; height: number }) => Math.min(1, area.width / l.width, area.height / l.height);

export function paginateBagan(
  units: readonly BaganUnitInput[],
  cells: readonly BaganCellInput[],
  rootId: number,
  kertas: Kertas,
  minScale = MIN_PRINT_SCALE,
): BaganPage[] {
  const area = KERTAS[kertas];
  const nama = new Map(units.map((u) => [u.id, u.nama]));
  const pages: BaganPage[] = [];
  const visit = (id: number, guard: number) => {
    const whole = layoutBagan(units, cells, id);
    if (!whole) return;
    const scale = fit(whole, area);
    const branches = whole.edges.filter((e) => e.from === id).map((e) => e.to);
    if (scale >= minScale || branches.length === 0 || guard > 50) {
      pages.push({ layout: whole, judul: nama.get(id) ?? "", ringkasan: false, scale });
      return;
    }
    const summary = layoutBagan(units, cells, id, { maxDepth: 1 })!;
    pages.push({ layout: summary, judul: nama.get(id) ?? "", ringkasan: true, scale: fit(summary, area) });
    // Branches with sub-units of their own get their pages; the summary already shows the others whole.
    for (const b of branches) {
      const sub = layoutBagan(units, cells, b, { maxDepth: 1 });
      if (sub && sub.boxes.length > 1) visit(b, guard + 1);
    }
  };
  visit(rootId, 0);
  return pages;
}
