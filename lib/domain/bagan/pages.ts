/**
 * Splitting a bagan over printed pages (pure). A bagan that fits one page at a readable scale is one
 * page. A larger one gets a summary page (the unit and its direct sub-units) and then one page per
 * branch, each split the same way; a summary still too large puts the sub-units without branches on a
 * sheet of their own. So every box prints at least at `minScale`, except where one unit's direct
 * sub-units alone are larger than the page (then they print scaled down to fit).
 */

import { BAGAN, layoutBagan, type BaganCellInput, type BaganLayout, type BaganUnitInput } from "./layout";

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
    const leaves = summary.boxes.filter((b) => b.depth === 1 && !b.hasSubunits).length;
    if (fit(summary, area) >= minScale || leaves === 0) {
      pages.push({ layout: summary, judul: nama.get(id) ?? "", ringkasan: true, scale: fit(summary, area) });
    } else {
      // Too large even as a summary, with many sub-units without branches (a dinas's puskesmas): the
      // branches get the summary sheet, those sub-units a sheet of their own, in the columns that fit best.
      if (leaves < branches.length) {
        const b = layoutBagan(units, cells, id, { maxDepth: 1, only: "branches" })!;
        pages.push({ layout: b, judul: nama.get(id) ?? "", ringkasan: true, scale: fit(b, area) });
      }
      let best: BaganLayout | null = null;
      for (let rows = 1; rows <= BAGAN.stackRows; rows++) {
        const l = layoutBagan(units, cells, id, { maxDepth: 1, only: "leaves", stackRows: rows })!;
        if (!best || fit(l, area) > fit(best, area)) best = l;
      }
      pages.push({ layout: best!, judul: `${nama.get(id) ?? ""} (unor tanpa sub-unor)`, ringkasan: false, scale: fit(best!, area) });
    }
    // Branches with sub-units of their own get their pages; the summary already shows the others whole.
    for (const b of branches) {
      const sub = layoutBagan(units, cells, b, { maxDepth: 1 });
      if (sub && sub.boxes.length > 1) visit(b, guard + 1);
    }
  };
  visit(rootId, 0);
  return pages;
}
