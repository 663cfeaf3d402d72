import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { unorAktifSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow, loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";

/**
 * "Non Aktifkan Unor" deactivates the unit and everything below it (a unit that still has pegawai or
 * history is kept, not deleted). Activating needs an active parent and re-activates only this unit.
 */
export async function setUnorAktif(db: Db, actor: Actor, input: unknown) {
  const data = unorAktifSchema.parse(input);
  const unor = await loadUnorForEdit(db, actor, data.unorId);
  return db.$transaction(async (tx) => {
    await lockInstansiTree(tx, unor.instansiId);
    if (data.aktif && unor.parentId) {
      const parent = await tx.unor.findUnique({ where: { id: unor.parentId }, select: { aktif: true } });
      if (!parent?.aktif) throw new AppError("INVALID", "Unor atasannya nonaktif: aktifkan unor atasan terlebih dahulu.");
    }
    const { count } = await tx.unor.updateMany({ where: { id: unor.id, version: data.version }, data: { aktif: data.aktif, version: { increment: 1 } } });
    assertOneRow(count);
    let turunan = 0;
    if (!data.aktif) {
      turunan = await tx.$executeRaw`
        UPDATE "Unor" SET "aktif" = false, "version" = "version" + 1
        WHERE "instansiId" = ${unor.instansiId} AND "path" @> ARRAY[${unor.id}]::int[] AND "id" <> ${unor.id} AND "aktif"`;
    }
    await writeAudit(tx, actor, {
      entity: "Unor",
      entityId: unor.id,
      action: data.aktif ? "AKTIFKAN" : "NONAKTIFKAN",
      instansiId: unor.instansiId,
      before: { aktif: unor.aktif },
      after: { aktif: data.aktif, turunanDinonaktifkan: turunan },
    });
    return { id: unor.id, aktif: data.aktif, version: data.version + 1, turunanDinonaktifkan: turunan };
  });
}
