import { hitungAbk, type RuleSet } from "@/lib/domain/abk";
import { diffInfojab, type InfojabDiff } from "@/lib/domain/infojab/diff";
import { staleConflict } from "@/lib/services/guard";
import { infojabRowToIsi, EMPTY_INFOJAB, type InfojabIsi } from "@/lib/validation/infojab";
import { assertNotLocked } from "./load-infojab";

/** A stored infojab as infojabRowToIsi reads it (JSON columns, uraian with Decimal or decimal text). */
export type StoredInfojab = Parameters<typeof infojabRowToIsi>[0];

/**
 * What a write needs to know of a placed jabatan: the Prisma cell of findInfojabCell (save, copy)
 * and the rows of findInfojabCells (the import's chunk read) both fit it.
 */
export interface PlanCell {
  kebutuhan: number;
  existing: number;
  sumberKebutuhan: string;
  aturanVersi: string | null;
  jabatan: { nama: string; jenis: string };
  infojab: (StoredInfojab & { id: number; version: number; lockedAt: Date | null; lockedBy: { nama: string } | null }) | null;
}

export interface InfojabPlan {
  diff: InfojabDiff;
  /** Whether anything is written at all: an identical document with the same K writes nothing. */
  berubah: boolean;
  /** Whether the cell's kebutuhan row is rewritten (figure, source ABK, rule version). */
  kChanges: boolean;
  kebutuhanSesudah: number;
}

/** The kebutuhan a document gives: ABK for fungsional and pelaksana with rows; otherwise unchanged. */
export function kebutuhanDariIsi(cell: { existing: number; jabatan: { jenis: string } }, isi: InfojabIsi, aturan: RuleSet): number | null {
  if (cell.jabatan.jenis === "STRUKTURAL" || isi.uraianTugas.length === 0) return null;
  return hitungAbk({ tugas: isi.uraianTugas.map((t) => ({ ...t, volume: String(t.volume), waktu: String(t.waktu) })), existing: cell.existing }, aturan).kebutuhan;
}

/**
 * The one decision of every infojab write (save, copy, import, one by one or in chunks): LOCKED for a
 * validated infojab, CONFLICT when its version moved since `expectedVersion` was read (0 means "did
 * not exist"), else the diff and the new kebutuhan. Pure over the cell as read inside the writer's
 * transaction; the writer then makes its write conditional on the same version and lock.
 */
export function planInfojabWrite(cell: PlanCell, expectedVersion: number, isi: InfojabIsi, aturan: RuleSet): InfojabPlan {
  const current = cell.infojab;
  assertNotLocked(cell);
  if ((current?.version ?? 0) !== expectedVersion) throw staleConflict();

  const before = current ? infojabRowToIsi(current) : EMPTY_INFOJAB;
  const diff = diffInfojab(before, isi);
  const kebutuhanBaru = kebutuhanDariIsi(cell, isi, aturan);
  const kChanges = kebutuhanBaru !== null && (kebutuhanBaru !== cell.kebutuhan || cell.sumberKebutuhan !== "ABK" || cell.aturanVersi !== aturan.versi);
  const docChanges = diff.uraianDitambah + diff.uraianDiubah + diff.uraianDihapus > 0 || diff.bagianBerubah.length > 0;
  // An empty document on a jabatan without infojab is no change either: a round trip must not create rows.
  const berubah = docChanges || kChanges;
  return { diff, berubah, kChanges, kebutuhanSesudah: kChanges ? kebutuhanBaru! : cell.kebutuhan };
}
