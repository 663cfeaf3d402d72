/**
 * Pure assembly of the editor's tree (client-safe, no React): units nested by parentId and sorted
 * by urutan, with the jabatan placed in each unit as leaves before its sub-units. Node ids are
 * `u<id>` for units and `j<id>` for placed jabatan, so the two never collide.
 */

import { ESELON, JENJANG } from "@/lib/domain/jabatan/jenjang";

export interface EditorUnitRow {
  id: number;
  parentId: number | null;
  nama: string;
  jenis: string;
  eselon: string | null;
  urutan: number;
  aktif: boolean;
  version: number;
  /** K and B of the jabatan placed in the unit itself. */
  kebutuhan: number;
  existing: number;
  /** K and B of its whole subtree by the recap rule (active units only), from the data layer. */
  kebutuhanSubtree: number;
  existingSubtree: number;
}

export interface EditorCellRow {
  id: number;
  unorId: number;
  jabatanId: number;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kelas: number;
  kebutuhan: number;
  existing: number;
  version: number;
  urutan: number;
  /** Where K comes from (ABK, STANDAR_PEMBINA, STRUKTURAL, MANUAL) and the rule or standard version. */
  sumber: string;
  aturanVersi: string | null;
}

export interface UnorNodeData {
  id: string;
  kind: "unor";
  /** react-arborist's type-ahead reads `name`. */
  name: string;
  /** Lower-cased name for search. */
  cari: string;
  unit: EditorUnitRow;
  /** The jabatan placed in the unit, in order. */
  jabatan: JabatanNodeData[];
  /** Its sub-units, in order. */
  subunits: UnorNodeData[];
  /** Jabatan then sub-units: the children when the unit is open. */
  all: TreeNodeData[];
}

export interface JabatanNodeData {
  id: string;
  kind: "jabatan";
  name: string;
  cari: string;
  cell: EditorCellRow;
  /** Lower-cased name of the unit it sits in: searching a unit also shows its jabatan. */
  cariUnor: string;
}

export type TreeNodeData = UnorNodeData | JabatanNodeData;

export interface EditorTree {
  roots: UnorNodeData[];
  /** Every unit shown, by unit id. */
  units: Map<number, UnorNodeData>;
  /** Every placed jabatan shown, by PetaJabatan id. */
  cells: Map<number, JabatanNodeData>;
}

export const unorNodeId = (id: number) => `u${id}`;
export const jabatanNodeId = (id: number) => `j${id}`;

export const lower = (s: string) => s.toLocaleLowerCase("id");

const byUrutan = (a: UnorNodeData, b: UnorNodeData) => a.unit.urutan - b.unit.urutan || a.unit.id - b.unit.id;
const cellOrder = (a: JabatanNodeData, b: JabatanNodeData) =>
  (a.cell.jenis === "STRUKTURAL" ? 0 : 1) - (b.cell.jenis === "STRUKTURAL" ? 0 : 1) ||
  a.cell.urutan - b.cell.urutan ||
  a.cell.nama.localeCompare(b.cell.nama, "id");

export function buildEditorTree(unitRows: readonly EditorUnitRow[], cellRows: readonly EditorCellRow[]): EditorTree {
  const all = new Map<number, UnorNodeData>();
  for (const u of unitRows) {
    all.set(u.id, { id: unorNodeId(u.id), kind: "unor", name: u.nama, cari: lower(u.nama), unit: u, jabatan: [], subunits: [], all: [] });
  }
  const subunits = new Map<number, UnorNodeData[]>();
  const candidates: UnorNodeData[] = [];
  for (const node of all.values()) {
    const p = node.unit.parentId;
    if (p === null) candidates.push(node);
    else if (all.has(p)) {
      const list = subunits.get(p);
      if (list) list.push(node);
      else subunits.set(p, [node]);
    }
    // A unit whose parent is not in the set (hidden because inactive) is hidden with it.
  }
  const jabatan = new Map<number, JabatanNodeData[]>();
  const cells = new Map<number, JabatanNodeData>();
  for (const c of cellRows) {
    const unit = all.get(c.unorId);
    if (!unit) continue;
    const node: JabatanNodeData = { id: jabatanNodeId(c.id), kind: "jabatan", name: c.nama, cari: lower(c.nama), cariUnor: unit.cari, cell: c };
    const list = jabatan.get(c.unorId);
    if (list) list.push(node);
    else jabatan.set(c.unorId, [node]);
  }

  // Walk from the roots so that only units reachable from a root are shown (and indexed).
  const units = new Map<number, UnorNodeData>();
  const roots = candidates.sort(byUrutan);
  const stack: UnorNodeData[] = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    units.set(node.unit.id, node);
    const jab = (jabatan.get(node.unit.id) ?? []).sort(cellOrder);
    for (const j of jab) cells.set(j.cell.id, j);
    const subs = (subunits.get(node.unit.id) ?? []).sort(byUrutan);
    node.jabatan = jab;
    node.subunits = subs;
    node.all = [...jab, ...subs];
    for (const s of subs) stack.push(s);
  }
  return { roots, units, cells };
}

