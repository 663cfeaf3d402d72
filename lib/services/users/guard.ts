import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { canManageUsers } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

export const USER_CONFLICT_MESSAGE = "Data pengguna ini sudah diubah oleh admin lain sejak Anda membukanya. Muat ulang, lalu ulangi.";

/** Only ADMIN manages accounts; every user service asks this first. */
export function requireUserManager(actor: Actor): void {
  if (!canManageUsers(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat mengelola pengguna.");
}

/** The account an admin acts on, with the updatedAt the admin's screen showed (their version). */
export async function loadUserForChange(db: Db | Tx, userId: number) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, nama: true, role: true, instansiId: true, aktif: true, updatedAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
  return user;
}

/** A conditional update on (id, updatedAt) changed nothing: another admin changed the account first. */
export function assertOneUserRow(count: number): void {
  if (count !== 1) throw new AppError("CONFLICT", USER_CONFLICT_MESSAGE, { versi: ["Data sudah berubah."] });
}

/**
 * Serialises changes that could leave no active ADMIN (two admins demoting each other at once), then
 * counts the active admins under that lock.
 */
export async function countActiveAdminsLocked(tx: Tx): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('user-admins'))`;
  return tx.user.count({ where: { role: "ADMIN", aktif: true } });
}

export const LAST_ADMIN_MESSAGE = "Ini administrator aktif terakhir: tambahkan atau aktifkan administrator lain terlebih dahulu.";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/**
 * A temporary password from the OS's CSPRNG: 16 characters of a 56-sign alphabet (≈93 bits), without
 * look-alike signs (0/O, 1/l/I) because an admin reads it out or copies it to the user.
 */
export function generateTemporaryPassword(length = 16): string {
  let out = "";
  while (out.length < length) {
    for (const b of crypto.randomBytes(length * 2)) {
      // Rejection sampling: keep only bytes below the largest multiple of the alphabet size (no bias).
      if (b < 256 - (256 % ALPHABET.length) && out.length < length) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}
