import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { placeJabatanSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";

const unorNonaktif = () => new AppError("INVALID", "Unor nonaktif: aktifkan dahulu sebelum menambah jabatan.");

/**
 * "Tambah Jabatan Fungsional / Pelaksana": a catalogue jabatan placed in a unit with its kebutuhan.
 * Under the instansi's tree lock, so two operators placing the same jabatan at once get one cell and
 * one clear CONFLICT, and a unit deactivated meanwhile is seen.
 */
export async function placeJabatan(db: Db, actor: Actor, input: unknown) {
  const data = placeJabatanSchema.parse(input);
  const unor = await loadUnorForEdit(db, actor, data.unorId);
  if (!unor.aktif) throw unorNonaktif();
  const jabatan = await db.jabatan.findUnique({ where: { id: data.jabatanId }, select: { id: true, nama: true, jenis: true, aktif: true } });
  if (!jabatan || !jabatan.aktif) throw new AppError("NOT_FOUND", "Jabatan tidak ada di katalog.", { jabatanId: ["Pilih jabatan dari katalog."] });
  if (jabatan.jenis !== data.jenis) {
    throw new AppError("INVALID", `${jabatan.nama} bukan jabatan ${data.jenis === "FUNGSIONAL" ? "fungsional" : "pelaksana"}.`, { jabatanId: ["Jenis jabatan tidak sesuai."] });
  }
  try {
    return await db.$transaction(async (tx) => {
      await lockInstansiTree(tx, unor.instansiId);
      const fresh = await tx.unor.findUnique({ where: { id: unor.id }, select: { aktif: true } });
      if (!fresh) throw new AppError("NOT_FOUND", "Unor tidak ditemukan.");
      if (!fresh.aktif) throw unorNonaktif();
      const existing = await tx.petaJabatan.findUnique({ where: { unorId_jabatanId: { unorId: unor.id, jabatanId: jabatan.id } }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", `${jabatan.nama} sudah ada di unor ini.`, { jabatanId: ["Jabatan sudah ada di unor ini."] });
      const max = await tx.petaJabatan.aggregate({ where: { unorId: unor.id }, _max: { urutan: true } });
      const cell = await tx.petaJabatan.create({
        data: { instansiId: unor.instansiId, unorId: unor.id, jabatanId: jabatan.id, kebutuhan: data.kebutuhan, sumberKebutuhan: "MANUAL", urutan: (max._max.urutan ?? 0) + 1 },
      });
      await writeAudit(tx, actor, { entity: "PetaJabatan", entityId: cell.id, action: "CREATE", instansiId: unor.instansiId, after: cell });
      return { id: cell.id };
    });
  } catch (e) {
    throw wrapDbError(e);
  }
}
