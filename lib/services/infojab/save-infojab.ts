import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { wrapDbError } from "@/lib/errors";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { writeAudit } from "@/lib/services/audit";
import { saveInfojabSchema } from "@/lib/validation/infojab";
import { loadInfojabForEdit } from "./load-infojab";
import { writeInfojabIsi } from "./write-infojab";

/** "Simpan" on the infojab screen: the whole document, its ABK kebutuhan and the audit entry, at once. */
export async function saveInfojab(db: Db, actor: Actor, input: unknown) {
  const data = saveInfojabSchema.parse(input);
  const cell = await loadInfojabForEdit(db, actor, data.petaJabatanId);
  const aturan = await getAturanBerlaku(db);
  try {
    return await db.$transaction(async (tx) => {
      const r = await writeInfojabIsi(tx, cell.id, data.version, data.isi, aturan);
      if (r.berubah) {
        await writeAudit(tx, actor, {
          entity: "Infojab",
          entityId: cell.id,
          action: "SIMPAN_INFOJAB",
          instansiId: cell.instansiId,
          before: { kebutuhan: r.kebutuhanSebelum, version: data.version },
          after: { kebutuhan: r.kebutuhanSesudah, version: r.version, aturanVersi: aturan.versi, ...r.diff },
        });
      }
      return r;
    });
  } catch (e) {
    throw wrapDbError(e);
  }
}
