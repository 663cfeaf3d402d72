import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { userActiveSchema } from "@/lib/validation/user";
import { writeAudit } from "@/lib/services/audit";
import { endUserSessions } from "@/lib/services/auth/end-user-sessions";
import { assertOneUserRow, countActiveAdminsLocked, LAST_ADMIN_MESSAGE, loadUserForChange, requireUserManager } from "./guard";

/**
 * ADMIN deactivates an account (kept, with its history; its sessions end at once) or reactivates it.
 * An admin cannot deactivate themselves, and the last active admin stays.
 */
export async function setUserActive(db: Db, actor: Actor, input: unknown) {
  requireUserManager(actor);
  const data = userActiveSchema.parse(input);
  if (data.userId === actor.id && !data.aktif) throw new AppError("INVALID", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  const user = await loadUserForChange(db, data.userId);
  if (user.aktif === data.aktif) throw new AppError("INVALID", data.aktif ? "Pengguna ini sudah aktif." : "Pengguna ini sudah nonaktif.");
  return db.$transaction(async (tx) => {
    if (!data.aktif && user.role === "ADMIN" && (await countActiveAdminsLocked(tx)) <= 1) throw new AppError("INVALID", LAST_ADMIN_MESSAGE);
    const { count } = await tx.user.updateMany({ where: { id: user.id, updatedAt: new Date(data.versi), aktif: user.aktif }, data: { aktif: data.aktif } });
    assertOneUserRow(count);
    const sesiDiakhiri = data.aktif ? 0 : await endUserSessions(tx, user.id);
    await writeAudit(tx, actor, {
      entity: "User",
      entityId: user.id,
      action: data.aktif ? "AKTIFKAN" : "NONAKTIFKAN",
      instansiId: user.instansiId,
      before: { aktif: user.aktif },
      after: { aktif: data.aktif, sesiDiakhiri },
    });
    const { updatedAt } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { updatedAt: true } });
    return { id: user.id, aktif: data.aktif, versi: updatedAt.toISOString(), sesiDiakhiri };
  });
}
