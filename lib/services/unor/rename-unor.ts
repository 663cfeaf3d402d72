import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { unorRenameSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow, loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";
import { assertUniqueSiblingName } from "./sibling-names";

/**
 * "Ubah Nama": only to correct a typo, with a reason, audited. A new SOTK regulation is not a rename:
 * add the new unit and remove the old one.
 */
export async function renameUnor(db: Db, actor: Actor, input: unknown) {
  const data = unorRenameSchema.parse(input);
  const unor = await loadUnorForEdit(db, actor, data.unorId);
  return db.$transaction(async (tx) => {
    await lockInstansiTree(tx, unor.instansiId);
    await assertUniqueSiblingName(tx, unor.instansiId, unor.parentId, data.nama, unor.id);
    const { count } = await tx.unor.updateMany({
      where: { id: unor.id, version: data.version },
      data: { nama: data.nama, version: { increment: 1 } },
    });
    assertOneRow(count);
    await writeAudit(tx, actor, {
      entity: "Unor",
      entityId: unor.id,
      action: "RENAME",
      instansiId: unor.instansiId,
      before: { nama: unor.nama, version: data.version },
      after: { nama: data.nama, version: data.version + 1 },
      reason: data.alasan,
    });
    return { id: unor.id, nama: data.nama, version: data.version + 1 };
  });
}
