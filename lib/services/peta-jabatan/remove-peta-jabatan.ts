import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { petaJabatanVersionSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow } from "@/lib/services/guard";
import { loadCellForEdit } from "./load-cell";

/** Removes a placed jabatan (with its infojab); refused while pegawai hold it. */
export async function removePetaJabatan(db: Db, actor: Actor, input: unknown) {
  const data = petaJabatanVersionSchema.parse(input);
  const cell = await loadCellForEdit(db, actor, data.petaJabatanId);
  return db.$transaction(async (tx) => {
    const holders = await tx.pegawai.count({ where: { unorId: cell.unorId, jabatanId: cell.jabatanId, aktif: true } });
    if (holders > 0) {
      throw new AppError("CONFLICT", `${cell.jabatan.nama} tidak dapat dihapus: masih dipegang ${holders} pegawai. Pindahkan pegawainya terlebih dahulu.`);
    }
    const { count } = await tx.petaJabatan.deleteMany({ where: { id: cell.id, version: data.version } });
    assertOneRow(count);
    await writeAudit(tx, actor, { entity: "PetaJabatan", entityId: cell.id, action: "DELETE", instansiId: cell.instansiId, before: cell });
    return { id: cell.id };
  });
}
