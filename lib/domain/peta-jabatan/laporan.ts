/**
 * The rows of the peta jabatan report (Excel and print share them; pure): each unit as a group
 * row, the jabatan placed in it one level deeper, its sub-units, then "Jumlah <unit>" with the
 * whole subtree's figures (B, K, +/− = B − K). Figures come as given; nothing is re-summed here.
 */
import type { RekapAngka } from "@/lib/domain/rekap";
import type { PetaCell, PetaUnit } from "./susun";
import type { JabatanKatalog } from "./tabel";

export interface PetaJabatanLaporanInput {
  instansi: { nama: string };
  total: RekapAngka;
  units: PetaUnit[];
  cells: PetaCell[];
  jabatan: JabatanKatalog[];
  jabatanIndex: number[];
}

export interface Angka {
  b: number;
  k: number;
  selisih: number;
}

export type LaporanBaris =
  | { tipe: "unit"; nama: string; depth: number }
  | ({ tipe: "jabatan"; nama: string; kelas: number; depth: number } & Angka)
  | ({ tipe: "jumlah"; nama: string; depth: number } & Angka);

export const JUMLAH_INSTANSI = "JUMLAH INSTANSI";
export const jumlahUnit = (nama: string) => `Jumlah ${nama}`;

export const angkaRekap = (r: RekapAngka): Angka => ({ b: r.existing, k: r.kebutuhan, selisih: r.selisih });

export function* barisLaporan(d: PetaJabatanLaporanInput): Generator<LaporanBaris> {
  // Open units on a stack: a unit's subtotal row follows its last descendant.
  const open: PetaUnit[] = [];
  const close = function* (toDepth: number): Generator<LaporanBaris> {
    while (open.length && open[open.length - 1].depth >= toDepth) {
      const u = open.pop()!;
      yield { tipe: "jumlah", nama: jumlahUnit(u.nama), depth: u.depth, ...angkaRekap(u.subtree) };
    }
  };
  let c = 0;
  for (const u of d.units) {
    yield* close(u.depth);
    yield { tipe: "unit", nama: u.nama, depth: u.depth };
    open.push(u);
    for (; c < d.cells.length && d.cells[c].unorId === u.id; c++) {
      const cell = d.cells[c];
      const j = d.jabatan[d.jabatanIndex[c]];
      yield { tipe: "jabatan", nama: j.nama, kelas: j.kelas, depth: u.depth + 1, b: cell.existing, k: cell.kebutuhan, selisih: cell.selisih };
    }
  }
  yield* close(0);
}
