/**
 * The peta jabatan table of one instansi as a flat, already-aggregated list (pure; server side):
 * units in tree order (urutan), each with its own figures and its whole subtree's, and the jabatan
 * placed in it. The arithmetic is lib/domain/rekap's (rekapSatuSel, tambahRekap): one definition.
 * Only the rows given count: the data layer passes active units only (a unit that is not aktif
 * counts in no K and no B, and its sub-units are inactive with it).
 */
import { REKAP_KOSONG, rekapSatuSel, tambahRekap, type RekapAngka } from "@/lib/domain/rekap";

export interface UnitInput {
  id: number;
  parentId: number | null;
  nama: string;
  jenis: string;
  urutan: number;
}

export interface CellInput {
  id: number;
  unorId: number;
  jabatanId: number;
  kebutuhan: number;
  existing: number;
}

export interface PetaUnit {
  id: number;
  /** Null for a root (or a unit whose parent is not in the set). */
  parentId: number | null;
  depth: number;
  nama: string;
  jenis: string;
  /** The jabatan placed in this unit only. */
  sendiri: RekapAngka;
  /** This unit and every unit below it. */
  subtree: RekapAngka;
}

export interface PetaCell extends CellInput {
  /** B − K of this cell. */
  selisih: number;
}

export interface PetaJabatanSusun {
  /** Preorder: a unit, then (through its cells) its jabatan, then its sub-units. */
  units: PetaUnit[];
  /** Grouped by unit in the units' order; within a unit in the order given. */
  cells: PetaCell[];
  /** Sum over the roots' subtrees. */
  total: RekapAngka;
}

/** `order` sorts the jabatan within each unit (default: as given). */
export function susunPetaJabatan<C extends CellInput>(unitRows: readonly UnitInput[], cellRows: readonly C[], order?: (a: C, b: C) => number): PetaJabatanSusun {
  const known = new Set(unitRows.map((u) => u.id));
  const children = new Map<number | null, UnitInput[]>();
  for (const u of unitRows) {
    const p = u.parentId !== null && known.has(u.parentId) ? u.parentId : null;
    const list = children.get(p);
    if (list) list.push(u);
    else children.set(p, [u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.urutan - b.urutan || a.id - b.id);

  const cellsOf = new Map<number, C[]>();
  for (const c of cellRows) {
    if (!known.has(c.unorId)) continue;
    const list = cellsOf.get(c.unorId);
    if (list) list.push(c);
    else cellsOf.set(c.unorId, [c]);
  }

  if (order) for (const list of cellsOf.values()) list.sort(order);

  const units: PetaUnit[] = [];
  const cells: PetaCell[] = [];
  // Iterative preorder (deep trees must not overflow the stack); subtree sums are added on the way
  // back up, child into parent, once every descendant is done.
  const stack: { u: UnitInput; depth: number; parent: PetaUnit | null; exit: boolean; node?: PetaUnit }[] = [];
  const roots = children.get(null) ?? [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ u: roots[i], depth: 0, parent: null, exit: false });
  let total = REKAP_KOSONG;
  while (stack.length) {
    const f = stack.pop()!;
    if (f.exit) {
      if (f.parent) f.parent.subtree = tambahRekap(f.parent.subtree, f.node!.subtree);
      else total = tambahRekap(total, f.node!.subtree);
      continue;
    }
    let sendiri = REKAP_KOSONG;
    for (const c of cellsOf.get(f.u.id) ?? []) {
      const r = rekapSatuSel(c);
      sendiri = tambahRekap(sendiri, r);
      cells.push({ id: c.id, unorId: c.unorId, jabatanId: c.jabatanId, kebutuhan: c.kebutuhan, existing: c.existing, selisih: r.selisih });
    }
    const node: PetaUnit = { id: f.u.id, parentId: f.parent?.id ?? null, depth: f.depth, nama: f.u.nama, jenis: f.u.jenis, sendiri, subtree: sendiri };
    units.push(node);
    stack.push({ ...f, exit: true, node });
    const subs = children.get(f.u.id) ?? [];
    for (let i = subs.length - 1; i >= 0; i--) stack.push({ u: subs[i], depth: f.depth + 1, parent: node, exit: false });
  }
  return { units, cells, total };
}

const MINUS = "\u2212";

/** "+2 lebih", "−3 kurang", "0 sesuai": excess and shortage told apart without colour. */
export function labelSelisih(selisih: number, format: (n: number) => string = String): string {
  if (selisih > 0) return `+${format(selisih)} lebih`;
  if (selisih < 0) return `${MINUS}${format(-selisih)} kurang`;
  return "0 sesuai";
}

/** The signed number alone, as the Excel layout's +/− column shows it in print: "+2", "−3", "0". */
export function tandaSelisih(selisih: number, format: (n: number) => string = String): string {
  if (selisih > 0) return `+${format(selisih)}`;
  if (selisih < 0) return `${MINUS}${format(-selisih)}`;
  return "0";
}