/** Names from the root down to this unit, e.g. "BKN › Sekretariat Utama › Biro Umum". */
export function unitPath(tree: EditorTree, unitId: number, sep = " › "): string {
  const names: string[] = [];
  let cur = tree.units.get(unitId);
  let guard = 0;
  while (cur && guard++ < 100) {
    names.unshift(cur.unit.nama);
    cur = cur.unit.parentId === null ? undefined : tree.units.get(cur.unit.parentId);
  }
  return names.join(sep);
}

/** Ids of a unit and every unit below it. */
export function subtreeIds(tree: EditorTree, unitId: number): Set<number> {
  const out = new Set<number>();
  const stack = [unitId];
  while (stack.length) {
    const id = stack.pop()!;
    out.add(id);
    const node = tree.units.get(id);
    if (!node) continue;
    for (const c of node.subunits) stack.push(c.unit.id);
  }
  return out;
}

/** Sub-units of a unit, in order. */
export function childUnits(tree: EditorTree, unitId: number): UnorNodeData[] {
  return tree.units.get(unitId)?.subunits ?? [];
}




/** The eselon one level below the parent's: the usual default for a new sub-unit. */
export function eselonBawah(eselon: string | null): string {
  const order: readonly string[] = ESELON;
  const i = eselon ? order.indexOf(eselon) : -1;
  return i < 0 ? "JPT_PRATAMA" : order[Math.min(i + 1, order.length - 1)];
}

// ---------------------------------------------------------------------------------------------
// Wire format. The page hands the editor up to 10k units and 50k placed jabatan: as objects that is
// ~10 MB of RSC payload; packed as integer strings plus name lists, and the catalogue rows of the
// placed jabatan sent once each, it is a fraction of that and (de)serialises quickly.

const JENIS_UNOR_CODES = ["STRUKTURAL", "PUSKESMAS", "RUMAH_SAKIT", "SEKOLAH", "UNIT_LAYANAN"];
const JENIS_JABATAN_CODES = ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"];
const JENJANG_CODES: string[] = [...JENJANG];
const SUMBER_CODES = ["MANUAL", "ABK", "STANDAR_PEMBINA", "STRUKTURAL"];

export interface PackedEditorData {
  /** Per unit: id, parentId (0 = none), jenis, eselon (-1 = none), urutan, aktif (0/1), version, kebutuhan, existing, and the subtree's K and B. */
  units: string;
  unitNames: string[];
  /** Per catalogue jabatan placed: id, jenis, jenjang (-1 = none), kelas. */
  jabatan: string;
  jabatanNames: string[];
  /** Per placed jabatan: id, unorId, jabatanId, kebutuhan, existing, version, urutan, sumber, versi (index into `versi`, -1 = none). */
  cells: string;
  /** The distinct rule / standard versions the cells name, each once. */
  versi: string[];
}

const code = (list: string[], v: string | null) => (v === null ? -1 : list.indexOf(v));
const decode = (list: string[], i: number) => (i < 0 ? null : (list[i] ?? null));

