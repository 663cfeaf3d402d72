import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { userPasswordResetSchema } from "@/lib/validation/user";
import { writeAudit } from "@/lib/services/audit";
import { endUserSessions } from "@/lib/services/auth/end-user-sessions";
import { assertOneUserRow, generateTemporaryPassword, loadUserForChange, requireUserManager } from "./guard";

/**
 * ADMIN gives a user a new temporary password (shown once): the old one stops working, every session
 * of the user ends, and the user must choose a new password at the next login.
 */
export async function resetUserPassword(db: Db, actor: Actor, input: unknown) {
  requireUserManager(actor);
  const data = userPasswordResetSchema.parse(input);
  if (data.userId === actor.id) throw new AppError("INVALID", "Untuk akun Anda sendiri, gunakan menu Ubah Kata Sandi.");
  const user = await loadUserForChange(db, data.userId);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, updatedAt: new Date(data.versi) },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: null },
    });
    assertOneUserRow(count);
    const sesiDiakhiri = await endUserSessions(tx, user.id);
    // The audit says that it happened, never what the password is.
    await writeAudit(tx, actor, { entity: "User", entityId: user.id, action: "RESET_KATA_SANDI", instansiId: user.instansiId, after: { sesiDiakhiri } });
    const { updatedAt } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { updatedAt: true } });
    return { id: user.id, username: user.username, temporaryPassword, versi: updatedAt.toISOString(), sesiDiakhiri };
  });
}
