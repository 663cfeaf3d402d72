import type { Db } from "@/lib/db";
import { canLockInfojab, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow, requireEditor } from "@/lib/services/guard";
import { lockInfojabSchema } from "@/lib/validation/infojab";
import { assertNotLocked, findInfojabCell } from "./load-infojab";

/** Kunci Validasi: freezes the infojab as saved (version-checked, so one freezes what one has seen). */
export async function lockInfojab(db: Db, actor: Actor, input: unknown) {
  const data = lockInfojabSchema.parse(input);
  const cell = await findInfojabCell(db, data.petaJabatanId);
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  if (!canLockInfojab(actor, cell.instansiId)) await requireEditor(db, actor, cell.instansiId, { entity: "Infojab", entityId: cell.id });
  assertNotLocked(cell);
  if (!cell.infojab) throw new AppError("INVALID", "Simpan informasi jabatan ini dulu sebelum dikunci validasi.");
  const infojabId = cell.infojab.id;
  return db.$transaction(async (tx) => {
    const lockedAt = new Date();
    const { count } = await tx.infojab.updateMany({
      where: { id: infojabId, version: data.version, lockedAt: null },
      data: { lockedAt, lockedById: actor.id, version: { increment: 1 } },
    });
    assertOneRow(count);
    await writeAudit(tx, actor, { entity: "Infojab", entityId: cell.id, action: "KUNCI_VALIDASI", instansiId: cell.instansiId, after: { version: data.version + 1 } });
    return { version: data.version + 1, lockedAt };
  });
}
