/**
 * The bagan peta jabatan as geometry (pure, client-safe): one box per unit, top-down by level, the
 * unit's head first and then the jabatan placed in it with kelas, B and K. Horizontal placement is
 * d3-hierarchy's tidy tree (Reingold–Tilford) with variable box footprints; every level starts below
 * the tallest footprint of the level above, so boxes never overlap. A unit whose sub-units are all
 * leaves and many (schools under a cabang dinas, seksi under a bidang) stacks them in columns under
 * itself, as printed bagan do, instead of one very wide row.
 * Figures are never summed here but by lib/domain/rekap; the subtree totals come from the data layer.
 */

import { hierarchy, tree as tidyTree } from "d3-hierarchy";
import { rekapSatuSel, rekapSel, type RekapAngka } from "@/lib/domain/rekap";

export interface BaganUnitInput {
  id: number;
  parentId: number | null;
  nama: string;
  jenis: string;
  urutan: number;
  /** Whole-subtree K and B by the recap rule (active units only), from the data layer. */
  kebutuhanSubtree: number;
  existingSubtree: number;
}

export interface BaganCellInput {
  unorId: number;
  nama: string;
  jenis: string;
  kelas: number;
  kebutuhan: number;
  existing: number;
  urutan: number;
}

export interface BaganRow {
  nama: string;
  kelas: number;
  kebutuhan: number;
  existing: number;
  /** B − K. */
  selisih: number;
  /** The unit's structural head. */
  kepala: boolean;
}

export interface BaganBox {
  id: number;
  nama: string;
  jenis: string;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  rows: BaganRow[];
  /** The unit's own cells. */
  total: RekapAngka;
  subtree: { kebutuhan: number; existing: number; selisih: number };
  /** Has sub-units (in the data, whether or not drawn at this depth). */
  hasSubunits: boolean;
}

export interface BaganEdge {
  from: number;
  to: number;
  /** Polyline, in the layout's coordinates. */
  points: [number, number][];
}

export interface BaganLayout {
  rootId: number;
  boxes: BaganBox[];
  edges: BaganEdge[];
  width: number;
  height: number;
}

/** Geometry in CSS pixels; the box component draws with the same numbers. */
export const BAGAN = Object.freeze({
  boxWidth: 250,
  headerHeight: 40,
  rowHeight: 18,
  footerHeight: 20,
  padding: 4,
  gapX: 24,
  gapY: 44,
  margin: 16,
  /** Leaf sub-units stack in columns from this many on, at most stackRows per column. */
  stackMin: 4,
  stackRows: 6,
  stackIndent: 16,
  stackGap: 10,
});

/** Header, a row of column titles, a row per jabatan, the footer of totals. */
export const boxHeight = (rows: number) => BAGAN.headerHeight + (rows + 1) * BAGAN.rowHeight + BAGAN.footerHeight + 2 * BAGAN.padding;

interface Node {
  unit: BaganUnitInput;
  rows: BaganRow[];
  height: number;
  /** Sub-units drawn as tree children (below, on the next level). */
  children: Node[];
  /** Sub-units drawn stacked in columns under this box. */
  stacked: Node[];
  footWidth: number;
  footHeight: number;
  hasSubunits: boolean;
}

const byUrutan = (a: BaganUnitInput, b: BaganUnitInput) => a.urutan - b.urutan || a.id - b.id;
const cellOrder = (a: BaganCellInput, b: BaganCellInput) =>
  (a.jenis === "STRUKTURAL" ? 0 : 1) - (b.jenis === "STRUKTURAL" ? 0 : 1) || a.urutan - b.urutan || a.nama.localeCompare(b.nama, "id");

/**
 * Lays out the subtree of `rootId` (to `maxDepth` levels below it, if given). Units not reachable
 * from the root through the given units are not drawn. Null when the root is not among the units.
 */
