import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { userRoleChangeSchema } from "@/lib/validation/user";
import { writeAudit } from "@/lib/services/audit";
import { endUserSessions } from "@/lib/services/auth/end-user-sessions";
import { assertOneUserRow, countActiveAdminsLocked, LAST_ADMIN_MESSAGE, loadUserForChange, requireUserManager } from "./guard";

/**
 * ADMIN changes a user's role or instansi. What the user may see changes with it, so their sessions
 * end and they sign in again under the new scope. No admin demotes themselves or the last active admin.
 */
export async function changeUserRole(db: Db, actor: Actor, input: unknown) {
  requireUserManager(actor);
  const data = userRoleChangeSchema.parse(input);
  if (data.userId === actor.id) throw new AppError("INVALID", "Anda tidak dapat mengubah peran atau instansi akun Anda sendiri.");
  const user = await loadUserForChange(db, data.userId);
  if (user.role === data.role && user.instansiId === data.instansiId) throw new AppError("INVALID", "Peran dan instansi tidak berubah.");
  return db.$transaction(async (tx) => {
    if (user.role === "ADMIN" && user.aktif && (await countActiveAdminsLocked(tx)) <= 1) throw new AppError("INVALID", LAST_ADMIN_MESSAGE);
    if (data.instansiId !== null && !(await tx.instansi.findUnique({ where: { id: data.instansiId }, select: { id: true } })))
      throw new AppError("INVALID", "Instansi tidak ditemukan.", { instansiId: ["Instansi tidak ditemukan."] });
    const { count } = await tx.user.updateMany({
      where: { id: user.id, updatedAt: new Date(data.versi) },
      data: { role: data.role, instansiId: data.instansiId },
    });
    assertOneUserRow(count);
    const sesiDiakhiri = await endUserSessions(tx, user.id);
    await writeAudit(tx, actor, {
      entity: "User",
      entityId: user.id,
      action: "UBAH_PERAN",
      instansiId: data.instansiId ?? user.instansiId,
      before: { role: user.role, instansiId: user.instansiId },
      after: { role: data.role, instansiId: data.instansiId, sesiDiakhiri },
    });
    const { updatedAt } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { updatedAt: true } });
    return { id: user.id, role: data.role, instansiId: data.instansiId, versi: updatedAt.toISOString(), sesiDiakhiri };
  });
}
