/**
 * The peta jabatan table on the client (pure, no React): the wire format the page sends, and the
 * rows the table shows after filtering and sorting. Figures are the server's (lib/data/peta-jabatan):
 * filtering hides rows but never re-sums, so a unit's subtotal is always its whole subtree's.
 */
import type { RekapAngka } from "@/lib/domain/rekap";
import type { PetaUnit } from "./susun";

export interface JabatanKatalog {
  id: number;
  kode: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kelas: number;
}

/** Stride of the packed cell list: id, unorId, index into `jabatan`, kebutuhan, existing, selisih. */
export const CELL_STRIDE = 6;

export interface PetaJabatanTabelData {
  instansi: { id: number; kode: string; nama: string };
  /** The instansi's figures (its recap). */
  total: RekapAngka;
  /** Active units in preorder, with their own and subtree figures. */
  units: PetaUnit[];
  /** The catalogue rows of the jabatan placed, once each. */
  jabatan: JabatanKatalog[];
  /** Placed jabatan, CELL_STRIDE numbers each, grouped by unit in the units' order. */
  cells: number[];
  /** Per placed jabatan (same order): where its K comes from, as "SUMBER" or "SUMBER|versi". */
  sumber: string[];
}

export interface UnitRow {
  kind: "unor";
  key: string;
  unit: PetaUnit;
  subRows: TabelRow[];
}

export interface CellRow {
  kind: "jabatan";
  key: string;
  id: number;
  unorId: number;
  depth: number;
  jabatan: JabatanKatalog;
  kebutuhan: number;
  existing: number;
  selisih: number;
  /** ABK, STANDAR_PEMBINA, STRUKTURAL or MANUAL, and the rule or standard version if any. */
  sumber: string;
  aturanVersi: string | null;
}

export type TabelRow = UnitRow | CellRow;

export type StatusFilter = "semua" | "kurang" | "lebih";

export interface TabelFilter {
  jenis: string | null;
  jenjang: string | null;
  kelas: number | null;
  status: StatusFilter;
  cari: string;
}

export const FILTER_KOSONG: TabelFilter = { jenis: null, jenjang: null, kelas: null, status: "semua", cari: "" };

export type SortKolom = "nama" | "jenis" | "jenjang" | "kelas" | "kebutuhan" | "existing" | "selisih";
export interface TabelSort {
  kolom: SortKolom;
  desc: boolean;
}

export const unitKey = (id: number) => `u${id}`;
export const cellKey = (id: number) => `j${id}`;

const lower = (s: string) => s.toLocaleLowerCase("id");

/** "STANDAR_PEMBINA|SEKOLAH-47/2023" → its source and version (a version may itself hold no "|"). */
export function splitSumber(v: string | undefined): { sumber: string; aturanVersi: string | null } {
  const [sumber, versi] = (v ?? "MANUAL").split("|");
  return { sumber, aturanVersi: versi || null };
}

export function unpackCells(data: PetaJabatanTabelData): CellRow[] {
  const depth = new Map(data.units.map((u) => [u.id, u.depth]));
  const out: CellRow[] = [];
  const c = data.cells;
  for (let i = 0; i + CELL_STRIDE <= c.length; i += CELL_STRIDE) {
    const unorId = c[i + 1];
    out.push({
      kind: "jabatan",
      key: cellKey(c[i]),
      id: c[i],
      unorId,
      depth: (depth.get(unorId) ?? 0) + 1,
      jabatan: data.jabatan[c[i + 2]],
      kebutuhan: c[i + 3],
      existing: c[i + 4],
      selisih: c[i + 5],
      ...splitSumber(data.sumber[i / CELL_STRIDE]),
    });
  }
  return out;
}

export function hasCellFilter(f: TabelFilter): boolean {
  return f.jenis !== null || f.jenjang !== null || f.kelas !== null || f.status !== "semua";
}

