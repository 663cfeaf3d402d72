import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { writeAudit } from "@/lib/services/audit";
import { copyInfojabSchema, infojabRowToIsi } from "@/lib/validation/infojab";
import { findInfojabCell, loadInfojabForEdit } from "./load-infojab";
import { writeInfojabIsi } from "./write-infojab";

/**
 * "Salin dari jabatan lain": replaces this placed jabatan's infojab with that of the same catalogue
 * jabatan placed elsewhere (any unit of this instansi, or of another instansi: a published model,
 * read only here). Kebutuhan recomputes from the copied rows. A locked target is refused.
 */
export async function copyInfojab(db: Db, actor: Actor, input: unknown) {
  const data = copyInfojabSchema.parse(input);
  if (data.petaJabatanId === data.sumberPetaJabatanId) throw new AppError("INVALID", "Pilih jabatan sumber yang lain.");
  const target = await loadInfojabForEdit(db, actor, data.petaJabatanId);
  const source = await findInfojabCell(db, data.sumberPetaJabatanId);
  if (!source?.infojab) throw new AppError("NOT_FOUND", "Jabatan sumber tidak ditemukan atau belum memiliki informasi jabatan.", { sumberPetaJabatanId: ["Pilih jabatan sumber lain."] });
  if (source.jabatanId !== target.jabatanId) throw new AppError("INVALID", "Informasi jabatan hanya dapat disalin dari jabatan yang sama pada unit lain.");
  const isi = infojabRowToIsi(source.infojab);
  const aturan = await getAturanBerlaku(db);
  try {
    return await db.$transaction(async (tx) => {
      const r = await writeInfojabIsi(tx, target.id, data.version, isi, aturan);
      await writeAudit(tx, actor, {
        entity: "Infojab",
        entityId: target.id,
        action: "SALIN_INFOJAB",
        instansiId: target.instansiId,
        before: { kebutuhan: r.kebutuhanSebelum },
        after: { sumberPetaJabatanId: source.id, sumberInstansiId: source.instansiId, kebutuhan: r.kebutuhanSesudah, ...r.diff },
      });
      return r;
    });
  } catch (e) {
    throw wrapDbError(e);
  }
}
