import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requireEditor } from "@/lib/services/guard";

/** A placed jabatan the actor may edit, or NOT_FOUND / FORBIDDEN (the refusal is logged). */
export async function loadCellForEdit(db: Db, actor: Actor, petaJabatanId: number) {
  const cell = await db.petaJabatan.findUnique({ where: { id: petaJabatanId }, include: { jabatan: { select: { nama: true } } } });
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  await requireEditor(db, actor, cell.instansiId, { entity: "PetaJabatan", entityId: petaJabatanId });
  return cell;
}
