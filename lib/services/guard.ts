import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditInstansi, canReadInstansi, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";

type Tx = Prisma.TransactionClient;

export const CONFLICT_MESSAGE = "Data ini sudah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru, lalu ulangi.";

/**
 * Refuses an actor who may not edit this instansi's planning data, and records the attempt (a
 * forged request for another instansi's unit) in the audit log, outside the refused transaction.
 */
export async function requireEditor(db: Db, actor: Actor, instansiId: number, what: { entity: string; entityId: number | string }) {
  if (canEditInstansi(actor, instansiId)) return;
  console.warn(`[akses ditolak] ${actor.username} (${actor.role}) → ${what.entity} ${what.entityId} instansi ${instansiId}`);
  await db.$transaction((tx) =>
    writeAudit(tx, actor, { entity: what.entity, entityId: what.entityId, action: "AKSES_DITOLAK", instansiId, after: { instansiPelaku: actor.instansiId } }),
  );
  throw new AppError("FORBIDDEN", "Anda tidak berwenang mengubah data instansi ini.");
}

/** The read twin of requireEditor: refuses (and records) an actor who may not read this instansi. */
export async function requireReader(db: Db, actor: Actor, instansiId: number, what: { entity: string; entityId: number | string }) {
  if (canReadInstansi(actor, instansiId)) return;
  console.warn(`[akses ditolak] ${actor.username} (${actor.role}) → baca ${what.entity} ${what.entityId} instansi ${instansiId}`);
  await db.$transaction((tx) =>
    writeAudit(tx, actor, { entity: what.entity, entityId: what.entityId, action: "AKSES_DITOLAK", instansiId, after: { instansiPelaku: actor.instansiId } }),
  );
  throw new AppError("FORBIDDEN", "Anda tidak berwenang membaca data instansi ini.");
}

/** Loads a unit and checks the actor may edit its instansi; not found when it does not exist. */
export async function loadUnorForEdit(db: Db, actor: Actor, unorId: number) {
  const unor = await db.unor.findUnique({ where: { id: unorId } });
  if (!unor) throw new AppError("NOT_FOUND", "Unor tidak ditemukan.");
  await requireEditor(db, actor, unor.instansiId, { entity: "Unor", entityId: unorId });
  return unor;
}

/** Serialises tree writes per instansi (moves, sibling order, duplicate-name checks) within a transaction. */
export async function lockInstansiTree(tx: Tx, instansiId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('unor-tree'), ${instansiId})`;
}

/** A stale version: marked with fieldErrors.version so the UI can offer "Muat ulang". */
export const staleConflict = () => new AppError("CONFLICT", CONFLICT_MESSAGE, { version: ["Data sudah berubah."] });

/** A conditional update changed nothing: someone else changed (or removed) the row first. */
export function assertOneRow(count: number): void {
  if (count !== 1) throw staleConflict();
}
