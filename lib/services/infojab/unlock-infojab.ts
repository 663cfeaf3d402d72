import type { Db } from "@/lib/db";
import { canUnlockInfojab, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow, requireEditor } from "@/lib/services/guard";
import { unlockInfojabSchema } from "@/lib/validation/infojab";
import { findInfojabCell } from "./load-infojab";

/** Buka Kunci Validasi, with the reason in the audit entry: the instansi's editors or a verifikator. */
export async function unlockInfojab(db: Db, actor: Actor, input: unknown) {
  const data = unlockInfojabSchema.parse(input);
  const cell = await findInfojabCell(db, data.petaJabatanId);
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  if (!canUnlockInfojab(actor, cell.instansiId)) await requireEditor(db, actor, cell.instansiId, { entity: "Infojab", entityId: cell.id });
  const ij = cell.infojab;
  if (!ij?.lockedAt) throw new AppError("CONFLICT", "Informasi jabatan ini tidak sedang dikunci. Muat ulang halaman.");
  return db.$transaction(async (tx) => {
    const { count } = await tx.infojab.updateMany({
      where: { id: ij.id, version: data.version, lockedAt: { not: null } },
      data: { lockedAt: null, lockedById: null, version: { increment: 1 } },
    });
    assertOneRow(count);
    await writeAudit(tx, actor, {
      entity: "Infojab",
      entityId: cell.id,
      action: "BUKA_KUNCI_VALIDASI",
      instansiId: cell.instansiId,
      before: { lockedAt: ij.lockedAt, lockedBy: ij.lockedBy?.username ?? null },
      reason: data.alasan,
    });
    return { version: data.version + 1 };
  });
}
