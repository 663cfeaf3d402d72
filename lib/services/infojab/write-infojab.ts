import type { Prisma } from "@/lib/generated/prisma/client";
import type { RuleSet } from "@/lib/domain/abk";
import type { InfojabDiff } from "@/lib/domain/infojab/diff";
import { AppError } from "@/lib/errors";
import { staleConflict } from "@/lib/services/guard";
import type { InfojabIsi } from "@/lib/validation/infojab";
import { findInfojabCell } from "./load-infojab";
import { planInfojabWrite } from "./plan-infojab-write";

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

/** The Infojab columns of a document (the import's batch writer sends the same ones as JSON). */
export const infojabColumns = (isi: InfojabIsi) => ({
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

/** The UraianTugas rows of a document, in its order (urutan 0, 1, …). */
export const uraianColumns = (isi: InfojabIsi) =>
  isi.uraianTugas.map((t, urutan) => ({ urutan, ...t, hasilKerja: t.hasilKerja || null, satuan: t.satuan || null, volume: String(t.volume), waktu: String(t.waktu) }));

/**
 * Replaces one placed jabatan's infojab with `isi` inside the caller's transaction, refusing a
 * locked infojab (LOCKED) or one whose version moved since `expectedVersion` was read (CONFLICT; 0
 * means "did not exist"). An identical document writes nothing. With uraian tugas rows the
 * kebutuhan of a fungsional/pelaksana cell becomes the ABK figure under `aturan` (source ABK, rule
 * version), so the recap triggers follow in the same transaction. The caller audits. The import
 * writes many at once with writeInfojabBatch, deciding through the same planInfojabWrite.
 */
export async function writeInfojabIsi(tx: Tx, petaJabatanId: number, expectedVersion: number, isi: InfojabIsi, aturan: RuleSet): Promise<InfojabWriteResult> {
  // Read inside the transaction, so that the plan's lock and version checks see what this write replaces.
  const cell = await findInfojabCell(tx, petaJabatanId);
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  const current = cell.infojab;
  const plan = planInfojabWrite(cell, expectedVersion, isi, aturan);
  const base = { petaJabatanId, diff: plan.diff, kebutuhanSebelum: cell.kebutuhan, kebutuhanSesudah: plan.kebutuhanSesudah };
  if (!plan.berubah) return { ...base, infojabId: current?.id ?? 0, version: current?.version ?? 0, berubah: false };

  let infojabId: number;
  let version: number;
  if (current) {
    // Conditional on version and lock: a concurrent save or lock between our read and this write loses.
    const { count } = await tx.infojab.updateMany({ where: { id: current.id, version: expectedVersion, lockedAt: null }, data: { ...infojabColumns(isi), version: { increment: 1 } } });
    if (count !== 1) throw staleConflict();
    await tx.uraianTugas.deleteMany({ where: { infojabId: current.id } });
    infojabId = current.id;
    version = expectedVersion + 1;
  } else {
    // The unique petaJabatanId turns a concurrent first save into a conflict (wrapDbError).
    ({ id: infojabId, version } = await tx.infojab.create({ data: { petaJabatanId, ...infojabColumns(isi) }, select: { id: true, version: true } }));
  }
  if (isi.uraianTugas.length) await tx.uraianTugas.createMany({ data: uraianColumns(isi).map((t) => ({ infojabId, ...t })) });
  if (plan.kChanges) {
    await tx.petaJabatan.update({
      where: { id: petaJabatanId },
      data: { kebutuhan: plan.kebutuhanSesudah, sumberKebutuhan: "ABK", aturanVersi: aturan.versi, version: { increment: 1 } },
    });
  }
  return { ...base, infojabId, version, berubah: true };
}