export function packEditorData(units: readonly EditorUnitRow[], cells: readonly EditorCellRow[]): PackedEditorData {
  const u: number[] = [];
  for (const x of units) {
    u.push(x.id, x.parentId ?? 0, code(JENIS_UNOR_CODES, x.jenis), code(JENJANG_CODES, x.eselon), x.urutan, x.aktif ? 1 : 0, x.version, x.kebutuhan, x.existing, x.kebutuhanSubtree, x.existingSubtree);
  }
  const seen = new Map<number, EditorCellRow>();
  const versi: string[] = [];
  const versiIndex = new Map<string, number>();
  const c: number[] = [];
  for (const x of cells) {
    if (!seen.has(x.jabatanId)) seen.set(x.jabatanId, x);
    let v = -1;
    if (x.aturanVersi !== null) {
      v = versiIndex.get(x.aturanVersi) ?? versi.push(x.aturanVersi) - 1;
      versiIndex.set(x.aturanVersi, v);
    }
    c.push(x.id, x.unorId, x.jabatanId, x.kebutuhan, x.existing, x.version, x.urutan, code(SUMBER_CODES, x.sumber), v);
  }
  const j: number[] = [];
  const jabatanNames: string[] = [];
  for (const x of seen.values()) {
    j.push(x.jabatanId, code(JENIS_JABATAN_CODES, x.jenis), code(JENJANG_CODES, x.jenjang), x.kelas);
    jabatanNames.push(x.nama);
  }
  return { units: u.join(","), unitNames: units.map((x) => x.nama), jabatan: j.join(","), jabatanNames, cells: c.join(","), versi };
}

const UNIT_FIELDS = 11;
const CELL_FIELDS = 9;
const ints = (s: string) => (s ? s.split(",").map(Number) : []);

export function unpackEditorData(p: PackedEditorData): { units: EditorUnitRow[]; cells: EditorCellRow[] } {
  const u = ints(p.units);
  const units: EditorUnitRow[] = new Array(p.unitNames.length);
  for (let i = 0, k = 0; i < units.length; i++, k += UNIT_FIELDS) {
    units[i] = {
      id: u[k],
      parentId: u[k + 1] || null,
      jenis: decode(JENIS_UNOR_CODES, u[k + 2]) ?? "STRUKTURAL",
      eselon: decode(JENJANG_CODES, u[k + 3]),
      urutan: u[k + 4],
      aktif: u[k + 5] === 1,
      version: u[k + 6],
      kebutuhan: u[k + 7],
      existing: u[k + 8],
      kebutuhanSubtree: u[k + 9],
      existingSubtree: u[k + 10],
      nama: p.unitNames[i],
    };
  }
  const j = ints(p.jabatan);
  const jab = new Map<number, { nama: string; jenis: string; jenjang: string | null; kelas: number }>();
  for (let i = 0, k = 0; i < p.jabatanNames.length; i++, k += 4) {
    jab.set(j[k], { nama: p.jabatanNames[i], jenis: decode(JENIS_JABATAN_CODES, j[k + 1]) ?? "PELAKSANA", jenjang: decode(JENJANG_CODES, j[k + 2]), kelas: j[k + 3] });
  }
  const c = ints(p.cells);
  const cells: EditorCellRow[] = new Array(c.length / CELL_FIELDS);
  for (let i = 0, k = 0; i < cells.length; i++, k += CELL_FIELDS) {
    const info = jab.get(c[k + 2]);
    cells[i] = {
      id: c[k],
      unorId: c[k + 1],
      jabatanId: c[k + 2],
      nama: info?.nama ?? "",
      jenis: info?.jenis ?? "PELAKSANA",
      jenjang: info?.jenjang ?? null,
      kelas: info?.kelas ?? 0,
      kebutuhan: c[k + 3],
      existing: c[k + 4],
      version: c[k + 5],
      urutan: c[k + 6],
      sumber: decode(SUMBER_CODES, c[k + 7]) ?? "MANUAL",
      aturanVersi: c[k + 8] < 0 ? null : (p.versi[c[k + 8]] ?? null),
    };
  }
  return { units, cells };
}
