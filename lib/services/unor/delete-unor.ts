import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { unorVersionSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow, loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";

const SARAN = { saran: ["nonaktifkan"] };

/**
 * "Hapus Unor": only for a unit with no pegawai (active or in history), no children and no place in
 * an approved peta jabatan. Otherwise the refusal says why and offers deactivation instead.
 */
export async function deleteUnor(db: Db, actor: Actor, input: unknown) {
  const data = unorVersionSchema.parse(input);
  const unor = await loadUnorForEdit(db, actor, data.unorId);
  if (unor.parentId === null) throw new AppError("INVALID", "Unor puncak instansi tidak dapat dihapus.");
  return db.$transaction(async (tx) => {
    await lockInstansiTree(tx, unor.instansiId);
    const [pegawai, children, disetujui] = await Promise.all([
      tx.pegawai.count({ where: { unorId: unor.id } }),
      tx.unor.count({ where: { parentId: unor.id } }),
      tx.usulan.findFirst({
        where: { instansiId: unor.instansiId, status: "DISETUJUI", diverifikasiPada: { gte: unor.createdAt } },
        select: { judul: true },
      }),
    ]);
    if (pegawai > 0) throw new AppError("CONFLICT", `Unor tidak dapat dihapus: masih tercatat ${pegawai} pegawai di unor ini. Nonaktifkan unor sebagai gantinya.`, SARAN);
    if (children > 0) throw new AppError("CONFLICT", `Unor tidak dapat dihapus: masih memiliki ${children} unor bawahan. Hapus atau pindahkan unor bawahan dahulu, atau nonaktifkan unor ini.`, SARAN);
    if (disetujui) throw new AppError("CONFLICT", `Unor tidak dapat dihapus: sudah tercantum dalam peta jabatan yang disetujui ("${disetujui.judul}"). Nonaktifkan unor sebagai gantinya.`, SARAN);
    const cells = await tx.petaJabatan.findMany({ where: { unorId: unor.id }, select: { id: true, jabatanId: true, kebutuhan: true } });
    await tx.petaJabatan.deleteMany({ where: { unorId: unor.id } });
    const { count } = await tx.unor.deleteMany({ where: { id: unor.id, version: data.version } });
    assertOneRow(count);
    await writeAudit(tx, actor, { entity: "Unor", entityId: unor.id, action: "DELETE", instansiId: unor.instansiId, before: { ...unor, petaJabatan: cells } });
    return { id: unor.id };
  });
}
