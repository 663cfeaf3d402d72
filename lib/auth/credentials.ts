import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "./permissions";
import { verifyPassword } from "./password";

export const loginSchema = z.object({
  username: z.string().trim().min(1, "Nama pengguna wajib diisi.").max(64),
  password: z.string().min(1, "Kata sandi wajib diisi.").max(200),
});

/** Checks a username and password; null when either is wrong or the account is inactive. */
export async function authenticate(db: Db, input: unknown): Promise<Actor | null> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { username: parsed.data.username },
    select: { id: true, username: true, nama: true, role: true, instansiId: true, aktif: true, passwordHash: true },
  });
  if (!user || !user.aktif) return null;
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId };
}

/** Re-reads the actor from the database: role and instansi are never trusted from the token alone. */
export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, nama: true, role: true, instansiId: true, aktif: true },
  });
  if (!user || !user.aktif) return null;
  if (user.role === "OPERATOR" && user.instansiId === null) return null;
  return { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId };
}
