import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { ownPasswordChangeSchema } from "@/lib/validation/user";
import { writeAudit } from "@/lib/services/audit";
import { endUserSessions } from "@/lib/services/auth/end-user-sessions";

const WRONG_CURRENT = "Kata sandi saat ini salah.";

/**
 * "Ubah Kata Sandi": any signed-in user replaces their own password after proving the current one.
 * Every session of the user ends (this one too): they sign in again with the new password.
 */
export async function changeOwnPassword(db: Db, actor: Actor, input: unknown) {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, username: true, aktif: true, instansiId: true, passwordHash: true } });
  if (!user || !user.aktif) throw new AppError("UNAUTHENTICATED", "Sesi Anda berakhir. Silakan masuk kembali.");
  const data = ownPasswordChangeSchema(user.username).parse(input);
  if (!(await verifyPassword(data.kataSandiLama, user.passwordHash)))
    throw new AppError("INVALID", WRONG_CURRENT, { kataSandiLama: [WRONG_CURRENT] });
  const passwordHash = await hashPassword(data.kataSandiBaru);
  return db.$transaction(async (tx) => {
    // Conditional on the hash just verified: an admin's reset in between wins, and this change is refused.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash, aktif: true },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Kata sandi Anda baru saja diubah di tempat lain. Masuk kembali, lalu ulangi.");
    const sesiDiakhiri = await endUserSessions(tx, user.id);
    await writeAudit(tx, actor, { entity: "User", entityId: user.id, action: "UBAH_KATA_SANDI", instansiId: user.instansiId, after: { sesiDiakhiri } });
    return { sesiDiakhiri };
  });
}