function cellPasses(c: CellRow, f: TabelFilter): boolean {
  if (f.jenis !== null && c.jabatan.jenis !== f.jenis) return false;
  if (f.jenjang !== null && c.jabatan.jenjang !== f.jenjang) return false;
  if (f.kelas !== null && c.jabatan.kelas !== f.kelas) return false;
  if (f.status === "kurang" && !(c.selisih < 0)) return false;
  if (f.status === "lebih" && !(c.selisih > 0)) return false;
  return true;
}

const JENIS_ORDER = ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"];

function compareCells(s: TabelSort): (a: CellRow, b: CellRow) => number {
  const dir = s.desc ? -1 : 1;
  const key = (c: CellRow): number | string => {
    switch (s.kolom) {
      case "nama":
        return lower(c.jabatan.nama);
      case "jenis":
        return JENIS_ORDER.indexOf(c.jabatan.jenis);
      case "jenjang":
        return c.jabatan.jenjang ?? "";
      case "kelas":
        return c.jabatan.kelas;
      default:
        return c[s.kolom];
    }
  };
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    const r = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "id");
    // Ties keep the map's own order (ids), whichever the direction.
    return r * dir || a.id - b.id;
  };
}

/**
 * The rows to show: units nested with their jabatan first, then their sub-units. A cell filter
 * (jenis, jenjang, kelas, kekurangan/kelebihan) keeps the cells that pass it and the units above
 * them; a search keeps jabatan whose name or kode matches, units whose name matches (with what is
 * below them), and the ancestors of both. Sorting orders jabatan within each unit; units keep
 * their urutan.
 */
export function buildRows(data: PetaJabatanTabelData, cells: readonly CellRow[], filter: TabelFilter, sort: TabelSort | null): UnitRow[] {
  const term = lower(filter.cari.trim());
  const cellFilter = hasCellFilter(filter);
  const byUnit = new Map<number, CellRow[]>();
  for (const c of cells) {
    const list = byUnit.get(c.unorId);
    if (list) list.push(c);
    else byUnit.set(c.unorId, [c]);
  }
  // A unit matched by name lets everything below it through the search.
  const underMatch = new Set<number>();
  if (term) {
    for (const u of data.units) {
      if ((u.parentId !== null && underMatch.has(u.parentId)) || lower(u.nama).includes(term)) underMatch.add(u.id);
    }
  }
  const cmp = sort ? compareCells(sort) : null;
  const rows = new Map<number, UnitRow>();
  const kept = new Set<number>();
  // Reverse preorder visits every child before its parent.
  for (let i = data.units.length - 1; i >= 0; i--) {
    const u = data.units[i];
    const inMatch = underMatch.has(u.id);
    let own = byUnit.get(u.id) ?? [];
    own = own.filter((c) => cellPasses(c, filter) && (!term || inMatch || lower(c.jabatan.nama).includes(term) || lower(c.jabatan.kode).includes(term)));
    if (cmp) own = [...own].sort(cmp);
    const row: UnitRow = { kind: "unor", key: unitKey(u.id), unit: u, subRows: own };
    rows.set(u.id, row);
    const anyFilter = cellFilter || term !== "";
    const keep = !anyFilter || own.length > 0 || kept.has(u.id) || (!cellFilter && inMatch);
    if (keep) {
      kept.add(u.id);
      if (u.parentId !== null) kept.add(u.parentId);
    }
  }
  const roots: UnitRow[] = [];
  for (const u of data.units) {
    if (!kept.has(u.id)) continue;
    const row = rows.get(u.id)!;
    if (u.parentId !== null && rows.has(u.parentId)) rows.get(u.parentId)!.subRows.push(row);
    else roots.push(row);
  }
  return roots;
}

/** Keys of every unit row in the given rows (for "Buka semua"). */
export function unitKeys(rows: readonly TabelRow[]): string[] {
  const out: string[] = [];
  const stack = [...rows];
  while (stack.length) {
    const r = stack.pop()!;
    if (r.kind === "unor") {
      out.push(r.key);
      stack.push(...r.subRows);
    }
  }
  return out;
}
