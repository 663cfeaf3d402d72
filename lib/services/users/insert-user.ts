import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { AppError, isAppError, wrapDbError } from "@/lib/errors";
import type { UserCreateInput } from "@/lib/validation/user";
import { writeAudit } from "@/lib/services/audit";

export const duplicateUsername = (username: string) =>
  new AppError("CONFLICT", `Nama pengguna "${username}" sudah dipakai. Pilih nama pengguna lain.`, { username: ["Nama pengguna sudah dipakai."] });

/**
 * Stores a validated new account with its password hash, audited in the same transaction. `actor` is
 * null for a system action (`npm run user:create`). A temporary password makes the user change it first.
 */
export async function insertUser(db: Db, actor: Actor | null, data: UserCreateInput, password: string, temporary: boolean) {
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      if (data.instansiId !== null) {
        const instansi = await tx.instansi.findUnique({ where: { id: data.instansiId }, select: { id: true } });
        if (!instansi) throw new AppError("INVALID", "Instansi tidak ditemukan.", { instansiId: ["Instansi tidak ditemukan."] });
      }
      if (await tx.user.findUnique({ where: { username: data.username }, select: { id: true } })) throw duplicateUsername(data.username);
      const user = await tx.user.create({
        data: { ...data, passwordHash, mustChangePassword: temporary, passwordChangedAt: temporary ? null : new Date() },
        select: { id: true, username: true, nama: true, role: true, instansiId: true, aktif: true, mustChangePassword: true, updatedAt: true },
      });
      await writeAudit(tx, actor, {
        entity: "User",
        entityId: user.id,
        action: "CREATE",
        instansiId: user.instansiId,
        after: { username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId, kataSandiSementara: temporary },
      });
      return user;
    });
  } catch (e) {
    // Two admins creating the same name at once: the unique index decides, with the same message.
    const mapped = wrapDbError(e);
    if (isAppError(mapped) && mapped.code === "CONFLICT" && !mapped.fieldErrors) throw duplicateUsername(data.username);
    throw mapped;
  }
}
