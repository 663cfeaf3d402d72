import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requireEditor } from "@/lib/services/guard";

type Tx = Prisma.TransactionClient;

export const infojabInclude = {
  jabatan: { select: { id: true, kode: true, nama: true, jenis: true, jenjang: true, kelas: true } },
  unor: { select: { id: true, nama: true, aktif: true } },
  infojab: {
    include: {
      uraianTugas: { orderBy: [{ urutan: "asc" }, { id: "asc" }] },
      lockedBy: { select: { nama: true, username: true } },
    },
  },
} as const satisfies Prisma.PetaJabatanInclude;

export type InfojabCell = Prisma.PetaJabatanGetPayload<{ include: typeof infojabInclude }>;

/** A placed jabatan with its infojab, read inside `tx` when given (a write re-reads what it replaces). */
export async function findInfojabCell(db: Db | Tx, petaJabatanId: number): Promise<InfojabCell | null> {
  return db.petaJabatan.findUnique({ where: { id: petaJabatanId }, include: infojabInclude });
}

/** A placed jabatan the actor may edit, with its infojab; NOT_FOUND / FORBIDDEN (logged) otherwise. */
export async function loadInfojabForEdit(db: Db, actor: Actor, petaJabatanId: number): Promise<InfojabCell> {
  const cell = await findInfojabCell(db, petaJabatanId);
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  await requireEditor(db, actor, cell.instansiId, { entity: "Infojab", entityId: petaJabatanId });
  return cell;
}

const fmtWaktu = (d: Date) => d.toLocaleString("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long", timeStyle: "short" });

/** Refuses any change to a validated infojab: the lock binds on the server, not only in the UI. */
export function assertNotLocked(cell: { jabatan: { nama: string }; infojab: { lockedAt: Date | null; lockedBy: { nama: string } | null } | null }): void {
  const ij = cell.infojab;
  if (!ij?.lockedAt) return;
  throw new AppError(
    "LOCKED",
    `Informasi jabatan ${cell.jabatan.nama} sudah dikunci validasi oleh ${ij.lockedBy?.nama ?? "pengguna lain"} pada ${fmtWaktu(ij.lockedAt)} WIB. Buka kunci validasi dulu untuk mengubahnya.`,
  );
}
