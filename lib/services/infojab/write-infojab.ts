import type { Prisma } from "@/lib/generated/prisma/client";
import { hitungAbk, type RuleSet } from "@/lib/domain/abk";
import { diffInfojab, type InfojabDiff } from "@/lib/domain/infojab/diff";
import { AppError } from "@/lib/errors";
import { staleConflict } from "@/lib/services/guard";
import { infojabRowToIsi, type InfojabIsi, EMPTY_INFOJAB } from "@/lib/validation/infojab";
import { assertNotLocked, findInfojabCell, type InfojabCell } from "./load-infojab";

type Tx = Prisma.TransactionClient;

export interface InfojabWriteResult {
  petaJabatanId: number;
  infojabId: number;
  version: number;
  berubah: boolean;
  diff: InfojabDiff;
  kebutuhanSebelum: number;
  kebutuhanSesudah: number;
}

/** The kebutuhan a document gives: ABK for fungsional and pelaksana with rows; otherwise unchanged. */
export function kebutuhanDariIsi(cell: Pick<InfojabCell, "kebutuhan" | "existing" | "jabatan">, isi: InfojabIsi, aturan: RuleSet): number | null {
  if (cell.jabatan.jenis === "STRUKTURAL" || isi.uraianTugas.length === 0) return null;
  return hitungAbk({ tugas: isi.uraianTugas.map((t) => ({ ...t, volume: String(t.volume), waktu: String(t.waktu) })), existing: cell.existing }, aturan).kebutuhan;
}

const columns = (isi: InfojabIsi) => ({
  ikhtisar: isi.ikhtisar || null,
  kualifikasi: isi.kualifikasi,
  hasilKerja: isi.hasilKerja,
  bahanKerja: isi.bahanKerja,
  perangkatKerja: isi.perangkatKerja,
  tanggungJawab: isi.tanggungJawab,
  wewenang: isi.wewenang,
  korelasiJabatan: isi.korelasiJabatan,
  kondisiLingkungan: isi.kondisiLingkungan,
  risikoBahaya: isi.risikoBahaya,
  syaratJabatan: isi.syaratJabatan,
  prestasiKerja: isi.prestasiKerja || null,
  kelasJabatan: isi.kelasJabatan,
});

/**
 * Replaces one placed jabatan's infojab with `isi` inside the caller's transaction, refusing a
 * locked infojab (LOCKED) or one whose version moved since `expectedVersion` was read (CONFLICT; 0
 * means "did not exist"). An identical document writes nothing. With uraian tugas rows the
 * kebutuhan of a fungsional/pelaksana cell becomes the ABK figure under `aturan` (source ABK, rule
 * version), so the recap triggers follow in the same transaction. The caller audits.
 */
export async function writeInfojabIsi(tx: Tx, petaJabatanId: number, expectedVersion: number, isi: InfojabIsi, aturan: RuleSet): Promise<InfojabWriteResult> {
  const cell = await findInfojabCell(tx, petaJabatanId);
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  const current = cell.infojab;
  // Read inside the transaction: the one lock check every write (save, copy, import) goes through.
  assertNotLocked(cell);
  if ((current?.version ?? 0) !== expectedVersion) throw staleConflict();

  const before = current ? infojabRowToIsi(current) : EMPTY_INFOJAB;
  const diff = diffInfojab(before, isi);
  const kebutuhanBaru = kebutuhanDariIsi(cell, isi, aturan);
  const kChanges = kebutuhanBaru !== null && (kebutuhanBaru !== cell.kebutuhan || cell.sumberKebutuhan !== "ABK" || cell.aturanVersi !== aturan.versi);
  const docChanges = diff.uraianDitambah + diff.uraianDiubah + diff.uraianDihapus > 0 || diff.bagianBerubah.length > 0;
  const base = { petaJabatanId, diff, kebutuhanSebelum: cell.kebutuhan };
  // An empty document on a jabatan without infojab is no change either: a round trip must not create rows.
  if (!docChanges && !kChanges) return { ...base, infojabId: current?.id ?? 0, version: current?.version ?? 0, berubah: false, kebutuhanSesudah: cell.kebutuhan };

  let infojabId: number;
  let version: number;
  if (current) {
    // Conditional on version and lock: a concurrent save or lock between our read and this write loses.
    const { count } = await tx.infojab.updateMany({ where: { id: current.id, version: expectedVersion, lockedAt: null }, data: { ...columns(isi), version: { increment: 1 } } });
    if (count !== 1) throw staleConflict();
    await tx.uraianTugas.deleteMany({ where: { infojabId: current.id } });
    infojabId = current.id;
    version = expectedVersion + 1;
  } else {
    // The unique petaJabatanId turns a concurrent first save into a conflict (wrapDbError).
    ({ id: infojabId, version } = await tx.infojab.create({ data: { petaJabatanId, ...columns(isi) }, select: { id: true, version: true } }));
  }
  if (isi.uraianTugas.length) {
    await tx.uraianTugas.createMany({
      data: isi.uraianTugas.map((t, urutan) => ({ infojabId, urutan, ...t, hasilKerja: t.hasilKerja || null, satuan: t.satuan || null, volume: String(t.volume), waktu: String(t.waktu) })),
    });
  }
  if (kChanges) {
    await tx.petaJabatan.update({
      where: { id: petaJabatanId },
      data: { kebutuhan: kebutuhanBaru, sumberKebutuhan: "ABK", aturanVersi: aturan.versi, version: { increment: 1 } },
    });
  }
  return { ...base, infojabId, version, berubah: true, kebutuhanSesudah: kebutuhanBaru ?? cell.kebutuhan };
}