export function layoutBagan(
  units: readonly BaganUnitInput[],
  cells: readonly BaganCellInput[],
  rootId: number,
  opts: { maxDepth?: number } = {},
): BaganLayout | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  const rootUnit = byId.get(rootId);
  if (!rootUnit) return null;
  const kids = new Map<number, BaganUnitInput[]>();
  for (const u of units) {
    if (u.parentId === null || u.id === rootId) continue;
    const list = kids.get(u.parentId);
    if (list) list.push(u);
    else kids.set(u.parentId, [u]);
  }
  const cellsOf = new Map<number, BaganCellInput[]>();
  for (const c of cells) {
    const list = cellsOf.get(c.unorId);
    if (list) list.push(c);
    else cellsOf.set(c.unorId, [c]);
  }
  const maxDepth = opts.maxDepth ?? Infinity;
  const seen = new Set<number>();

  const build = (u: BaganUnitInput, depth: number): Node => {
    seen.add(u.id);
    const own = (cellsOf.get(u.id) ?? []).sort(cellOrder);
    const rows = own.map((c, i) => ({
      nama: c.nama,
      kelas: c.kelas,
      kebutuhan: c.kebutuhan,
      existing: c.existing,
      selisih: rekapSatuSel(c).selisih,
      kepala: i === 0 && c.jenis === "STRUKTURAL",
    }));
    const subs = (kids.get(u.id) ?? []).filter((s) => !seen.has(s.id)).sort(byUrutan);
    const drawn = depth < maxDepth ? subs.map((s) => build(s, depth + 1)) : [];
    const stack = drawn.length >= BAGAN.stackMin && drawn.every((n) => !n.hasSubunits);
    const node: Node = {
      unit: u,
      rows,
      height: boxHeight(rows.length),
      children: stack ? [] : drawn,
      stacked: stack ? drawn : [],
      footWidth: BAGAN.boxWidth,
      footHeight: boxHeight(rows.length),
      hasSubunits: subs.length > 0,
    };
    if (stack) {
      const cols = columns(drawn);
      node.footWidth = Math.max(BAGAN.boxWidth, cols.length * (BAGAN.boxWidth + BAGAN.stackIndent) + (cols.length - 1) * BAGAN.gapX);
      node.footHeight = node.height + BAGAN.gapY + Math.max(...cols.map(columnHeight));
    }
    return node;
  };
  const root = hierarchy(build(rootUnit, 0), (n) => n.children);
  tidyTree<Node>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.footWidth + b.data.footWidth) / 2 + (a.parent === b.parent ? BAGAN.gapX : 2 * BAGAN.gapX))(root);

  // Level tops: each level below the tallest footprint of the one above.
  const levelHeight: number[] = [];
  root.each((n) => (levelHeight[n.depth] = Math.max(levelHeight[n.depth] ?? 0, n.data.footHeight)));
  const levelTop: number[] = [BAGAN.margin];
  for (let d = 1; d < levelHeight.length; d++) levelTop[d] = levelTop[d - 1] + levelHeight[d - 1] + BAGAN.gapY;
  let minX = Infinity;
  root.each((n) => (minX = Math.min(minX, n.x! - n.data.footWidth / 2)));
  const shift = BAGAN.margin - minX;

  const boxes: BaganBox[] = [];
  const boxOf = new Map<number, BaganBox>();
  const edges: BaganEdge[] = [];
  const place = (n: Node, depth: number, x: number, y: number): BaganBox => {
    const u = n.unit;
    const box: BaganBox = {
      id: u.id,
      nama: u.nama,
      jenis: u.jenis,
      depth,
      x,
      y,
      width: BAGAN.boxWidth,
      height: n.height,
      rows: n.rows,
      total: rekapSel(n.rows),
      subtree: { kebutuhan: u.kebutuhanSubtree, existing: u.existingSubtree, selisih: rekapSatuSel({ kebutuhan: u.kebutuhanSubtree, existing: u.existingSubtree }).selisih },
      hasSubunits: n.hasSubunits,
    };
    boxes.push(box);
    boxOf.set(box.id, box);
    return box;
  };
  root.each((h) => {
    const n = h.data;
    const cx = h.x! + shift;
    const box = place(n, h.depth, cx - BAGAN.boxWidth / 2, levelTop[h.depth]);
    if (h.parent) {
      const p = boxOf.get(h.parent.data.unit.id)!;
      const px = p.x + p.width / 2;
      const mid = box.y - BAGAN.gapY / 2;
      edges.push({ from: p.id, to: box.id, points: [[px, p.y + p.height], [px, mid], [cx, mid], [cx, box.y]] });
    }
    if (n.stacked.length) placeStack(n, h.depth, box, place, edges);
  });
  let width = 0;
  let height = 0;
  for (const b of boxes) {
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height);
  }
  return { rootId, boxes, edges, width: width + BAGAN.margin, height: height + BAGAN.margin };
}

function columns<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BAGAN.stackRows) out.push(items.slice(i, i + BAGAN.stackRows));
  return out;
}

const columnHeight = (col: Node[]) => col.reduce((h, n) => h + n.height, 0) + (col.length - 1) * BAGAN.stackGap;

/** Stacked leaf sub-units: a bus line per column left of its boxes, a tick to each box. */
function placeStack(n: Node, depth: number, parent: BaganBox, place: (n: Node, d: number, x: number, y: number) => BaganBox, edges: BaganEdge[]) {
  const px = parent.x + parent.width / 2;
  const top = parent.y + parent.height + BAGAN.gapY;
  const mid = top - BAGAN.gapY / 2;
  const left = px - n.footWidth / 2;
  columns(n.stacked).forEach((col, c) => {
    const busX = left + c * (BAGAN.boxWidth + BAGAN.stackIndent + BAGAN.gapX) + BAGAN.stackIndent / 2;
    let y = top;
    for (const s of col) {
      const box = place(s, depth + 1, busX + BAGAN.stackIndent / 2, y);
      const cy = y + Math.min(BAGAN.headerHeight / 2, s.height / 2);
      edges.push({ from: parent.id, to: box.id, points: [[px, parent.y + parent.height], [px, mid], [busX, mid], [busX, cy], [box.x, cy]] });
      y += s.height + BAGAN.stackGap;
    }
  });
}
