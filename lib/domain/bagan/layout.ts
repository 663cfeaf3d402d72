/**
 * The bagan peta jabatan as geometry (pure, client-safe): one box per unit, top-down by level, the
 * unit's head first and then the jabatan placed in it with kelas, B and K. Horizontal placement is
 * d3-hierarchy's tidy tree (Reingold–Tilford) with variable box footprints; every level starts below
 * the tallest footprint of the level above, so boxes never overlap. A unit whose sub-units are all
 * leaves and many (schools under a cabang dinas, seksi under a bidang) stacks those in columns beside
 * its other branches, as printed bagan do, instead of one very wide row.
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
  boxWidth: 280,
  headerHeight: 40,
  rowHeight: 18,
  footerHeight: 20,
  padding: 4,
  gapX: 24,
  gapY: 44,
  margin: 16,
  /** Leaf service units stack in columns from this many on (structural ones from stackMinAny), at most stackRows per column. */
  stackMin: 4,
  stackMinAny: 7,
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
  /** Sub-units drawn as tree children, on the next level. */
  children: Node[];
  /** Sub-units stacked in columns under this box instead. */
  stacked: Node[];
  hasSubunits: boolean;
}

/**
 * What d3 lays out: a unit's box, or one row of a stack (the r-th box of every column). A stack is a
 * chain of its rows below the parent, so the rows take levels like any box and the tidy tree keeps
 * neighbouring branches clear of the stack's whole width.
 */
type Slot = { kind: "unit"; node: Node; width: number; height: number; next: Slot[] } | { kind: "row"; owner: Node; r: number; width: number; height: number; next: Slot[] };

const byUrutan = (a: BaganUnitInput, b: BaganUnitInput) => a.urutan - b.urutan || a.id - b.id;
const cellOrder = (a: BaganCellInput, b: BaganCellInput) =>
  (a.jenis === "STRUKTURAL" ? 0 : 1) - (b.jenis === "STRUKTURAL" ? 0 : 1) || a.urutan - b.urutan || a.nama.localeCompare(b.nama, "id");

