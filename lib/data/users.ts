import "server-only";
import type { Db } from "@/lib/db";
import { canManageUsers, type Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export interface UserRow {
  id: number;
  username: string;
  nama: string;
  role: Role;
  instansiId: number | null;
  instansiNama: string | null;
  aktif: boolean;
  mustChangePassword: boolean;
  /** updatedAt as ISO text: the version an admin's change is conditional on. */
  versi: string;
  /** Signed-in sessions right now (server session rows). */
  sesiAktif: number;
}

/** Every account, for the Pengguna page (ADMIN only; anyone else gets an empty list). Never the hash. */
export async function listUsers(db: Db, actor: Actor): Promise<UserRow[]> {
  if (!canManageUsers(actor)) return [];
  const rows = await db.user.findMany({
    orderBy: [{ username: "asc" }],
    select: {
      id: true,
      username: true,
      nama: true,
      role: true,
      instansiId: true,
      aktif: true,
      mustChangePassword: true,
      updatedAt: true,
      instansi: { select: { nama: true } },
      _count: { select: { sessions: true } },
    },
  });
  return rows.map(({ instansi, updatedAt, _count, ...u }) => ({ ...u, instansiNama: instansi?.nama ?? null, versi: updatedAt.toISOString(), sesiAktif: _count.sessions }));
}

/** Instansi names and ids, for the role/instansi pickers and the filter. */
export async function listInstansiOptions(db: Db): Promise<{ id: number; nama: string }[]> {
  return db.instansi.findMany({ orderBy: { nama: "asc" }, select: { id: true, nama: true } });
}

/** Must this user replace a temporary password before doing anything else? (Read by the app shell.) */
export async function mustChangePassword(db: Db, userId: number): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mustChangePassword: true } });
  return user?.mustChangePassword ?? false;
}
