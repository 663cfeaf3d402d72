import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { kebutuhanUpdateSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow } from "@/lib/services/guard";
import { loadCellForEdit } from "./load-cell";

/** Sets kebutuhan by hand (source MANUAL), with a version check. */
export async function updateKebutuhan(db: Db, actor: Actor, input: unknown) {
  const data = kebutuhanUpdateSchema.parse(input);
  const cell = await loadCellForEdit(db, actor, data.petaJabatanId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.petaJabatan.updateMany({
      where: { id: cell.id, version: data.version },
      data: { kebutuhan: data.kebutuhan, sumberKebutuhan: "MANUAL", aturanVersi: null, version: { increment: 1 } },
    });
    assertOneRow(count);
    await writeAudit(tx, actor, {
      entity: "PetaJabatan",
      entityId: cell.id,
      action: "UPDATE_KEBUTUHAN",
      instansiId: cell.instansiId,
      before: { kebutuhan: cell.kebutuhan, sumberKebutuhan: cell.sumberKebutuhan },
      after: { kebutuhan: data.kebutuhan, sumberKebutuhan: "MANUAL" },
    });
    return { id: cell.id, kebutuhan: data.kebutuhan, version: data.version + 1 };
  });
}