function group<K, V>(items: readonly V[], key: (v: V) => K | null): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const v of items) {
    const k = key(v);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

/** Column c of a stack holds its sub-units c·rows … c·rows + rows − 1; row r the r-th of each. */
const stackColumns = (n: number, rows: number) => Math.ceil(n / rows);
const stackWidth = (n: number, rows: number) => stackColumns(n, rows) * (BAGAN.boxWidth + BAGAN.stackIndent) + (stackColumns(n, rows) - 1) * BAGAN.gapX;
const stackRow = (stacked: Node[], r: number, rows: number) => stacked.filter((_, i) => i % rows === r);

export interface LayoutOptions {
  /** Levels drawn below the root (all by default). */
  maxDepth?: number;
  /** Only the root's sub-units with branches of their own, or only those without. */
  only?: "branches" | "leaves";
  /** Boxes per stack column (BAGAN.stackRows by default). */
  stackRows?: number;
}

/**
 * Lays out the subtree of `rootId` (to `maxDepth` levels below it, if given). Units not reachable
 * from the root through the given units are not drawn. Null when the root is not among the units.
 */
export function layoutBagan(
  units: readonly BaganUnitInput[],
  cells: readonly BaganCellInput[],
  rootId: number,
  opts: LayoutOptions = {},
): BaganLayout | null {
  const rootUnit = units.find((u) => u.id === rootId);
  if (!rootUnit) return null;
  const kids = group(units, (u) => (u.id === rootId ? null : u.parentId));
  const cellsOf = group(cells, (c) => c.unorId);
  const maxDepth = opts.maxDepth ?? Infinity;
  const rowsPer = Math.max(1, opts.stackRows ?? BAGAN.stackRows);
  const seen = new Set<number>();

  const build = (u: BaganUnitInput, depth: number): Node => {
    seen.add(u.id);
    const rows = [...(cellsOf.get(u.id) ?? [])].sort(cellOrder).map((c, i) => ({
      nama: c.nama,
      kelas: c.kelas,
      kebutuhan: c.kebutuhan,
      existing: c.existing,
      selisih: rekapSatuSel(c).selisih,
      kepala: i === 0 && c.jenis === "STRUKTURAL",
    }));
    const subs = (kids.get(u.id) ?? []).filter((s) => !seen.has(s.id)).sort(byUrutan);
    let drawn = depth < maxDepth ? subs.map((s) => build(s, depth + 1)) : [];
    if (depth === 0 && opts.only) drawn = drawn.filter((n) => n.hasSubunits === (opts.only === "branches"));
    // Leaf sub-units stack when many: four service units (schools, puskesmas), or seven of any kind (a
    // badan's three or four bidang read better side by side). Sub-units with branches stay in the tree.
    const leaves = drawn.filter((n) => !n.hasSubunits);
    const stack = leaves.length >= BAGAN.stackMinAny || (leaves.length >= BAGAN.stackMin && leaves.every((n) => n.unit.jenis !== "STRUKTURAL"));
    return {
      unit: u,
      rows,
      height: boxHeight(rows.length),
      children: stack ? drawn.filter((n) => n.hasSubunits) : drawn,
      stacked: stack ? leaves : [],
      hasSubunits: subs.length > 0,
    };
  };
  const slot = (n: Node): Slot => {
    const next: Slot[] = n.children.map(slot);
    if (n.stacked.length) {
      // The stack is the last child: a chain of its rows, right of the branches.
      const w = stackWidth(n.stacked.length, rowsPer);
      let chain: Slot[] = [];
      for (let r = Math.min(n.stacked.length, rowsPer) - 1; r >= 0; r--) {
        chain = [{ kind: "row", owner: n, r, width: w, height: Math.max(...stackRow(n.stacked, r, rowsPer).map((b) => b.height)), next: chain }];
      }
      next.push(...chain);
    }
    return { kind: "unit", node: n, width: BAGAN.boxWidth, height: n.height, next };
  };
  const root = hierarchy<Slot>(slot(build(rootUnit, 0)), (s) => s.next);
  tidyTree<Slot>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + (a.parent === b.parent ? BAGAN.gapX : 2 * BAGAN.gapX))(root);

  // Level tops: each level below the tallest box (or stack row) of the one above.
  const levelHeight: number[] = [];
  root.each((n) => (levelHeight[n.depth] = Math.max(levelHeight[n.depth] ?? 0, n.data.height)));
  const levelTop: number[] = [BAGAN.margin];
  for (let d = 1; d < levelHeight.length; d++) levelTop[d] = levelTop[d - 1] + levelHeight[d - 1] + BAGAN.gapY;
  let minX = Infinity;
  root.each((n) => (minX = Math.min(minX, n.x! - n.data.width / 2)));
  const shift = BAGAN.margin - minX;

  const boxes: BaganBox[] = [];
  const boxOf = new Map<number, BaganBox>();
  const edges: BaganEdge[] = [];
  const place = (n: Node, depth: number, x: number, y: number): BaganBox => {
    const u = n.unit;
    const sub = { kebutuhan: u.kebutuhanSubtree, existing: u.existingSubtree };
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
      subtree: { ...sub, selisih: rekapSatuSel(sub).selisih },
      hasSubunits: n.hasSubunits,
    };
    boxes.push(box);
    boxOf.set(box.id, box);
    return box;
  };
  root.each((h) => {
    const s = h.data;
    const cx = h.x! + shift;
    const y = levelTop[h.depth];
    if (s.kind === "unit") {
      const box = place(s.node, h.depth, cx - BAGAN.boxWidth / 2, y);
      const up = h.parent?.data;
      if (up?.kind === "unit") {
        const p = boxOf.get(up.node.unit.id)!;
        const px = p.x + p.width / 2;
        const mid = y - BAGAN.gapY / 2;
        edges.push({ from: p.id, to: box.id, points: [[px, p.y + p.height], [px, mid], [cx, mid], [cx, y]] });
      }
      return;
    }
    // A stack row: the r-th box of each column, on this level; a bus per column left of its boxes.
    const p = boxOf.get(s.owner.unit.id)!;
    const px = p.x + p.width / 2;
    const mid = p.y + levelHeight[h.depth - s.r - 1] + BAGAN.gapY / 2;
    stackRow(s.owner.stacked, s.r, rowsPer).forEach((n, c) => {
      const busX = cx - s.width / 2 + c * (BAGAN.boxWidth + BAGAN.stackIndent + BAGAN.gapX) + BAGAN.stackIndent / 2;
      const box = place(n, h.depth - s.r, busX + BAGAN.stackIndent / 2, y);
      const cy = y + Math.min(BAGAN.headerHeight / 2, n.height / 2);
      edges.push({ from: p.id, to: box.id, points: [[px, p.y + p.height], [px, mid], [busX, mid], [busX, cy], [box.x, cy]] });
    });
  });
  let width = 0;
  let height = 0;
  for (const b of boxes) {
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height);
  }
  return { rootId, boxes, edges, width: width + BAGAN.margin, height: height + BAGAN.margin };
}
